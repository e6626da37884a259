import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors';
import { orbitAt, orbitLayout, placeMoves, type LayoutNode, type OrbitLayout } from '../../../graph/layout';
import type { OrbitId } from '../../../graph/model';
import { mulberry32, syntheticNetwork } from '../../../graph/sample';

const net = syntheticNetwork({ contacts: 1500, seed: 2 });
const base = orbitLayout(net.contacts, net.ties);
const pitch = base.options.nodeSize + base.options.spacing;

/** Smallest distance between two placed contacts (the ego included), by brute force. */
function closest(layout: OrbitLayout): number {
  const pts = Object.values(layout.positions);
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const dx = pts[i].x - pts[j].x;
      if (Math.abs(dx) >= best) continue;
      best = Math.min(best, Math.hypot(dx, pts[i].y - pts[j].y));
    }
  }
  return best;
}

/** Ids whose position differs between two layouts (or is in only one). */
function changed(a: OrbitLayout, b: OrbitLayout): string[] {
  const ids = new Set([...Object.keys(a.positions), ...Object.keys(b.positions)]);
  return [...ids].filter((id) => {
    const p = a.positions[id];
    const q = b.positions[id];
    return !p || !q || Math.abs(p.x - q.x) > 1e-9 || Math.abs(p.y - q.y) > 1e-9;
  });
}

/** Each contact sits on one band of its orbit's ring. */
function onTheirBands(layout: OrbitLayout, orbits: Map<string, OrbitId>): void {
  for (const [id, p] of Object.entries(layout.positions)) {
    if (id === 'ego') continue;
    const ring = layout.rings.find((r) => r.orbit === orbits.get(id))!;
    const d = Math.hypot(p.x, p.y);
    expect(Math.min(...ring.bands.map((r) => Math.abs(r - d))), id).toBeLessThan(1e-6);
  }
}

const firstIn = (orbit: OrbitId) => net.contacts.find((c) => c.orbit === orbit)!.id;

