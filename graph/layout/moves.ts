// Moves on a map already laid out, without laying it out again: a contact that changes orbit
// takes a place on its new ring where it was put down (or at its old angle), the contacts
// beside that place on the band close up only as far as they must to make room, and everyone
// else stays where they were, as Gephi and Kumu keep a map still under small edits. A contact
// that leaves the map (archived, deleted) leaves a gap. When the rings as drawn cannot take
// the moves (a ring would need another band), the answer is null: lay the map out afresh.
import { InvalidInputError } from '../errors';
import { MAP_ORBITS, type OrbitId } from '../model';
import { bandCapacity, pitchOf, ringIndexAt } from './ring-geometry';
import type { OrbitLayout, RingGeometry } from './types';

const TAU = 2 * Math.PI;
const EGO_ID = 'ego';
const mod = (a: number, m: number) => ((a % m) + m) % m;

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

type Point = { x: number; y: number };
type Positions = OrbitLayout['positions'];

/**
 * Which contacts sit on each band (key ring * BANDS_MAX + band), so a move looks at one band,
 * not at every position (at 30,000 contacts walking the positions took 20-40 ms). Built on a
 * layout's first move, then kept up to date by the moves made in place on it.
 */
interface BandIndex {
  members: Map<number, Set<string>>;
  bandOf: Map<string, number>;
}
const BANDS_MAX = 1 << 16;
const bandIndexes = new WeakMap<Positions, BandIndex>();

function bandIndexOf(positions: Positions, rings: readonly RingGeometry[], pitch: number): BandIndex {
  const known = bandIndexes.get(positions);
  if (known) return known;
  const index: BandIndex = { members: new Map(), bandOf: new Map() };
  for (const id in positions) {
    if (id === EGO_ID) continue;
    const key = bandKeyOf(rings, positions[id], pitch);
    index.bandOf.set(id, key);
    const set = index.members.get(key);
    if (set) set.add(id);
    else index.members.set(key, new Set([id]));
  }
  bandIndexes.set(positions, index);
  return index;
}

function bandKeyOf(rings: readonly RingGeometry[], p: Point, pitch: number): number {
  const k = ringIndexAt(rings, p);
  const bands = rings[k].bands;
  const b = Math.min(bands.length - 1, Math.max(0, Math.round((Math.hypot(p.x, p.y) - bands[0]) / pitch)));
  return k * BANDS_MAX + b;
}

/**
 * Make ready for moves on `layout` ahead of the first (its band index: 20-40 ms at 30,000
 * contacts, which would otherwise fall in the task that applies the first saved move).
 */
export function prepareMoves(layout: OrbitLayout): void {
  bandIndexOf(layout.positions, layout.rings, pitchOf(layout.options));
}

export interface PlaceMovesOptions {
  /**
   * Update `previous` in place: its positions object becomes the answer's, and `previous`
   * must not be used after (copying 30,000 positions took ~55 ms). For the page, which keeps
   * only the layout on show.
   */
  inPlace?: boolean;
}

/**
 * The layout after `moves`, each contact already in `previous` (on the map). Contacts not
 * moved keep their positions unless they make room on the band a moved one joins; no two
 * contacts end up closer than the layout's pitch. Null when a ring would need more places
 * than its bands have, or a contact was not on the map before (then `previous` is as it was,
 * in place or not). The answer's `moved` names `previous` and every contact whose place
 * changed from it.
 */
