// A synthetic clustered network for benchmarks and scale tests.
// Planted partition with heavy-tailed cluster sizes and Chung-Lu style degree weights
// (Chung & Lu 2002; Lancichinetti, Fortunato & Radicchi 2008 for the benchmark idea):
// most ties fall inside a cluster, the rest join clusters at random.
import {
  createContact,
  createInteraction,
  createTie,
  type Contact,
  type ContextId,
  type Direction,
  type Ego,
  type Interaction,
  type InteractionKind,
  type OrbitId,
  type Tie,
} from '../model';
import { COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, LOCATIONS, POSITIONS } from './names';
import { addDays, mulberry32, pick, randInt, type Rng } from './random';
import type { GeneratedNetwork } from './types';

export interface SyntheticOptions {
  contacts: number;
  seed?: number;
  /** Interaction dates are relative to it, YYYY-MM-DD. */
  today?: string;
  /** Average ties per contact (ties = contacts x this). */
  tiesPerContact?: number;
}

export const SYNTHETIC_DEFAULTS = {
  seed: 1,
  today: '2026-01-15',
  tiesPerContact: 3,
  /** Share of ties inside a cluster. */
  intraShare: 0.85,
  /** Smallest cluster; sizes follow a Pareto tail above it. */
  minCluster: 6,
  clusterTail: 1.3,
  /** Degree weights ~ u^(-1/(gamma-1)): a power-law degree tail with exponent gamma. */
  degreeGamma: 2.5,
} as const;

const KINDS_CORE: InteractionKind[] = ['message', 'call', 'meeting', 'email', 'advice', 'help', 'intro'];
const KINDS_TWEENER: InteractionKind[] = ['message', 'message', 'email', 'advice'];
const DIRECTIONS: Direction[] = ['given', 'received', 'mutual'];

/** Heavy-tailed cluster sizes summing to n. */
function clusterSizes(rng: Rng, n: number): number[] {
  const { minCluster, clusterTail } = SYNTHETIC_DEFAULTS;
  const cap = Math.max(minCluster * 4, Math.floor(n / 8));
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    const s = Math.min(cap, Math.floor(minCluster * Math.pow(1 - rng(), -1 / clusterTail)));
    const size = left - s < minCluster ? left : s;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Index i with prefix[i] <= r < prefix[i + 1], searched within [lo, hi). */
function sampleIndex(prefix: Float64Array, lo: number, hi: number, r: number): number {
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (prefix[mid] <= r) lo = mid;
    else hi = mid;
  }
  return lo;
}

function orbitFor(rng: Rng, affinity: number): OrbitId {
  const r = rng();
  if (r < 0.025 * affinity) return 'core';
  if (r < 0.1 * affinity) return 'tweener';
  if (r > 0.99) return 'archived';
  return 'outer';
}

function interactionsFor(rng: Rng, contactId: string, orbit: OrbitId, today: string, now: string, out: Interaction[]): void {
  let count = 0;
  let span = 0;
  let kinds = KINDS_TWEENER;
  if (orbit === 'core') [count, span, kinds] = [randInt(rng, 3, 9), 730, KINDS_CORE];
  else if (orbit === 'tweener') [count, span] = [randInt(rng, 1, 3), 1100];
  else if (rng() < 0.03) [count, span] = [1, 1800];
  for (let k = 0; k < count; k++) {
    out.push(
      createInteraction(
        {
          id: `syn-i${out.length}`,
          contactId,
          date: addDays(today, -randInt(rng, 1, span)),
          kind: pick(rng, kinds),
          direction: orbit === 'core' ? pick(rng, DIRECTIONS) : rng() < 0.7 ? 'received' : 'given',
        },
        now,
      ),
    );
  }
}

/**
 * A clustered network of `contacts` people and about `contacts x tiesPerContact` ties, the
 * same for the same options. No self-loops, no duplicate pairs.
 */
