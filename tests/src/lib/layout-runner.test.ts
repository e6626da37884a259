import { describe, expect, it } from 'vitest';
import { orbitLayout } from '../../../graph/layout';
import { syntheticNetwork } from '../../../graph/sample';
import { LARGE_LAYOUT, LayoutKeys, MOVES_MAX, LayoutRunner, decodeLayout, encodeJob, layOutJob } from '../../../src/lib/layout-runner';

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

  it('moves a job and its answer as typed arrays without changing the layout', () => {
    // Ties to an archived or unknown contact are in the job's input, as the page passes them.
    const job = encodeJob(7, nodes, [...net.ties, { source: nodes[0].id, target: 'nobody' }]);
    expect(job.ids).toEqual(nodes.map((n) => n.id));
    const ids = new Set(nodes.map((n) => n.id));
    const kept = net.ties.filter((t) => ids.has(t.source) && ids.has(t.target));
    expect(job.ends.length).toBe(2 * kept.length);
    const answer = layOutJob(job);
    expect(answer.id).toBe(7);
    expect(decodeLayout(job.ids, answer)).toEqual(orbitLayout(nodes, net.ties));
  });

  it('lays out a job holding archived contacts as orbitLayout does, leaving them out', () => {
    const all = net.contacts.map((c) => ({ id: c.id, orbit: c.orbit }));
    expect(all.some((c) => c.orbit === 'archived')).toBe(true);
    const job = encodeJob(8, all, net.ties);
    const answer = layOutJob(job);
    const expected = orbitLayout(all, net.ties);
    expect(decodeLayout(job.ids, answer)).toEqual(expected);
    expect(Object.keys(expected.positions)).toHaveLength(nodes.length + 1);
  });

  it('keys a layout by who is on the map, their orbits and the ties', () => {
    const keys = new LayoutKeys();
    const keyOf = (...args: Parameters<LayoutKeys['changeOf']>) => keys.changeOf(...args).key;
    const ties = net.ties;
    const key = keyOf(nodes, ties);
    // The same inputs, as other objects (a reload, a rename elsewhere): the same key.
    expect(keyOf(nodes.map((n) => ({ ...n })), ties.map((t) => ({ ...t })))).toBe(key);
    const moved = nodes.map((n, i) => (i === 3 ? { ...n, orbit: n.orbit === 'core' ? ('tweener' as const) : ('core' as const) } : n));
    const movedKey = keyOf(moved, ties);
    expect(movedKey).not.toBe(key);
    expect(keyOf(moved, ties)).toBe(movedKey);
    expect(keyOf(moved, ties.slice(1))).not.toBe(movedKey);
    const fewer = keyOf(moved.slice(0, -1), ties.slice(1));
    expect(fewer).not.toBe(movedKey);
    // Another tie in the same place (same count, another id) is another set of ties.
    expect(keyOf(moved.slice(0, -1), [{ id: 'other' }, ...ties.slice(2)])).not.toBe(fewer);
    // Back to the first inputs: a new key (the layout is made again), not a stale one.
    const again = keyOf(nodes, ties);
    expect(new Set([key, movedKey, fewer, again]).size).toBe(4);
  });
  it('tells moves apart from other changes: orbit changes and contacts leaving the map, with the same ties', () => {
    const keys = new LayoutKeys();
    const first = keys.changeOf(nodes, net.ties);
    expect(first.moves).toBeNull();
    const other = (n: (typeof nodes)[number]) => (n.orbit === 'core' ? ('outer' as const) : ('core' as const));
    const moved = nodes.map((n, i) => (i === 3 || i === 7 ? { ...n, orbit: other(n) } : n));
    const change = keys.changeOf(moved, net.ties);
    expect(change.previous).toBe(first.key);
    expect(change.moves).toEqual([
      { id: nodes[3].id, to: other(nodes[3]) },
      { id: nodes[7].id, to: other(nodes[7]) },
    ]);
    // Unchanged: the same change again.
    expect(keys.changeOf(moved.map((n) => ({ ...n })), net.ties)).toBe(change);
    // One contact leaves the map (archived or deleted).
    const gone = keys.changeOf([...moved.slice(0, 5), ...moved.slice(6)], net.ties);
    expect(gone.moves).toEqual([{ id: nodes[5].id, to: 'archived' }]);
    // A contact new to the map, or other ties: not moves.
    expect(keys.changeOf([...moved.slice(0, 5), ...moved.slice(6), { id: 'new', orbit: 'core' }], net.ties).moves).toBeNull();
    expect(keys.changeOf(moved, net.ties.slice(1)).moves).toBeNull();
    // More than MOVES_MAX at once: laid out afresh.
    const many = nodes.map((n, i) => (i < MOVES_MAX + 1 ? { ...n, orbit: other(n) } : n));
    keys.changeOf(nodes, net.ties);
    expect(keys.changeOf(many, net.ties).moves).toBeNull();
  });
});
