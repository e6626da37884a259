// Where the orbit layout runs: on the main thread for small networks (a few ms), in a module
// Web Worker past LARGE_LAYOUT contacts (30,000 take about half a second of layout, which
// would freeze the page). Without Worker support (tests in Node) it always runs inline.
import { orbitLayout, orbitLayoutIndexed, type LayoutMove, type LayoutNode, type LayoutTie, type OrbitLayout } from '../../graph/layout';
import { MAP_ORBITS, ORBITS, type OrbitId } from '../../graph/model';

const EGO_ID = 'ego';

export const LARGE_LAYOUT = 3000;

/** At most this many contacts changing orbit at once are placed on the map as it is (placeMoves). */
export const MOVES_MAX = 50;

/** What changed for the layout since the last call: its key, and the moves when that is all. */
export interface LayoutChange {
  key: string;
  /** The key of the call before. */
  previous: string;
  /**
   * When the same ties hold and contacts only changed orbit or left the map (a move, an
   * undo, an archived or deleted contact), which and to where ('archived': off the map), at
   * most MOVES_MAX of them; null when anything else changed.
   */
  moves: LayoutMove[] | null;
}

/**
 * Keys for layouts: the same key while who is on the map, their orbits and the ties stay as
 * they were at the last call, a new key when any of them changed. The inputs are compared with
 * the last call's, element by element (mostly the same string objects: ~1 ms at 30,000
 * contacts); hashing every id and orbit instead took ~0.1 s there, and ~23 ms of a drop's
 * 60 ms task at 1,500 contacts (cold code). A rename or a note keeps the key; a move, a new or
 * removed contact on the map, or another set of ties changes it. Returning to earlier inputs
 * (an undo) makes a new key too.
 */
export class LayoutKeys {
  #ids: string[] = [];
  #orbits: string[] = [];
  /** The last call's contacts: mostly the same objects next time (a saved move replaces one). */
  #contacts: readonly { id: string; orbit: OrbitId }[] = [];
  #ties: readonly { id: string }[] | null = null;
  #tieIds: string[] = [];
  #serial = 0;
  #change: LayoutChange = { key: '', previous: '', moves: null };

  changeOf(contacts: readonly { id: string; orbit: OrbitId }[], ties: readonly { id: string }[]): LayoutChange {
    const moves = this.#serial > 0 && this.#sameTies(ties) ? this.#movesTo(contacts) : null;
    if (moves?.length === 0) return this.#change;
    this.#contacts = contacts;
    this.#ids = contacts.map((c) => c.id);
    this.#orbits = contacts.map((c) => c.orbit);
    this.#ties = ties;
    this.#tieIds = ties.map((t) => t.id);
    const previous = this.#change.key;
    const key = `layout ${++this.#serial}: ${contacts.length} on the map, ${ties.length} ties`;
    this.#change = { key, previous, moves: moves && moves.length <= MOVES_MAX ? moves : null };
    return this.#change;
  }

