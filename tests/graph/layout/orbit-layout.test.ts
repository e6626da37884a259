import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors';
import { orbitAt, orbitLayout, snapToOrbit, type LayoutNode, type OrbitLayout } from '../../../graph/layout';
import type { OrbitId } from '../../../graph/model';
import { mulberry32, syntheticNetwork } from '../../../graph/sample';

const net1500 = syntheticNetwork({ contacts: 1500, seed: 2 });
const layout1500 = orbitLayout(net1500.contacts, net1500.ties);

/** Smallest distance between any two placed nodes (ego included), via a grid of cell `size`. */
function closestPair(layout: OrbitLayout, size: number): number {
  const pts = Object.values(layout.positions);
  const grid = new Map<string, number[]>();
  const cell = (v: number) => Math.floor(v / size);
  pts.forEach((p, i) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(i);
  });
  let best = Infinity;
  pts.forEach((p, i) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cell(p.x) + dx},${cell(p.y) + dy}`) ?? []) {
          if (j > i) best = Math.min(best, Math.hypot(p.x - pts[j].x, p.y - pts[j].y));
        }
      }
    }
  });
  return best;
}

function ringOf(layout: OrbitLayout, orbit: OrbitId) {
  return layout.rings.find((r) => r.orbit === orbit)!;
}

function nodesIn(orbit: OrbitId, n: number, prefix: string = orbit): LayoutNode[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, orbit }));
}

describe('orbitLayout', () => {
  it('lays out a moved contact the same whether or not the communities of the same ties were just found (they are reused)', () => {
    const small = syntheticNetwork({ contacts: 300, seed: 4 });
    const moved = small.contacts.map((c, i) => (i === 5 ? { ...c, orbit: (c.orbit === 'core' ? 'outer' : 'core') as OrbitId } : c));
    // After the same ties' layout (the tie-aware groups are reused) ...
    orbitLayout(small.contacts, small.ties);
    const reused = orbitLayout(moved, small.ties);
    // ... and after another network's (they are found afresh).
    orbitLayout(net1500.contacts.slice(0, 50), []);
    const fresh = orbitLayout(moved, small.ties);
    expect(reused).toEqual(fresh);
    expect(reused.positions[moved[5]!.id]).not.toEqual(orbitLayout(small.contacts, small.ties).positions[moved[5]!.id]);
  });

  it('puts the ego at the centre', () => {
    expect(layout1500.positions.ego).toEqual({ x: 0, y: 0 });
  });

  it('draws core, tweener and outer rings with increasing radii, never archived', () => {
    expect(layout1500.rings.map((r) => r.orbit)).toEqual(['core', 'tweener', 'outer']);
    const [core, tweener, outer] = layout1500.rings;
    expect(core.radius).toBeLessThan(tweener.radius);
    expect(tweener.radius).toBeLessThan(outer.radius);
    expect(core.outer).toBeLessThan(tweener.inner);
    expect(tweener.outer).toBeLessThan(outer.inner);
  });

  it('places every non-archived contact on a band of its own ring', () => {
    const onMap = net1500.contacts.filter((c) => c.orbit !== 'archived');
    const archived = net1500.contacts.filter((c) => c.orbit === 'archived');
    expect(archived.length).toBeGreaterThan(0);
    expect(Object.keys(layout1500.positions)).toHaveLength(onMap.length + 1);
    for (const c of archived) expect(layout1500.positions[c.id]).toBeUndefined();
    for (const c of onMap) {
      const ring = ringOf(layout1500, c.orbit);
      const p = layout1500.positions[c.id];
      const d = Math.hypot(p.x, p.y);
      expect(d).toBeGreaterThanOrEqual(ring.inner);
      expect(d).toBeLessThanOrEqual(ring.outer);
      expect(ring.bands.some((r) => Math.abs(r - d) < 1e-6)).toBe(true);
    }
    for (const ring of layout1500.rings) {
      expect(ring.count).toBe(onMap.filter((c) => c.orbit === ring.orbit).length);
    }
  });

  it('splits crowded rings into bands so no two nodes overlap at 1,500 contacts', () => {
    expect(layout1500.rings[2].bands.length).toBeGreaterThan(1);
    expect(closestPair(layout1500, 36)).toBeGreaterThanOrEqual(36);
  });

  it('keeps nodes apart at 30,000 contacts and 90,000 ties', () => {
    const net = syntheticNetwork({ contacts: 30000, seed: 4 });
    const t0 = performance.now();
    const layout = orbitLayout(net.contacts, net.ties);
    const ms = performance.now() - t0;
    expect(closestPair(layout, 36)).toBeGreaterThanOrEqual(36);
    expect(Object.keys(layout.positions).length).toBe(net.contacts.filter((c) => c.orbit !== 'archived').length + 1);
    // Generous bound for a shared CI machine; bench/layout.ts reports the real figure.
    expect(ms).toBeLessThan(4000);
  });

  it('keeps rings apart and nodes apart when one ring holds everyone', () => {
    const layout = orbitLayout([...nodesIn('core', 1500), ...nodesIn('tweener', 3), ...nodesIn('outer', 2)], []);
    const [core, tweener, outer] = layout.rings;
    expect(core.bands.length).toBeGreaterThan(5);
    expect(core.outer).toBeLessThan(tweener.inner);
    expect(tweener.outer).toBeLessThan(outer.inner);
    expect(closestPair(layout, 36)).toBeGreaterThanOrEqual(36);
  });

  it('honours a larger node size', () => {
    const layout = orbitLayout(net1500.contacts, net1500.ties, { nodeSize: 60, spacing: 4 });
    expect(layout.options.nodeSize).toBe(60);
    expect(closestPair(layout, 60)).toBeGreaterThanOrEqual(60);
  });

  it('gives empty rings a sensible radius', () => {
    const layout = orbitLayout(nodesIn('outer', 10), []);
    const [core, tweener, outer] = layout.rings;
    expect(core.count).toBe(0);
    expect(core.bands).toEqual([170]);
    expect(tweener.bands).toEqual([290]);
    expect(outer.bands).toEqual([410]);
    const empty = orbitLayout([], []);
    expect(empty.rings.map((r) => r.radius)).toEqual([170, 290, 410]);
    expect(Object.keys(empty.positions)).toEqual(['ego']);
  });

  it('is deterministic', () => {
    const again = orbitLayout(net1500.contacts, net1500.ties);
    expect(JSON.stringify(again)).toBe(JSON.stringify(layout1500));
  });

  it('places contacts who know each other closer than random pairs', () => {
    const p = layout1500.positions;
    const dist = (a: string, b: string) => Math.hypot(p[a].x - p[b].x, p[a].y - p[b].y);
    const tied = net1500.ties.filter((t) => p[t.source] && p[t.target]);
    const tieMean = tied.reduce((s, t) => s + dist(t.source, t.target), 0) / tied.length;
    const ids = Object.keys(p).filter((id) => id !== 'ego');
    const rng = mulberry32(9);
    let randomMean = 0;
    for (let i = 0; i < 5000; i++) {
      randomMean += dist(ids[Math.floor(rng() * ids.length)], ids[Math.floor(rng() * ids.length)]) / 5000;
    }
    expect(tieMean).toBeLessThan(0.6 * randomMean);
  });

  it('keeps a community in the same angular sector across rings', () => {
    // Two cliques of 12, each with members on every ring: each clique should form a wedge.
    const nodes: LayoutNode[] = [];
    const ties = [];
    const orbits: OrbitId[] = ['core', 'tweener', 'outer', 'outer'];
    for (const g of ['a', 'b']) {
      for (let i = 0; i < 12; i++) nodes.push({ id: `${g}${i}`, orbit: orbits[i % 4] });
      for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) ties.push({ source: `${g}${i}`, target: `${g}${j}` });
    }
    const layout = orbitLayout(nodes, ties);
    const angle = (id: string) => Math.atan2(layout.positions[id].y, layout.positions[id].x);
    const spread = (g: string) => {
      const s = nodes.filter((n) => n.id.startsWith(g)).map((n) => angle(n.id));
      const mean = Math.atan2(s.reduce((a, x) => a + Math.sin(x), 0), s.reduce((a, x) => a + Math.cos(x), 0));
      return Math.max(...s.map((x) => Math.abs(Math.atan2(Math.sin(x - mean), Math.cos(x - mean)))));
    };
    expect(spread('a')).toBeLessThan(Math.PI / 2);
    expect(spread('b')).toBeLessThan(Math.PI / 2);
  });

  it('ignores ties to archived or unknown contacts and duplicate ties', () => {
    const nodes: LayoutNode[] = [...nodesIn('outer', 3, 'x'), { id: 'gone', orbit: 'archived' }];
    const layout = orbitLayout(nodes, [
      { source: 'x-0', target: 'gone' },
      { source: 'x-0', target: 'nobody' },
      { source: 'x-0', target: 'x-1' },
      { source: 'x-1', target: 'x-0' },
    ]);
    expect(Object.keys(layout.positions).sort()).toEqual(['ego', 'x-0', 'x-1', 'x-2']);
  });

  it('refuses a node id used twice and an unknown orbit', () => {
    expect(() => orbitLayout([...nodesIn('core', 2, 'd'), { id: 'd-0', orbit: 'outer' }], [])).toThrow(InvalidInputError);
    expect(() => orbitLayout([{ id: 'z', orbit: 'inner' as OrbitId }], [])).toThrow(InvalidInputError);
  });
});

describe('orbitAt and snapToOrbit', () => {
  it('finds every placed node over its own ring, and snapping leaves it in place', () => {
    for (const c of net1500.contacts) {
      const p = layout1500.positions[c.id];
      if (!p) continue;
      expect(orbitAt(layout1500, p)).toBe(c.orbit);
      const snapped = snapToOrbit(layout1500, c.orbit, p);
      expect(snapped.x).toBeCloseTo(p.x, 6);
      expect(snapped.y).toBeCloseTo(p.y, 6);
    }
  });

  it('snaps a dropped point onto a band of the target ring at the same angle', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const point = { x: (rng() - 0.5) * 3000, y: (rng() - 0.5) * 3000 };
      const target = orbitAt(layout1500, point);
      for (const orbit of ['core', 'tweener', 'outer'] as const) {
        const s = snapToOrbit(layout1500, orbit, point);
        expect(orbitAt(layout1500, s)).toBe(orbit);
        const d = Math.hypot(s.x, s.y);
        expect(ringOf(layout1500, orbit).bands.some((r) => Math.abs(r - d) < 1e-6)).toBe(true);
        expect(Math.atan2(s.y, s.x)).toBeCloseTo(Math.atan2(point.y, point.x), 9);
      }
      expect(['core', 'tweener', 'outer']).toContain(target);
    }
  });

  it('picks the nearest ring for points between rings, inside the core and past the rim', () => {
    const [core, tweener, outer] = layout1500.rings;
    expect(orbitAt(layout1500, { x: 0, y: 0 })).toBe('core');
    expect(orbitAt(layout1500, { x: core.outer + 1, y: 0 })).toBe('core');
    expect(orbitAt(layout1500, { x: 0, y: tweener.inner - 1 })).toBe('tweener');
    expect(orbitAt(layout1500, { x: -tweener.radius, y: 0 })).toBe('tweener');
    expect(orbitAt(layout1500, { x: outer.outer + 5000, y: 0 })).toBe('outer');
  });

  it('refuses to snap onto the archived orbit, which has no ring', () => {
    expect(() => snapToOrbit(layout1500, 'archived', { x: 1, y: 1 })).toThrow(InvalidInputError);
  });
});
