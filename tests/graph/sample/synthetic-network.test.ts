import { describe, expect, it } from 'vitest';
import { syntheticNetwork } from '../../../graph/sample';

describe('syntheticNetwork', () => {
  it('makes the requested number of contacts and about three ties each', () => {
    const net = syntheticNetwork({ contacts: 1500, seed: 7 });
    expect(net.contacts).toHaveLength(1500);
    expect(net.ties.length).toBe(4500);
    expect(new Set(net.contacts.map((c) => c.id)).size).toBe(1500);
  });

  it('honours tiesPerContact', () => {
    const net = syntheticNetwork({ contacts: 400, tiesPerContact: 5 });
    expect(net.ties).toHaveLength(2000);
  });

  it('has no self-loops, no duplicate pairs, and only known endpoints', () => {
    const net = syntheticNetwork({ contacts: 2000, seed: 3 });
    const ids = new Set(net.contacts.map((c) => c.id));
    const pairs = new Set<string>();
    for (const t of net.ties) {
      expect(t.source).not.toBe(t.target);
      expect(ids.has(t.source) && ids.has(t.target)).toBe(true);
      pairs.add(`${t.source}|${t.target}`);
    }
    expect(pairs.size).toBe(net.ties.length);
    for (const i of net.interactions) expect(ids.has(i.contactId)).toBe(true);
  });

  it('is the same for the same seed and differs for another seed', () => {
    const a = syntheticNetwork({ contacts: 500, seed: 11 });
    const b = syntheticNetwork({ contacts: 500, seed: 11 });
    const c = syntheticNetwork({ contacts: 500, seed: 12 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('keeps most ties inside clusters and has a heavy-tailed degree', () => {
    const net = syntheticNetwork({ contacts: 5000, seed: 5 });
    const cluster = new Map(net.contacts.map((c) => [c.id, c.tags[0]]));
    const inside = net.ties.filter((t) => cluster.get(t.source) === cluster.get(t.target)).length;
    expect(inside / net.ties.length).toBeGreaterThan(0.7);
    const degree = new Map<string, number>();
    for (const t of net.ties) {
      degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
      degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
    }
    const max = Math.max(...degree.values());
    expect(max).toBeGreaterThan(6 * 6); // far above the mean of 6
  });

  it('puts roughly a tenth in the core and tweener rings, with interactions for them', () => {
    const net = syntheticNetwork({ contacts: 30000, seed: 1 });
    const inner = net.contacts.filter((c) => c.orbit === 'core' || c.orbit === 'tweener');
    expect(inner.length / net.contacts.length).toBeGreaterThan(0.05);
    expect(inner.length / net.contacts.length).toBeLessThan(0.2);
    const core = net.contacts.filter((c) => c.orbit === 'core');
    expect(core.length).toBeGreaterThan(0);
    const withInteraction = new Set(net.interactions.map((i) => i.contactId));
    expect(core.every((c) => withInteraction.has(c.id))).toBe(true);
  });

  it('builds 30,000 contacts and 90,000 ties in a couple of seconds', () => {
    const t0 = performance.now();
    const net = syntheticNetwork({ contacts: 30000 });
    const ms = performance.now() - t0;
    expect(net.ties).toHaveLength(90000);
    expect(ms).toBeLessThan(4000);
  });

  it('handles tiny and empty networks', () => {
    expect(syntheticNetwork({ contacts: 0 }).contacts).toHaveLength(0);
    const two = syntheticNetwork({ contacts: 2 });
    expect(two.contacts).toHaveLength(2);
    expect(two.ties.length).toBeLessThanOrEqual(1);
  });
});
