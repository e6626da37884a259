// Moves on a map already laid out, without laying it out again: a contact that changes orbit
// takes a place on its new ring where it was put down (or at its old angle), the contacts
// beside that place on the band close up only as far as they must to make room, and everyone
// else stays where they were, as Gephi and Kumu keep a map still under small edits. A contact
// that leaves the map (archived, deleted) leaves a gap. When the rings as drawn cannot take
// the moves (a ring would need another band), the answer is null: lay the map out afresh.
import { InvalidInputError } from '../errors';
import { MAP_ORBITS, type OrbitId } from '../model';
import { bandCapacity, pitchOf } from './ring-geometry';
import type { OrbitLayout, RingGeometry } from './types';

const TAU = 2 * Math.PI;
const EGO_ID = 'ego';

export interface LayoutMove {
  id: string;
  /** Its new orbit; 'archived' takes it off the map. */
  to: OrbitId;
  /** Where it was put down (model coordinates): its place is sought at that angle and band. */
  near?: { x: number; y: number };
}

/** A place taken on a band: the angle the new contact gets and the neighbours that moved. */
interface Plan {
  band: number;
  angle: number;
  shifted: { id: string; angle: number }[];
}

const mod = (a: number, m: number) => ((a % m) + m) % m;

/**
 * The layout after `moves`, each contact already in `previous` (on the map). Contacts not
 * moved keep their positions unless they make room on the band a moved one joins; no two
 * contacts end up closer than the layout's pitch. Null when a ring would need more places
 * than its bands have, or a contact was not on the map before.
 */
export function placeMoves(previous: OrbitLayout, moves: readonly LayoutMove[]): OrbitLayout | null {
  const pitch = pitchOf(previous.options);
  const counts = previous.rings.map((r) => r.count);
  const positions = { ...previous.positions };
  for (const move of moves) {
    const at = positions[move.id];
    if (!at || move.id === EGO_ID) return null;
    const from = ringOf(previous.rings, at);
    if (move.to === 'archived') {
      delete positions[move.id];
      counts[from]--;
      continue;
    }
    const to = MAP_ORBITS.findIndex((o) => o.id === move.to);
    if (to < 0) throw new InvalidInputError(`orbit layout: '${move.to}' has no ring on the map`);
    if (to === from) continue;
    const ring = previous.rings[to];
    if (counts[to] + 1 > ring.bands.reduce((n, r) => n + bandCapacity(r, pitch), 0)) return null;
    const target = move.near ?? at;
    const plan = placeOnRing(positions, ring, move.id, Math.atan2(target.y, target.x), move.near ? Math.hypot(move.near.x, move.near.y) : ring.radius, pitch);
    if (!plan) return null;
    const radius = ring.bands[plan.band];
    positions[move.id] = { x: radius * Math.cos(plan.angle), y: radius * Math.sin(plan.angle) };
    for (const s of plan.shifted) positions[s.id] = { x: radius * Math.cos(s.angle), y: radius * Math.sin(s.angle) };
    counts[from]--;
    counts[to]++;
  }
  const rings: RingGeometry[] = previous.rings.map((r, k) => (r.count === counts[k] ? r : { ...r, count: counts[k] }));
  return { positions, rings, options: previous.options };
}

/** The ring whose span holds a point (the nearest span for one between rings). */
function ringOf(rings: readonly RingGeometry[], p: { x: number; y: number }): number {
  const d = Math.hypot(p.x, p.y);
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

/**
 * A place for `id` on `ring`: on each band with room, nearest to `radius` first, the plan that
 * moves fewest others; a place in a gap wide enough moves nobody.
 */
function placeOnRing(
  positions: Record<string, { x: number; y: number }>,
  ring: RingGeometry,
  id: string,
  theta: number,
  radius: number,
  pitch: number,
): Plan | null {
  const members: { id: string; angle: number }[][] = ring.bands.map(() => []);
  for (const other in positions) {
    if (other === id || other === EGO_ID) continue;
    const p = positions[other];
    const d = Math.hypot(p.x, p.y);
    if (d < ring.inner || d > ring.outer) continue;
    const b = Math.min(ring.bands.length - 1, Math.max(0, Math.round((d - ring.bands[0]) / pitch)));
    members[b].push({ id: other, angle: mod(Math.atan2(p.y, p.x), TAU) });
  }
  const order = ring.bands.map((_, b) => b).sort((a, b) => Math.abs(ring.bands[a] - radius) - Math.abs(ring.bands[b] - radius) || a - b);
  let best: Plan | null = null;
  for (const b of order) {
    const r = ring.bands[b];
    if (members[b].length + 1 > bandCapacity(r, pitch)) continue;
    const plan = insertOnBand(members[b], mod(theta, TAU), 2 * Math.asin(Math.min(1, pitch / (2 * r))), b);
    if (!best || plan.shifted.length < best.shifted.length) best = plan;
    if (plan.shifted.length === 0) break;
  }
  return best;
}

/**
 * Insert a node at angle `theta` on a band whose nodes are at least `alpha` apart (and which
 * has room for one more). The window around theta between two neighbours that stay put grows,
 * a neighbour at a time on the side with the wider gap, until it holds the new node too; its
 * nodes are then spaced evenly between those two. In a gap of two alphas or more, the new node
 * takes theta (or the nearest angle alpha clear of both neighbours) and nobody moves.
 */
function insertOnBand(nodes: { id: string; angle: number }[], theta: number, alpha: number, band: number): Plan {
  const m = nodes.length;
  if (m === 0) return { band, angle: theta, shifted: [] };
  // Offsets from theta: the right side going round with the angle, the left side against it.
  const right = nodes.map((n) => ({ ...n, offset: mod(n.angle - theta, TAU) })).sort((a, b) => a.offset - b.offset);
  const dR = (r: number) => right[r].offset;
  // The left list is the right one read backwards, each offset taken the other way round.
  const dL = (l: number) => TAU - right[m - 1 - l].offset;
  let l = 0;
  let r = 0;
  // Two anchors (one node when they meet round the band) and l + r nodes between them.
  while (dL(l) + dR(r) < (l + r + 2) * alpha - 1e-9) {
    if (l + r + 1 >= m) throw new Error('insertOnBand: the band has no room (checked by the caller)');
    const leftGap = dL(l + 1) - dL(l);
    const rightGap = dR(r + 1) - dR(r);
    if (leftGap >= rightGap) l++;
    else r++;
  }
  if (l === 0 && r === 0) {
    const angle = Math.min(Math.max(0, -dL(0) + alpha), dR(0) - alpha);
    return { band, angle: mod(theta + angle, TAU), shifted: [] };
  }
  const start = -dL(l);
  const step = (dL(l) + dR(r)) / (l + r + 2);
  const shifted: Plan['shifted'] = [];
  // Left of theta, outermost first, then the new node, then the right side inward-out.
  for (let i = 0; i < l; i++) shifted.push({ id: right[m - l + i].id, angle: mod(theta + start + (i + 1) * step, TAU) });
  const angle = mod(theta + start + (l + 1) * step, TAU);
  for (let i = 0; i < r; i++) shifted.push({ id: right[i].id, angle: mod(theta + start + (l + 2 + i) * step, TAU) });
  return { band, angle, shifted };
}
