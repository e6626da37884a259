// Betweenness centrality (Brandes 2001), normalised as networkx does for undirected graphs
// (divided by (n-1)(n-2)). Hop counts: Brandes' searches from every contact on the typed-array
// index, or above `sampleAbove` contacts from `pathSamples` sampled shortest paths (see
// ./path-sampling.ts; closeness then uses `pivots` sampled sources, ./pivot-sampling.ts). Weighted paths (weights as distances) go through graphology-metrics.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { AbstractGraph } from 'graphology-types';
import { louvainOnIndex } from '../community/louvain';
import { buildCsr, collect, type Csr } from '../csr';
import type { EdgeWeightGetter } from '../weights';
import { betweennessFromPaths, planPaths, samplePathBlocks } from './path-sampling';
import { componentIndex } from '../community/components';
import { finishEstimate, planPivots, searchPivotSlice } from './pivot-sampling';

export const DEFAULTS = {
  /** null: shortest paths count hops; a getter makes weights distances (exact only). */
  getEdgeWeight: null as EdgeWeightGetter,
  normalized: true,
  /** Above this many nodes, estimate from pivots instead of computing exactly. */
  sampleAbove: 5000,
  pivots: 500,
  /** Shortest paths sampled when estimating betweenness (see ./path-sampling.ts). */
  pathSamples: 300_000,
  seed: 1,
};
export type BetweennessOptions = Partial<typeof DEFAULTS>;

/** Whether `betweenness` and `closeness` will estimate rather than compute exactly. */
export function isSampled(order: number, options: { sampleAbove?: number; getEdgeWeight?: EdgeWeightGetter } = {}): boolean {
  const sampleAbove = options.sampleAbove ?? DEFAULTS.sampleAbove;
  return order > sampleAbove && (options.getEdgeWeight ?? null) === null;
}

/** Scale an ordered-pair betweenness sum the way networkx does for undirected graphs. */
export function scaleBetweenness(raw: Float64Array, n: number, normalized: boolean): Float64Array {
  const scale = normalized ? (n <= 2 ? 0 : 1 / ((n - 1) * (n - 2))) : 0.5;
  for (let i = 0; i < raw.length; i++) raw[i] *= scale;
  return raw;
}

/**
 * Betweenness (ordered-pair sums) and standard errors: exact when `pivots` cover every contact
 * (Brandes from each), else from `pathSamples` sampled shortest paths searched in the same node
 * order as GET /api/metrics (same seed, same estimate).
 */
export function sampledBetweenness(csr: Csr, o: { pivots: number; pathSamples: number; seed: number }): { betweenness: Float64Array; error: Float64Array } {
  const { plan, rank, exact } = planPivots(csr, { pivots: o.pivots, seed: o.seed });
  if (exact) {
    const sums = searchPivotSlice(plan);
    const estimate = finishEstimate(plan, rank, sums, componentIndex(csr), true);
    return { betweenness: estimate.betweenness, error: estimate.betweennessError };
  }
  const fromPaths = betweennessFromPaths(samplePathBlocks(planPaths(plan.starts, plan.neighbors, o.pathSamples, o.seed)));
  const betweenness = new Float64Array(rank.length);
  const error = new Float64Array(rank.length);
  for (let v = 0; v < rank.length; v++) {
    betweenness[v] = fromPaths.betweenness[rank[v]];
    error[v] = fromPaths.error[rank[v]];
  }
  return { betweenness, error };
}

/**
 * Pivots for a standalone betweenness or closeness: every contact when exact, else `pivots`
 * stratified by the Louvain communities GET /api/metrics computes (same seed, same estimate).
 */
export function pivotOptions(csr: Csr, sampled: boolean, o: { pivots: number; seed: number }) {
  if (!sampled) return { pivots: csr.ids.length, seed: o.seed };
  return { pivots: o.pivots, seed: o.seed, strata: louvainOnIndex(csr, { seed: o.seed }).community };
}

export function betweenness(graph: AbstractGraph, options: BetweennessOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  if (o.getEdgeWeight === null) {
    const csr = buildCsr(graph, null);
    return collect(csr, scaleBetweenness(sampledBetweenness(csr, isSampled(graph.order, o) ? o : { ...o, pivots: graph.order }).betweenness, graph.order, o.normalized));
  }
  const result = betweennessCentrality(graph, {
    getEdgeWeight: o.getEdgeWeight as never,
    normalized: o.normalized,
  });
  // graphology leaves n <= 2 unscaled where networkx gives 0 (no pair can pass through anyone).
  if (o.normalized && graph.order <= 2) for (const k in result) result[k] = 0;
  return result;
}
