import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  bridges,
  componentCount,
  components,
  contactGraph,
  louvain,
  mutualTies,
  mutualTiesBetween,
  mutualTiesOf,
  networkMetrics,
} from '../../../graph/metrics';
import { karate } from './karate-fixture';

/** Two triangles a-b-c and x-y-z joined by the tie c-x, plus an isolated contact q. */
function barbell(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [s, t] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']]) {
    g.mergeEdgeWithKey(`${s}${t}`, s, t);
  }
  g.addNode('q');
  return g;
}

describe('mutual ties', () => {
  it('counts the contacts who also know each contact', () => {
    const m = mutualTies(barbell());
    expect(m).toMatchObject({ a: 2, c: 3, x: 3, q: 0 });
  });

  it('names who also knows a contact', () => {
    expect(mutualTiesOf(barbell(), 'c')).toEqual(['a', 'b', 'x']);
  });

  it('names who both contacts of a pair know', () => {
    expect(mutualTiesBetween(barbell(), 'a', 'b')).toEqual(['c']);
    expect(mutualTiesBetween(barbell(), 'a', 'x')).toEqual(['c']);
    expect(mutualTiesBetween(barbell(), 'a', 'z')).toEqual([]);
  });
});

describe('bridges', () => {
  it('finds the tie whose removal splits the network', () => {
    const found = bridges(barbell());
    expect(found.map((b) => b.edge)).toEqual(['cx']);
    expect(found[0]).toMatchObject({ source: 'c', target: 'x', graphBridge: true });
  });

  it('finds the only tie between two communities even inside a cycle', () => {
    const g = barbell();
    g.addEdgeWithKey('bq', 'b', 'q');
    g.addEdgeWithKey('qy', 'q', 'y');
    const community = { a: 0, b: 0, c: 0, q: 1, x: 2, y: 2, z: 2 };
    const found = bridges(g, community);
    const byEdge = Object.fromEntries(found.map((b) => [b.edge, b]));
    expect(byEdge.cx).toMatchObject({ graphBridge: false, communityBridge: true });
    expect(byEdge.bq).toMatchObject({ graphBridge: false, communityBridge: true });
    expect(byEdge.ab).toBeUndefined();
  });

  it('finds no graph bridge in a cycle-rich network like karate except its pendant tie', () => {
    const graphBridges = bridges(karate()).filter((b) => b.graphBridge);
    // Member 11 has a single tie, to member 0.
    expect(graphBridges.map((b) => [b.source, b.target])).toEqual([['0', '11']]);
  });

  it('walks a long chain without overflowing the stack', () => {
    const g = new UndirectedGraph();
    for (let i = 1; i < 30_000; i++) g.mergeEdge(String(i - 1), String(i));
    expect(bridges(g).length).toBe(29_999);
  });
});

describe('components and communities', () => {
  it('numbers components largest first', () => {
    const c = components(barbell());
    expect(c.a).toBe(0);
    expect(c.z).toBe(0);
    expect(c.q).toBe(1);
    expect(componentCount(barbell())).toBe(2);
  });

  it('separates the two triangles into communities', () => {
    const p = louvain(barbell());
    expect(p.communities.a).toBe(p.communities.b);
    expect(p.communities.x).toBe(p.communities.z);
    expect(p.communities.a).not.toBe(p.communities.x);
    expect(p.modularity).toBeGreaterThan(0.3);
  });
});

describe('networkMetrics', () => {
  it('answers the documented shape for every contact', () => {
    const m = networkMetrics(barbell());
    expect(m.summary).toMatchObject({ nodes: 7, edges: 7, components: 2 });
    expect(m.summary.density).toBeCloseTo(7 / 21, 12);
    expect(m.approximate).toBe(false);
    expect(Object.keys(m.contacts).sort()).toEqual(['a', 'b', 'c', 'q', 'x', 'y', 'z']);
    expect(m.contacts.c).toMatchObject({ degree: 3, mutualTies: 3 });
    expect(m.contacts.c.betweenness).toBeGreaterThan(m.contacts.a.betweenness);
    expect(m.contacts.q.constraint).toBeNull();
    expect(m.contacts.q.effectiveSize).toBeNull();
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('handles an empty network', () => {
    const m = networkMetrics(new UndirectedGraph());
    expect(m.summary).toEqual({ nodes: 0, edges: 0, density: 0, communities: 0, modularity: 0, components: 0 });
    expect(m.contacts).toEqual({});
  });

  it('handles contacts without any ties', () => {
    const g = contactGraph([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], []);
    const m = networkMetrics(g);
    expect(m.summary.communities).toBe(2);
    expect(m.contacts.a).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, clustering: 0 });
  });

  it('builds the contact graph from stored ties, skipping ties to unknown contacts', () => {
    const g = contactGraph(
      [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      [
        { id: 't1', source: 'a', target: 'b', weight: 0.5 },
        { id: 't2', source: 'a', target: 'gone', weight: null },
      ],
    );
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute('t1', 'weight')).toBe(0.5);
  });
});
