// Orbit layout: the ego at the centre, one ring per map orbit, crowded rings split into bands
// so no two nodes overlap, and a tie-aware order around each ring. Communities keep the same
// angular sector on every ring (each ring is rotated to the circular mean of its communities'
// target angles), so a cluster reads as a wedge.
import { InvalidInputError } from '../errors';
import { MAP_ORBITS } from '../model';
import { bandShares, pitchOf, resolveOptions, ringGeometry } from './ring-geometry';
import { tieAwareGroups } from './tie-order';
import type { LayoutNode, LayoutTie, OrbitLayout, OrbitLayoutOptions } from './types';

/** Louvain's seed: fixed, so the same network always gets the same map. */
const COMMUNITY_SEED = 0x0eb17;
/** Golden-ratio phase between bands so their places do not line up radially. */
const BAND_PHASE = 0.6180339887;
const TAU = 2 * Math.PI;

/**
 * Places of one ring, sorted by angle (before the ring's rotation): each band's places are
 * evenly spaced and already in angle order, so the bands are merged rather than sorted.
 */
function ringSlots(bands: number[], count: number, pitch: number): { radius: Float64Array; angle: Float64Array } {
  const shares = bandShares(bands, count, pitch);
  const phase = bands.map((_, b) => (0.5 + b * BAND_PHASE) % 1);
  const next = new Int32Array(bands.length);
  const radius = new Float64Array(count);
  const angle = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    let best = -1;
    let bestFraction = Infinity;
    for (let b = 0; b < bands.length; b++) {
      if (next[b] >= shares[b]) continue;
      const fraction = (next[b] + phase[b]) / shares[b];
      if (fraction < bestFraction) {
        bestFraction = fraction;
        best = b;
      }
    }
    next[best]++;
    radius[s] = bands[best];
    angle[s] = TAU * bestFraction;
  }
  return { radius, angle };
}

export function orbitLayout(nodes: readonly LayoutNode[], ties: readonly LayoutTie[], options?: Partial<OrbitLayoutOptions>): OrbitLayout {
  const ringIndex = new Map(MAP_ORBITS.map((def, k) => [def.id as string, k]));
  // Index the contacts on the map (archived ones are left out) and their ties.
  const ids: string[] = [];
  const ringOf: number[] = [];
  const index = new Map<string, number>();
  for (const node of nodes) {
    if (node.orbit === 'archived') continue;
    const k = ringIndex.get(node.orbit);
    if (k === undefined) {
      throw new InvalidInputError(`orbit layout: node '${node.id}' has unknown orbit '${String(node.orbit)}'`);
    }
    if (index.has(node.id) || node.id === 'ego') {
      throw new InvalidInputError(`orbit layout: node id '${node.id}' is used twice (or is the ego's id)`);
    }
    index.set(node.id, ids.length);
    ids.push(node.id);
    ringOf.push(k);
  }
  const ends = new Int32Array(ties.length * 2);
  let m = 0;
  for (const tie of ties) {
    const a = index.get(tie.source);
    const b = index.get(tie.target);
    if (a === undefined || b === undefined) continue;
    ends[m++] = a;
    ends[m++] = b;
  }
  const placed = orbitLayoutIndexed(ringOf, ends.subarray(0, m), options);
  const positions: Record<string, { x: number; y: number }> = { ego: { x: 0, y: 0 } };
  for (let i = 0; i < ids.length; i++) positions[ids[i]] = { x: placed.xy[2 * i], y: placed.xy[2 * i + 1] };
  return { positions, rings: placed.rings, options: placed.options };
}

/**
 * orbitLayout on node indexes: `ringOf[i]` is node i's ring (its index in MAP_ORBITS), `ends`
 * holds two node indexes per tie (duplicates and self-ties are dropped). Answers each node's
 * x, y as `xy[2i]`, `xy[2i + 1]` (the ego is at 0, 0). The layout worker calls it on the typed
 * arrays it receives, with no id strings to index or objects to build.
 */