describe('placeMoves', () => {
  it('puts a moved contact on its new ring where it was dropped, and leaves everyone else but the neighbours making room', () => {
    const id = firstIn('outer');
    const tweener = base.rings[1];
    const angle = Math.atan2(base.positions[id].y, base.positions[id].x);
    const near = { x: tweener.bands[0] * Math.cos(angle), y: tweener.bands[0] * Math.sin(angle) };
    const after = placeMoves(base, [{ id, to: 'tweener', near }])!;
    expect(after).not.toBeNull();
    expect(orbitAt(after, after.positions[id])).toBe('tweener');
    const at = after.positions[id];
    // Near the drop: within a few places of its angle on the band it was dropped on.
    expect(Math.abs(Math.hypot(at.x, at.y) - tweener.bands[0])).toBeLessThan(1e-6);
    expect(Math.abs(Math.atan2(at.y, at.x) - angle) * tweener.bands[0]).toBeLessThan(4 * pitch);
    const moved = changed(base, after);
    expect(moved).toContain(id);
    expect(moved.length).toBeLessThan(12);
    for (const other of moved) if (other !== id) expect(orbitAt(base, base.positions[other])).toBe('tweener');
    expect(closest(after)).toBeGreaterThanOrEqual(pitch - 1e-6);
    expect(after.rings.map((r) => r.count)).toEqual([base.rings[0].count, base.rings[1].count + 1, base.rings[2].count - 1]);
    expect(after.rings.map((r) => r.bands)).toEqual(base.rings.map((r) => r.bands));
    expect(after.options).toBe(base.options);
    // The previous layout is not changed.
    expect(base.positions[id]).toEqual(orbitLayout(net.contacts, net.ties).positions[id]);
  });

  it('keeps a contact on the band it was put down on while that band has room', () => {
    const id = firstIn('outer');
    const ring = base.rings[1];
    expect(ring.bands.length).toBeGreaterThan(1);
    for (const [b, r] of ring.bands.entries()) {
      const angle = 0.4 + b;
      const after = placeMoves(base, [{ id, to: 'tweener', near: { x: r * Math.cos(angle), y: r * Math.sin(angle) } }])!;
      const at = after.positions[id];
      expect(Math.abs(Math.hypot(at.x, at.y) - r), `band ${b}`).toBeLessThan(1e-6);
    }
  });

  it('takes a free gap without moving anyone, and an undo puts the contact back exactly', () => {
    const leaving = firstIn('tweener');
    const gap = base.positions[leaving];
    const away = placeMoves(base, [{ id: leaving, to: 'outer' }])!;
    // Into the gap it left, from the outer ring: only that contact moves.
    const coming = firstIn('outer');
    const into = placeMoves(away, [{ id: coming, to: 'tweener', near: gap }])!;
    expect(changed(away, into)).toEqual([coming]);
    expect(into.positions[coming].x).toBeCloseTo(gap.x, 9);
    expect(into.positions[coming].y).toBeCloseTo(gap.y, 9);
    // Undone (back to outer, at its old place): the map is the one before.
    const undone = placeMoves(into, [{ id: coming, to: 'outer', near: base.positions[coming] }])!;
    expect(changed(away, undone)).toEqual([]);
  });

  it('without a drop point keeps the angle the contact had', () => {
    const id = firstIn('core');
    const after = placeMoves(base, [{ id, to: 'outer' }])!;
    const before = Math.atan2(base.positions[id].y, base.positions[id].x);
    const now = Math.atan2(after.positions[id].y, after.positions[id].x);
    const outer = base.rings[2];
    expect(Math.abs(now - before) * outer.bands[0]).toBeLessThan(4 * pitch);
  });

  it('takes archived contacts off the map and leaves their places empty', () => {
    const id = firstIn('tweener');
    const after = placeMoves(base, [{ id, to: 'archived' }])!;
    expect(after.positions[id]).toBeUndefined();
    expect(changed(base, after)).toEqual([id]);
    expect(after.rings[1].count).toBe(base.rings[1].count - 1);
  });

  it('answers null when a ring would need another band, or the contact was not on the map', () => {
    // A full core band: 21 places at the core's first radius.
    const core: LayoutNode[] = Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, orbit: 'core' }));
    const full = orbitLayout([...core, { id: 'o', orbit: 'outer' }], []);
    expect(full.rings[0].bands).toHaveLength(1);
    expect(placeMoves(full, [{ id: 'o', to: 'core' }])).toBeNull();
    expect(placeMoves(full, [{ id: 'nobody', to: 'core' }])).toBeNull();
    expect(() => placeMoves(full, [{ id: 'o', to: 'nowhere' as OrbitId }])).toThrow(InvalidInputError);
  });

  it('keeps every contact on its band and clear of the others over many random moves (laid out afresh when a ring is full)', () => {
    const small = syntheticNetwork({ contacts: 300, seed: 9 });
    const orbits = new Map(small.contacts.filter((c) => c.orbit !== 'archived').map((c) => [c.id, c.orbit]));
    let layout = orbitLayout(small.contacts, small.ties);
    // The same moves made in place on another layout (its band index kept up to date) agree.
    let inPlace = orbitLayout(small.contacts, small.ties);
    const ids = [...orbits.keys()];
    const rand = mulberry32(7);
    const rings: OrbitId[] = ['core', 'tweener', 'outer'];
    let placed = 0;
    let full = 0;
    for (let step = 0; step < 300; step++) {
      const id = ids[Math.floor(rand() * ids.length)];
      const to = rings[Math.floor(rand() * 3)];
      if (to === orbits.get(id)) continue;
      const ring = layout.rings.find((r) => r.orbit === to)!;
      const angle = rand() * 2 * Math.PI;
      const r = ring.bands[Math.floor(rand() * ring.bands.length)];
      const moves = [{ id, to, near: rand() < 0.8 ? { x: r * Math.cos(angle), y: r * Math.sin(angle) } : undefined }];
      const next = placeMoves(layout, moves);
      const nextInPlace = placeMoves(inPlace, moves, { inPlace: true });
      orbits.set(id, to);
      if (next) {
        // Every place that changed is listed (one made room and kept its place may be too).
        const listed = new Set(next.moved!.ids);
        for (const other of changed(layout, next)) expect(listed.has(other), other).toBe(true);
        layout = next;
        inPlace = nextInPlace!;
        placed++;
      } else {
        // A ring is full: the map is laid out afresh, as the page does.
        expect(nextInPlace).toBeNull();
        full++;
        layout = orbitLayout([...orbits].map(([id, orbit]) => ({ id, orbit })), small.ties);
        inPlace = orbitLayout([...orbits].map(([id, orbit]) => ({ id, orbit })), small.ties);
      }
      expect(inPlace.positions).toEqual(layout.positions);
      expect(closest(layout)).toBeGreaterThanOrEqual(pitch - 1e-6);
    }
    expect(placed).toBeGreaterThan(150);
    expect(full).toBeGreaterThan(0);
    onTheirBands(layout, orbits);
    expect(closest(layout)).toBeGreaterThanOrEqual(pitch - 1e-6);
    for (const [k, ring] of layout.rings.entries()) expect(ring.count).toBe([...orbits.values()].filter((o) => o === rings[k]).length);
  });

  it('in place, reuses the positions of the layout it was given, and leaves it as it was when the moves cannot be made', () => {
    const layout = orbitLayout(net.contacts, net.ties);
    const positions = layout.positions;
    const copy = placeMoves(layout, [{ id: firstIn('outer'), to: 'core' }])!;
    expect(layout.positions).toBe(positions);
    const after = placeMoves(layout, [{ id: firstIn('outer'), to: 'core' }], { inPlace: true })!;
    expect(after.positions).toBe(positions);
    expect(after.positions).toEqual(copy.positions);
    expect(after.moved!.from).toBe(layout);
    // Two moves, the second onto a full ring: null, and nothing of the first is left behind.
    const core: LayoutNode[] = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, orbit: 'core' }));
    const nearlyFull = orbitLayout([...core, { id: 'o1', orbit: 'outer' }, { id: 'o2', orbit: 'outer' }], []);
    const before = structuredClone(nearlyFull.positions);
    expect(placeMoves(nearlyFull, [{ id: 'o1', to: 'core' }, { id: 'o2', to: 'core' }], { inPlace: true })).toBeNull();
    expect(nearlyFull.positions).toEqual(before);
    // ... and the band index was not changed either: the first move alone still works.
    const one = placeMoves(nearlyFull, [{ id: 'o1', to: 'core' }], { inPlace: true })!;
    expect(one.rings[0].count).toBe(21);
    expect(closest(one)).toBeGreaterThanOrEqual(pitch - 1e-6);
  });

  it('places moves into a crowded band by spacing out only a window of neighbours', () => {
    // A band with room for one more after all: 20 contacts evenly round a 21-place core band.
    const core: LayoutNode[] = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, orbit: 'core' }));
    const layout = orbitLayout([...core, { id: 'o', orbit: 'outer' }], []);
    const after = placeMoves(layout, [{ id: 'o', to: 'core' }])!;
    expect(after).not.toBeNull();
    expect(closest(after)).toBeGreaterThanOrEqual(pitch - 1e-6);
    onTheirBands(after, new Map([...core.map((c) => [c.id, c.orbit] as const), ['o', 'core' as OrbitId]]));
  });

});
