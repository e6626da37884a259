// PageRank (Brin & Page 1998) with damping 0.85 through graphology-metrics; dangling nodes
// spread their rank uniformly, as in networkx.
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph } from 'graphology-types';
import type { Csr } from '../csr';
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

/**
 * The same iteration on a prebuilt index (weighted when the index is), as graphology-metrics
 * runs it: x' = alpha * (P^T x + dangling / N) + (1 - alpha) / N until the L1 change is below
 * N * tolerance. Per node index.
 */
export function pagerankOnIndex(csr: Csr, options: PagerankOptions = {}): Float64Array {
  const o = { ...DEFAULTS, ...options };
  const { starts, neighbors, weights } = csr;
  const n = csr.ids.length;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = starts[i]; j < starts[i + 1]; j++) strength[i] += weights[j];
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (strength[i] === 0) dangling.push(i);
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i];
    dangleSum *= o.alpha;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const share = (o.alpha * x[i]) / (strength[i] || 1);
      for (let j = starts[i]; j < starts[i + 1]; j++) next[neighbors[j]] += share * weights[j];
      next[i] += dangleSum * p + (1 - o.alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i] - x[i]);
    [x, next] = [next, x];
    if (error < n * o.tolerance) return x;
  }
  throw new Error(`pagerank: did not converge in ${o.maxIterations} iterations`);
}
