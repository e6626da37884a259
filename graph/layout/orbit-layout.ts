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

/** Places of one ring, sorted by angle: radius and angle (before the ring's rotation). */
function ringSlots(bands: number[], count: number, pitch: number): { radius: Float64Array; angle: Float64Array } {
  const shares = bandShares(bands, count, pitch);
  const radiusRaw = new Float64Array(count);
  const angleRaw = new Float64Array(count);
  let s = 0;
  shares.forEach((m, b) => {
    const phase = (0.5 + b * BAND_PHASE) % 1;
    for (let j = 0; j < m; j++, s++) {
      radiusRaw[s] = bands[b];
      angleRaw[s] = (TAU * (j + phase)) / m;
    }
  });
  const order = Array.from({ length: count }, (_, i) => i).sort((x, y) => angleRaw[x] - angleRaw[y] || x - y);
  return {
    radius: Float64Array.from(order, (i) => radiusRaw[i]),
    angle: Float64Array.from(order, (i) => angleRaw[i]),
  };
}

export function orbitLayout(nodes: LayoutNode[], ties: LayoutTie[], options?: Partial<OrbitLayoutOptions>): OrbitLayout {
  const opts = resolveOptions(options);
  const pitch = pitchOf(opts);
  const ringIndex = new Map(MAP_ORBITS.map((def, k) => [def.id as string, k]));
  const R = MAP_ORBITS.length;

  // Phase 1: index the contacts on the map and their ties (dropping duplicates and ties to
  // contacts that are archived or unknown).
  const ids: string[] = [];
  const ringOf: number[] = [];
  const index = new Map<string, number>();
  for (const node of nodes) {
    const k = ringIndex.get(node.orbit);
    if (k === undefined) continue;
    if (index.has(node.id) || node.id === 'ego') {
      throw new InvalidInputError(`orbit layout: node id '${node.id}' is used twice (or is the ego's id)`);
    }
    index.set(node.id, ids.length);
    ids.push(node.id);
    ringOf.push(k);
  }
  const n = ids.length;
  const seen = new Set<number>();
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  for (const tie of ties) {
    const a = index.get(tie.source);
    const b = index.get(tie.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    edgeA.push(a);
    edgeB.push(b);
  }

  // Phase 2: groups in placement order, then each ring's sequence and where each group sits in it.
  const groups = tieAwareGroups(n, Int32Array.from(edgeA), Int32Array.from(edgeB), COMMUNITY_SEED);
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
  const positions: Record<string, { x: number; y: number }> = { ego: { x: 0, y: 0 } };
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
      positions[ids[seq[i]]] = { x: r * Math.cos(a), y: r * Math.sin(a) };
    }
  }
  return { positions, rings, options: opts };
}

