import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../graph/errors';
import { introPath } from '../../../graph/paths';

/** You know Ana well and Ben a little; Ana knows Cai well, Ben knows Cai a little; Dee knows Cai. */
function network(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const id of ['ana', 'ben', 'cai', 'dee', 'eve']) g.addNode(id);
  g.addEdge('ana', 'cai', { weight: 0.9 });
  g.addEdge('ben', 'cai', { weight: 0.3 });
  g.addEdge('cai', 'dee', { weight: null });
  return g;
}
const egoStrength = { ana: 0.9, ben: 0.4, cai: 0.05, dee: 0.02, eve: 0.1 };

describe('introPath', () => {
  it('goes through the strong tie rather than the weak direct one', () => {
    const p = introPath(network(), egoStrength, 'cai');
    expect(p.hops).toEqual([
      { from: 'ego', to: 'ana', strength: 0.9 },
      { from: 'ana', to: 'cai', strength: 0.9 },
    ]);
    expect(p.strength).toBeCloseTo(0.81, 12);
    expect(p.cost).toBeCloseTo(-Math.log(0.81), 12);
  });

  it('uses the default strength for a tie with no weight', () => {
    const p = introPath(network(), egoStrength, 'dee');
    expect(p.hops.map((h) => h.to)).toEqual(['ana', 'cai', 'dee']);
    expect(p.hops[2].strength).toBe(0.5);
    expect(p.strength).toBeCloseTo(0.9 * 0.9 * 0.5, 12);
  });

  it('answers with the direct tie when it is the warmest', () => {
    const p = introPath(network(), egoStrength, 'ana');
    expect(p.hops).toEqual([{ from: 'ego', to: 'ana', strength: 0.9 }]);
  });

  it('answers with the direct tie when no one else knows the contact', () => {
    const p = introPath(network(), egoStrength, 'eve');
    expect(p.hops).toEqual([{ from: 'ego', to: 'eve', strength: 0.1 }]);
  });

  it('prefers fewer hops when strengths are equal', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { weight: 0.8 });
    g.mergeEdge('b', 'c', { weight: 0.8 });
    g.mergeEdge('a', 'c', { weight: 0.8 });
    const p = introPath(g, { a: 0.8, b: 0.8, c: 0.01 }, 'c');
    expect(p.hops.map((h) => h.to)).toEqual(['a', 'c']);
  });

  it('refuses an unknown contact', () => {
    expect(() => introPath(network(), egoStrength, 'zed')).toThrow(NotFoundError);
  });

  it('finds a path across a 30,000-contact chain', () => {
    const g = new UndirectedGraph();
    for (let i = 1; i < 30_000; i++) g.mergeEdge(String(i - 1), String(i), { weight: 1 });
    const p = introPath(g, { '0': 1 }, '29999');
    expect(p.hops.length).toBe(30_000);
    expect(p.strength).toBe(1);
  });
});
