// Concentric rings split into bands: how many nodes a band holds without overlap, where each
// ring sits, and the geometric queries a drag needs (which ring a point is over, snap onto it).
// A band of radius r holds floor(pi / asin(pitch / 2r)) nodes: consecutive centres a chord of
// at least `pitch` apart (for large r this is floor(2 pi r / pitch)).
import { InvalidInputError } from '../errors';
import { MAP_ORBITS, type OrbitId } from '../model';
import type { OrbitLayout, OrbitLayoutOptions, RingGeometry } from './types';

export const LAYOUT_DEFAULTS: OrbitLayoutOptions = {
  nodeSize: 36,
  spacing: 14,
  firstRadius: 170,
  ringGap: 120,
};

/** Options with defaults filled in and clamped so the no-overlap guarantee holds. */
export function resolveOptions(options: Partial<OrbitLayoutOptions> = {}): OrbitLayoutOptions {
  const merged = { ...LAYOUT_DEFAULTS, ...options };
  for (const key of Object.keys(LAYOUT_DEFAULTS) as (keyof OrbitLayoutOptions)[]) {
    const v = merged[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InvalidInputError(`orbit layout: option '${key}' must be a finite number >= 0, got ${String(v)}`);
    }
  }
  const nodeSize = Math.max(1, merged.nodeSize);
  const pitch = nodeSize + merged.spacing;
  return {
    nodeSize,
    spacing: merged.spacing,
    firstRadius: Math.max(merged.firstRadius, pitch),
    ringGap: Math.max(merged.ringGap, pitch),
  };
}

export function pitchOf(options: OrbitLayoutOptions): number {
  return options.nodeSize + options.spacing;
}

/** Nodes a band of radius r holds with centres at least `pitch` apart (chord distance). */
export function bandCapacity(radius: number, pitch: number): number {
  const half = pitch / (2 * radius);
  if (half >= 1) return 1;
  return Math.max(1, Math.floor(Math.PI / Math.asin(half) + 1e-9));
}

/**
 * Rings for the map orbits, inside-out, given how many nodes each holds. Each ring gets as many
 * bands (one pitch apart) as it needs; the next ring starts at its nominal radius or a ring gap
 * past the previous ring's last band, whichever is further out.
 */
export function ringGeometry(counts: Partial<Record<OrbitId, number>>, options: OrbitLayoutOptions): RingGeometry[] {
  const pitch = pitchOf(options);
  const rings: RingGeometry[] = [];
  let prevLast = -Infinity;
  MAP_ORBITS.forEach((def, k) => {
    const count = counts[def.id] ?? 0;
    const first = Math.max(options.firstRadius + k * options.ringGap, prevLast + options.ringGap);
    const bands = [first];
    let capacity = bandCapacity(first, pitch);
    while (capacity < count) {
      const r = first + bands.length * pitch;
      bands.push(r);
      capacity += bandCapacity(r, pitch);
    }
    const last = bands[bands.length - 1];
    rings.push({
      orbit: def.id,
      label: def.label,
      radius: (first + last) / 2,
      inner: first - pitch / 2,
      outer: last + pitch / 2,
      bands,
      count,
    });
    prevLast = last;
  });
  return rings;
}

/**
 * How many of `count` nodes each band takes: in proportion to band capacity (so every band is
 * equally dense), never more than a band holds.
 */
export function bandShares(bands: number[], count: number, pitch: number): number[] {
  const caps = bands.map((r) => bandCapacity(r, pitch));
  const total = caps.reduce((a, b) => a + b, 0);
  if (count > total) throw new InvalidInputError(`orbit layout: ${count} nodes do not fit in ${total} band places`);
  const shares = caps.map((c) => Math.floor((count * c) / total));
  let left = count - shares.reduce((a, b) => a + b, 0);
  const byRemainder = caps
    .map((c, b) => ({ b, rem: (count * c) / total - shares[b] }))
    .sort((x, y) => y.rem - x.rem || x.b - y.b);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
    const b = byRemainder[i].b;
    if (shares[b] < caps[b]) {
      shares[b]++;
      left--;
    }
  }
  return shares;
}

/** The map ring a point is over: inside a ring's [inner, outer] span, or the nearest span. */
export function orbitAt(layout: OrbitLayout, point: { x: number; y: number }): OrbitId {
  return layout.rings[ringIndexAt(layout.rings, point)].orbit;
}

/** orbitAt as the ring's index in `rings`. */
export function ringIndexAt(rings: readonly RingGeometry[], point: { x: number; y: number }): number {
  const d = Math.hypot(point.x, point.y);
  let best = 0;
  let bestGap = Infinity;
  rings.forEach((ring, k) => {
    const gap = d < ring.inner ? ring.inner - d : d > ring.outer ? d - ring.outer : 0;
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  });
  return best;
}

/** The point moved onto the nearest band of `orbit`'s ring, keeping its angle. */
export function snapToOrbit(layout: OrbitLayout, orbit: OrbitId, point: { x: number; y: number }): { x: number; y: number } {
  const ring = layout.rings.find((r) => r.orbit === orbit);
  if (!ring) throw new InvalidInputError(`orbit layout: '${orbit}' has no ring on the map`);
  const d = Math.hypot(point.x, point.y);
  let radius = ring.bands[0];
  for (const r of ring.bands) if (Math.abs(r - d) < Math.abs(radius - d)) radius = r;
  const angle = d === 0 ? 0 : Math.atan2(point.y, point.x);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