export function placeMoves(previous: OrbitLayout, moves: readonly LayoutMove[], options: PlaceMovesOptions = {}): OrbitLayout | null {
  const pitch = pitchOf(previous.options);
  const counts = previous.rings.map((r) => r.count);
  const index = bandIndexOf(previous.positions, previous.rings, pitch);
  // Changes are staged, so a move that cannot be made leaves `previous` as it was.
  const staged = new Map<string, Point | null>();
  const left = new Set<string>();
  const joined = new Map<number, Set<string>>();
  const positionOf = (id: string): Point | undefined => (staged.has(id) ? (staged.get(id) ?? undefined) : previous.positions[id]);
  const membersOf = (key: number): { id: string; angle: number }[] => {
    const out: { id: string; angle: number }[] = [];
    const add = (id: string) => {
      const p = positionOf(id)!;
      out.push({ id, angle: mod(Math.atan2(p.y, p.x), TAU) });
    };
    // Those who left in this call and came back are in `joined` (each mover leaves first).
    for (const id of index.members.get(key) ?? []) if (!left.has(id)) add(id);
    for (const id of joined.get(key) ?? []) add(id);
    return out;
  };
  const bandOf = (id: string): number | undefined => {
    for (const [key, set] of joined) if (set.has(id)) return key;
    return left.has(id) ? undefined : index.bandOf.get(id);
  };
  for (const move of moves) {
    const at = positionOf(move.id);
    if (!at || move.id === EGO_ID) return null;
    const from = ringIndexAt(previous.rings, at);
    if (move.to === 'archived') {
      leave(move.id);
      staged.set(move.id, null);
      counts[from]--;
      continue;
    }
    const to = MAP_ORBITS.findIndex((o) => o.id === move.to);
    if (to < 0) throw new InvalidInputError(`orbit layout: '${move.to}' has no ring on the map`);
    if (to === from) continue;
    const ring = previous.rings[to];
    if (counts[to] + 1 > ring.bands.reduce((n, r) => n + bandCapacity(r, pitch), 0)) return null;
    const target = move.near ?? at;
    const radius = move.near ? Math.hypot(move.near.x, move.near.y) : ring.radius;
    leave(move.id);
    const plan = placeOnRing((b) => membersOf(to * BANDS_MAX + b), ring, Math.atan2(target.y, target.x), radius, pitch);
    if (!plan) return null;
    const r = ring.bands[plan.band];
    staged.set(move.id, { x: r * Math.cos(plan.angle), y: r * Math.sin(plan.angle) });
    const key = to * BANDS_MAX + plan.band;
    (joined.get(key) ?? joined.set(key, new Set()).get(key)!).add(move.id);
    for (const s of plan.shifted) staged.set(s.id, { x: r * Math.cos(s.angle), y: r * Math.sin(s.angle) });
    counts[from]--;
    counts[to]++;
  }

  function leave(id: string): void {
    const key = bandOf(id);
    if (key !== undefined) joined.get(key)?.delete(id);
    left.add(id);
  }

  // Commit: onto `previous` itself or a copy; the band index follows the positions it describes.
  const positions = options.inPlace ? previous.positions : { ...previous.positions };
  const kept = options.inPlace ? index : null;
  for (const id of left) {
    const key = index.bandOf.get(id);
    if (kept && key !== undefined) {
      kept.members.get(key)?.delete(id);
      kept.bandOf.delete(id);
    }
  }
  for (const [key, set] of joined) {
    for (const id of set) {
      if (!kept) continue;
      kept.bandOf.set(id, key);
      (kept.members.get(key) ?? kept.members.set(key, new Set()).get(key)!).add(id);
    }
  }
  for (const [id, p] of staged) {
    if (p) positions[id] = p;
    else delete positions[id];
  }
  const rings: RingGeometry[] = previous.rings.map((r, k) => (r.count === counts[k] ? r : { ...r, count: counts[k] }));
  // In place, `previous` is spent: it lets go of the layout before it (no chain of them is kept).
  if (options.inPlace) delete previous.moved;
  return { positions, rings, options: previous.options, moved: { from: previous, ids: [...staged.keys()] } };
}

/**
 * A place on `ring` (`membersOf(b)`: who is on band b now): on the band nearest `radius` that
 * has room, so a contact stays on the band it was put down on unless that band is full (then
 * the next nearest). A place in a gap wide enough moves nobody.
 */
function placeOnRing(
  membersOf: (band: number) => { id: string; angle: number }[],
  ring: RingGeometry,
  theta: number,
  radius: number,
  pitch: number,
): Plan | null {
  const order = ring.bands.map((_, b) => b).sort((a, b) => Math.abs(ring.bands[a] - radius) - Math.abs(ring.bands[b] - radius) || a - b);
  for (const b of order) {
    const r = ring.bands[b];
    const members = membersOf(b);
    if (members.length + 1 > bandCapacity(r, pitch)) continue;
    return insertOnBand(members, mod(theta, TAU), 2 * Math.asin(Math.min(1, pitch / (2 * r))), b);
  }
  return null;
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
