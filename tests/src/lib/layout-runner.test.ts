import { describe, expect, it } from 'vitest';
import { orbitLayout } from '../../../graph/layout';
import { syntheticNetwork } from '../../../graph/sample';
import { LARGE_LAYOUT, LayoutRunner } from '../../../src/lib/layout-runner';

describe('LayoutRunner', () => {
  const net = syntheticNetwork({ contacts: 200 });
  const nodes = net.contacts.filter((c) => c.orbit !== 'archived').map((c) => ({ id: c.id, orbit: c.orbit }));

  it('lays out a small network on the calling thread, as orbitLayout does', async () => {
    const runner = new LayoutRunner();
    expect(runner.offThread(nodes.length)).toBe(false);
    const ids = new Set(nodes.map((n) => n.id));
    const ties = net.ties.filter((t) => ids.has(t.source) && ids.has(t.target));
    expect(await runner.run(nodes, ties)).toEqual(orbitLayout(nodes, ties));
  });

  it('sends big networks to a worker only where workers exist', () => {
    const runner = new LayoutRunner();
    expect(runner.offThread(LARGE_LAYOUT)).toBe(typeof Worker !== 'undefined');
    expect(runner.offThread(LARGE_LAYOUT - 1)).toBe(false);
  });
});