export function syntheticNetwork(options: SyntheticOptions): GeneratedNetwork {
  const n = Math.max(0, Math.floor(options.contacts));
  const seed = options.seed ?? SYNTHETIC_DEFAULTS.seed;
  const today = options.today ?? SYNTHETIC_DEFAULTS.today;
  const tiesPerContact = options.tiesPerContact ?? SYNTHETIC_DEFAULTS.tiesPerContact;
  const now = `${today}T12:00:00.000Z`;
  const rng = mulberry32(seed);
  const ego: Ego = { id: 'ego', name: 'Synthetic Ego', headline: `Generated network of ${n} contacts` };

  // Phase 1: clusters as contiguous index ranges, degree weights as prefix sums.
  const sizes = n > 0 ? clusterSizes(rng, n) : [];
  const clusterOf = new Int32Array(n);
  const clusterStart = new Int32Array(sizes.length + 1);
  for (let c = 0, i = 0; c < sizes.length; c++) {
    clusterStart[c] = i;
    for (let k = 0; k < sizes[c]; k++) clusterOf[i++] = c;
    clusterStart[c + 1] = i;
  }
  const expo = -1 / (SYNTHETIC_DEFAULTS.degreeGamma - 1);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const size = sizes[clusterOf[i]];
    prefix[i + 1] = prefix[i] + Math.min(size, Math.pow(1 - rng(), expo));
  }

  // Phase 2: contacts. Indices are shuffled into ids so clusters are not contiguous in the output.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const width = String(Math.max(n - 1, 0)).length;
  const idOf = (i: number) => `syn-${String(order[i]).padStart(width, '0')}`;
  const companies = sizes.map((_, c) => `${COMPANY_WORDS[c % COMPANY_WORDS.length]} ${COMPANY_SUFFIXES[Math.floor(c / COMPANY_WORDS.length) % COMPANY_SUFFIXES.length]}`);
  const affinity = sizes.map(() => 2 * rng());
  const contacts: Contact[] = new Array(n);
  const interactions: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    const c = clusterOf[i];
    const orbit = orbitFor(rng, affinity[c]);
    const id = idOf(i);
    const contexts: ContextId[] =
      orbit === 'core' ? ['worked-together', 'met-in-person'] : orbit === 'tweener' ? ['online-only'] : [];
    contacts[order[i]] = createContact(
      {
        id,
        name: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
        company: companies[c],
        position: pick(rng, POSITIONS),
        location: LOCATIONS[c % LOCATIONS.length],
        profileUrl: `https://linkedin.com/in/${id}`,
        tags: [`cluster-${c}`],
        sources: ['sample'],
        connectedOn: addDays(today, -randInt(rng, 30, 3650)),
        contexts,
        wouldTakeMyCall: orbit === 'core' && rng() < 0.6 ? true : null,
        orbit,
      },
      now,
    );
    interactionsFor(rng, id, orbit, today, now, interactions);
  }

  // Phase 3: ties. One end by weight over everyone, the other by weight inside its cluster
  // (or everyone, for a bridge); pairs are keyed a * n + b to drop duplicates.
  const want = n < 2 ? 0 : Math.min(Math.round(n * tiesPerContact), (n * (n - 1)) / 2);
  const seen = new Set<number>();
  const ties: Tie[] = [];
  const total = prefix[n];
  for (let attempts = 0; ties.length < want && attempts < want * 20; attempts++) {
    const a = sampleIndex(prefix, 0, n, rng() * total);
    let b: number;
    if (rng() < SYNTHETIC_DEFAULTS.intraShare) {
      const c = clusterOf[a];
      const lo = clusterStart[c];
      const hi = clusterStart[c + 1];
      b = sampleIndex(prefix, lo, hi, prefix[lo] + rng() * (prefix[hi] - prefix[lo]));
    } else {
      b = sampleIndex(prefix, 0, n, rng() * total);
    }
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push(createTie({ id: `syn-t${ties.length}`, source: idOf(a), target: idOf(b) }, now));
  }
  return { ego, contacts, ties, interactions };
}
