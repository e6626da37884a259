// Communities by the Louvain method (Blondel et al. 2008) and their modularity (Newman 2006),
// on the typed-array index: the CSR Louvain the orbit layout uses (graph/layout/louvain-csr,
// fast local moves as graphology-communities-louvain, checked as modular in tests), seeded so
// the same network always gets the same partition. Building a graphology graph for
// graphology-communities-louvain costs ~1 s at 90,000 ties, more than the search itself.
// Louvain is greedy and order-dependent, so up to `restartsUpTo` contacts a few seeded runs
// are made and the most modular partition kept.
import type { AbstractGraph } from 'graphology-types';
import { louvainCsr, modularity } from '../../layout/louvain-csr';
import { buildCsr, type Csr } from '../csr';
import { seededRandom } from '../random';
import type { EdgeWeightGetter } from '../weights';

export const DEFAULTS = {
  getEdgeWeight: null as EdgeWeightGetter,
  seed: 1,
  /** Runs to keep the best of. */
  restarts: 3,
  /** Above this many nodes a single run is made. */
  restartsUpTo: 5000,
};
export type LouvainOptions = Partial<typeof DEFAULTS>;

export interface Partition {
  /** Community number per contact, 0 for the largest community. */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

export interface IndexPartition {
  /** Community number per node index, 0 for the largest community. */
  community: Int32Array;
  count: number;
  modularity: number;
}

/** Louvain on a prebuilt index (weighted when the index is). */
export function louvainOnIndex(csr: Csr, options: Omit<LouvainOptions, 'getEdgeWeight'> = {}): IndexPartition {
  const o = { ...DEFAULTS, ...options };
  const n = csr.ids.length;
  if (csr.neighbors.length === 0) return { community: Int32Array.from({ length: n }, (_, i) => i), count: n, modularity: 0 };
  const graph = { offsets: csr.starts, targets: csr.neighbors, weights: csr.weights };
  const runs = n > o.restartsUpTo ? 1 : Math.max(1, o.restarts);
  let best: { communities: Int32Array; modularity: number } | null = null;
  for (let run = 0; run < runs; run++) {
    const { communities } = louvainCsr(graph, seededRandom(o.seed + run));
    const q = modularity(graph, communities);
    if (!best || q > best.modularity + 1e-12) best = { communities, modularity: q };
  }
  // Renumber largest first, ties by first member in node order, so numbers read the same every run.
  const raw = best!.communities;
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    sizes.set(raw[i], (sizes.get(raw[i]) ?? 0) + 1);
    if (!firstSeen.has(raw[i])) firstSeen.set(raw[i], i);
  }
  const ranked = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rename = new Map(ranked.map((c, i) => [c, i]));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = rename.get(raw[i])!;
  return { community, count: ranked.length, modularity: best!.modularity };
}

export function louvain(graph: AbstractGraph, options: LouvainOptions = {}): Partition {
  const csr = buildCsr(graph, options.getEdgeWeight ?? null);
  const p = louvainOnIndex(csr, options);
  const communities: Record<string, number> = {};
  csr.ids.forEach((id, i) => (communities[id] = p.community[i]));
  return { communities, count: p.count, modularity: p.modularity };
}

/** The community number per contact (see `louvain` for the modularity). */
export function communities(graph: AbstractGraph, options: LouvainOptions = {}): Record<string, number> {
  return louvain(graph, options).communities;
}