export function orbitLayoutIndexed(
  ringOf: ArrayLike<number>,
  ends: ArrayLike<number>,
  options?: Partial<OrbitLayoutOptions>,
): { xy: Float64Array; rings: OrbitLayout['rings']; options: OrbitLayoutOptions } {
  const opts = resolveOptions(options);
  const pitch = pitchOf(opts);
  const R = MAP_ORBITS.length;
  const n = ringOf.length;
  for (let i = 0; i < n; i++) {
    if (!(ringOf[i] >= 0 && ringOf[i] < R)) throw new InvalidInputError(`orbit layout: node ${i} has no ring (${ringOf[i]})`);
  }

  // Phase 1: the ties as pairs keyed a * n + b (a < b), sorted, so duplicates are neighbours.
  const keys = new Float64Array(ends.length >> 1);
  let m = 0;
  for (let e = 0; e + 1 < ends.length; e += 2) {
    const a = ends[e];
    const b = ends[e + 1];
    if (a === b || !(a >= 0 && a < n && b >= 0 && b < n)) continue;
    keys[m++] = a < b ? a * n + b : b * n + a;
  }
  const sorted = keys.subarray(0, m).sort();
  const edgeA = new Int32Array(m);
  const edgeB = new Int32Array(m);
  let edges = 0;
  for (let e = 0; e < m; e++) {
    if (e > 0 && sorted[e] === sorted[e - 1]) continue;
    edgeA[edges] = Math.floor(sorted[e] / n);
    edgeB[edges] = sorted[e] % n;
    edges++;
  }

  // Phase 2: groups in placement order, then each ring's sequence and where each group sits in it.
  const groups = tieAwareGroups(n, edgeA.subarray(0, edges), edgeB.subarray(0, edges), COMMUNITY_SEED);
  const G = groups.length;
  const sequences: number[][] = Array.from({ length: R }, () => []);
  const start = new Float64Array(R * G);
  const count = new Float64Array(R * G);
  groups.forEach((members, g) => {
    for (let k = 0; k < R; k++) start[k * G + g] = sequences[k].length;
    for (const i of members) {
      sequences[ringOf[i]].push(i);
      count[ringOf[i] * G + g]++;
    }
  });
  const counts = Object.fromEntries(MAP_ORBITS.map((def, k) => [def.id, sequences[k].length]));
  const rings = ringGeometry(counts, opts);

  // Phase 3: each group's target angle, from its share summed over the rings.
  const weight = new Float64Array(G);
  for (let k = 0; k < R; k++) {
    const size = sequences[k].length;
    if (size > 0) for (let g = 0; g < G; g++) weight[g] += count[k * G + g] / size;
  }
  const totalWeight = weight.reduce((a, b) => a + b, 0) || 1;
  const target = new Float64Array(G);
  for (let g = 0, cum = 0; g < G; g++) {
    target[g] = (TAU * (cum + weight[g] / 2)) / totalWeight;
    cum += weight[g];
  }

  // Phase 4: per ring, rotate so groups sit near their target angle; the i-th node of the
  // sequence takes the i-th place by angle.
  const xy = new Float64Array(2 * n);
  for (let k = 0; k < R; k++) {
    const seq = sequences[k];
    const size = seq.length;
    if (size === 0) continue;
    let sin = 0;
    let cos = 0;
    for (let g = 0; g < G; g++) {
      const c = count[k * G + g];
      if (c === 0) continue;
      const natural = (TAU * (start[k * G + g] + c / 2)) / size;
      sin += c * Math.sin(target[g] - natural);
      cos += c * Math.cos(target[g] - natural);
    }
    const rotation = sin === 0 && cos === 0 ? 0 : Math.atan2(sin, cos);
    const slots = ringSlots(rings[k].bands, size, pitch);
    for (let i = 0; i < size; i++) {
      const a = slots.angle[i] + rotation;
      const r = slots.radius[i];
      xy[2 * seq[i]] = r * Math.cos(a);
      xy[2 * seq[i] + 1] = r * Math.sin(a);
    }
  }
  return { xy, rings, options: opts };
}

