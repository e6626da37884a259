// Betweenness centrality (Brandes 2001), normalised as networkx does for undirected graphs
// (divided by (n-1)(n-2)). Hop counts: Brandes' searches from every contact on the typed-array
// index, or above `sampleAbove` contacts from `pivots` sampled sources (Brandes & Pich 2007,
// see ./pivot-sampling.ts). Weighted paths (weights as distances) go through graphology-metrics.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, collect } from '../csr';
import type { EdgeWeightGetter } from '../weights';
import { estimateByPivots } from './pivot-sampling';

export const DEFAULTS = {
  /** null: shortest paths count hops; a getter makes weights distances (exact only). */
  getEdgeWeight: null as EdgeWeightGetter,
  normalized: true,
  /** Above this many nodes, estimate from pivots instead of computing exactly. */
  sampleAbove: 5000,
  pivots: 500,
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

export function betweenness(graph: AbstractGraph, options: BetweennessOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  if (o.getEdgeWeight === null) {
    const csr = buildCsr(graph, null);
    const pivots = isSampled(graph.order, o) ? o.pivots : graph.order;
    const { betweenness: raw } = estimateByPivots(csr, { pivots, seed: o.seed });
    return collect(csr, scaleBetweenness(raw, graph.order, o.normalized));
  }
  const result = betweennessCentrality(graph, {
    getEdgeWeight: o.getEdgeWeight as never,
    normalized: o.normalized,
  });
  // graphology leaves n <= 2 unscaled where networkx gives 0 (no pair can pass through anyone).
  if (o.normalized && graph.order <= 2) for (const k in result) result[k] = 0;
  return result;
}