  /** The orbit changes and departures from the last call's contacts to these; null if any is new. */
  #movesTo(contacts: readonly { id: string; orbit: OrbitId }[]): LayoutMove[] | null {
    const ids = this.#ids;
    const moves: LayoutMove[] = [];
    if (contacts.length === ids.length) {
      // The same length: most are the very objects of the last call (compared by identity,
      // ~1 ms at 30,000 against ~5 ms comparing ids and orbits); stops at the first other id.
      let same = true;
      for (let i = 0; i < contacts.length && same; i++) {
        const c = contacts[i];
        if (c === this.#contacts[i]) continue;
        if (c.id !== ids[i]) same = false;
        else if (c.orbit !== this.#orbits[i]) moves.push({ id: c.id, to: c.orbit });
      }
      if (same) {
        // The objects changed in place of none: the next call compares against these.
        this.#contacts = contacts;
        return moves;
      }
      moves.length = 0;
    }
    let i = 0;
    for (const c of contacts) {
      while (i < ids.length && ids[i] !== c.id) moves.push({ id: ids[i++], to: 'archived' });
      if (i === ids.length) return null;
      if (this.#orbits[i] !== c.orbit) moves.push({ id: c.id, to: c.orbit });
      i++;
    }
    while (i < ids.length) moves.push({ id: ids[i++], to: 'archived' });
    return moves;
  }

  #sameTies(ties: readonly { id: string }[]): boolean {
    if (ties === this.#ties) return true;
    if (ties.length !== this.#tieIds.length) return false;
    for (let i = 0; i < ties.length; i++) if (ties[i].id !== this.#tieIds[i]) return false;
    this.#ties = ties;
    return true;
  }
}

/**
 * A layout job as typed arrays, moved to the worker rather than copied: at 30,000 contacts and
 * 90,000 ties, cloning the node and tie objects took the page ~0.2 s each way.
 */
export interface LayoutJob {
  id: number;
  ids: string[];
  /** Index of each node's orbit in ORBITS. */
  orbits: Uint8Array;
  /** Tie ends as node indexes, two per tie (ties to unknown nodes left out). */
  ends: Int32Array;
}

export interface LayoutAnswer {
  id: number;
  /** x, y of each job node in order (NaN for a node the layout leaves out), then of the ego. */
  xy: Float64Array;
  rings: OrbitLayout['rings'];
  options: OrbitLayout['options'];
}

const ORBIT_CODE = new Map(ORBITS.map((o, k) => [o.id, k]));

export function encodeJob(id: number, nodes: readonly LayoutNode[], ties: readonly LayoutTie[]): LayoutJob {
  const ids = new Array<string>(nodes.length);
  const orbits = new Uint8Array(nodes.length);
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    ids[i] = n.id;
    orbits[i] = ORBIT_CODE.get(n.orbit) ?? 255;
    index.set(n.id, i);
  });
  const ends = new Int32Array(ties.length * 2);
  let m = 0;
  for (const t of ties) {
    const a = index.get(t.source);
    const b = index.get(t.target);
    if (a === undefined || b === undefined) continue;
    ends[m++] = a;
    ends[m++] = b;
  }
  return { id, ids, orbits, ends: ends.slice(0, m) };
}

/** Ring (index in MAP_ORBITS) of each orbit code of a job; -1 for an orbit not on the map. */
const RING_OF_CODE = ORBITS.map((o) => MAP_ORBITS.findIndex((m) => m.id === o.id));

/**
 * The worker's side: the job's layout made on its typed arrays (orbitLayoutIndexed), with no
 * node and tie objects rebuilt from them. The same layout orbitLayout gives for the job's
 * nodes and ties; a node whose orbit is not on the map (archived) gets NaN.
 */
export function layOutJob(job: LayoutJob): LayoutAnswer {
  const n = job.ids.length;
  // Layout index of each job node, -1 for those left out.
  const at = new Int32Array(n).fill(-1);
  const ringOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = job.orbits[i];
    if (ORBITS[code]?.id === 'archived') continue;
    const ring = RING_OF_CODE[code] ?? -1;
    if (ring < 0) throw new Error(`layout job: node '${job.ids[i]}' has an unknown orbit (code ${code})`);
    at[i] = ringOf.length;
    ringOf.push(ring);
  }
  const ends = new Int32Array(job.ends.length);
  let m = 0;
  for (let e = 0; e + 1 < job.ends.length; e += 2) {
    const a = at[job.ends[e]];
    const b = at[job.ends[e + 1]];
    if (a < 0 || b < 0) continue;
    ends[m++] = a;
    ends[m++] = b;
  }
  const placed = orbitLayoutIndexed(ringOf, ends.subarray(0, m));
  const xy = new Float64Array(2 * n + 2).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (at[i] < 0) continue;
    xy[2 * i] = placed.xy[2 * at[i]];
    xy[2 * i + 1] = placed.xy[2 * at[i] + 1];
  }
  // The ego, at the centre.
  xy[2 * n] = 0;
  xy[2 * n + 1] = 0;
  return { id: job.id, xy, rings: placed.rings, options: placed.options };
}

export function decodeLayout(ids: readonly string[], answer: LayoutAnswer): OrbitLayout {
  const positions: OrbitLayout['positions'] = {};
  const { xy } = answer;
  for (let i = 0; i < ids.length; i++) if (!Number.isNaN(xy[2 * i])) positions[ids[i]] = { x: xy[2 * i], y: xy[2 * i + 1] };
  positions[EGO_ID] = { x: xy[2 * ids.length], y: xy[2 * ids.length + 1] };
  return { positions, rings: answer.rings, options: answer.options };
}

const newLayoutWorker = () => new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });

/** A worker started before any LayoutRunner (startLayoutWorker), for the first one to take. */
let early: Worker | null = null;

/**
 * Start the layout worker now, for the page's LayoutRunner to take (main.ts calls this first
 * thing). A worker's start waits twice on the page's main thread: to ask for its script, and to
 * start it once the script is in. Asked for later (as the network is requested, with the app
 * mounting and then ~0.5 s of reading a 30,000-contact network on that thread), it started
 * only after the page had read the network and sent the job: 0.3-0.6 s late in traces.
 * Without Worker support, nothing.
 */
export function startLayoutWorker(): void {
  if (typeof Worker !== 'undefined') early ??= newLayoutWorker();
}

export class LayoutRunner {
  #worker: Worker | null = null;
  #next = 1;
  #waiting = new Map<number, { resolve: (answer: LayoutAnswer) => void; reject: (e: Error) => void }>();

  /** True when a network of `count` contacts is laid out in the worker. */
  offThread(count: number): boolean {
    return count >= LARGE_LAYOUT && typeof Worker !== 'undefined';
  }

  /**
   * Start the worker ahead of need (while the network is on its way), so a big network's
   * layout does not also wait for the worker's module to load. A no-op without Worker support.
   */
  warm(): void {
    if (typeof Worker !== 'undefined') this.#ensureWorker();
  }

  run(nodes: readonly LayoutNode[], ties: readonly LayoutTie[]): Promise<OrbitLayout> {
    if (!this.offThread(nodes.length)) return Promise.resolve(orbitLayout(nodes, ties));
    const worker = this.#ensureWorker();
    const job = encodeJob(this.#next++, nodes, ties);
    return new Promise((resolve, reject) => {
      this.#waiting.set(job.id, { resolve: (answer) => resolve(decodeLayout(job.ids, answer)), reject });
      worker.postMessage(job, [job.orbits.buffer, job.ends.buffer]);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = early ?? newLayoutWorker();
    early = null;
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const waiting = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    worker.onerror = (event) => {
      const error = new Error(`The layout worker failed: ${event.message || 'unknown error'}`);
      for (const w of this.#waiting.values()) w.reject(error);
      this.#waiting.clear();
      this.#worker?.terminate();
      this.#worker = null;
    };
    this.#worker = worker;
    return worker;
  }
}
