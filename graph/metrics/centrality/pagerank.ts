// PageRank (Brin & Page 1998) with damping 0.85 through graphology-metrics; dangling nodes
// spread their rank uniformly, as in networkx.
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph } from 'graphology-types';
import type { EdgeWeightGetter } from '../weights';

export const DEFAULTS = {
  getEdgeWeight: null as EdgeWeightGetter,
  alpha: 0.85,
  maxIterations: 1000,
  tolerance: 1e-10,
};
export type PagerankOptions = Partial<typeof DEFAULTS>;

export function pagerank(graph: AbstractGraph, options: PagerankOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  return pagerankCentrality(graph, {
    getEdgeWeight: o.getEdgeWeight as never,
    alpha: o.alpha,
    maxIterations: o.maxIterations,
    tolerance: o.tolerance,
  });
}
