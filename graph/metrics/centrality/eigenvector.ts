// Eigenvector centrality by power iteration on A + I (Bonacich 1972), through
// graphology-metrics; unit Euclidean norm as in networkx.
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import type { AbstractGraph } from 'graphology-types';
import type { Csr } from '../csr';
import type { EdgeWeightGetter } from '../weights';

export const DEFAULTS = {
  getEdgeWeight: null as EdgeWeightGetter,
  maxIterations: 1000,
  // networkx defaults, so the same iterations give the same values.
  tolerance: 1e-6,
};
export type EigenvectorOptions = Partial<typeof DEFAULTS>;

export function eigenvector(graph: AbstractGraph, options: EigenvectorOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  // With no ties every contact is equally (un)central; the iteration would divide by zero.
  if (graph.size === 0) {
    const out: Record<string, number> = {};
    graph.forEachNode((n) => (out[n] = 1 / Math.sqrt(graph.order)));
    return out;
  }
  return eigenvectorCentrality(graph, {
    getEdgeWeight: o.getEdgeWeight as never,
    maxIterations: o.maxIterations,
    tolerance: o.tolerance,
  });
}

/**
 * The same iteration on a prebuilt index (weighted when the index is), as graphology-metrics
 * runs it: x' = (A + I) x scaled to unit norm until the L1 change is below N * tolerance.
 */
export function eigenvectorOnIndex(csr: Csr, options: EigenvectorOptions = {}): Float64Array {
  const o = { ...DEFAULTS, ...options };
  const { starts, neighbors, weights } = csr;
  const n = csr.ids.length;
  if (n === 0) return new Float64Array(0);
  if (neighbors.length === 0) return new Float64Array(n).fill(1 / Math.sqrt(n));
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < o.maxIterations; iteration++) {
    next.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i];
      for (let j = starts[i]; j < starts[i + 1]; j++) next[neighbors[j]] += xi * weights[j];
    }
    // Euclidean norm, scaled against overflow as graphology's safeVariadicHypot.
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(next[i]));
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (next[i] / max) * (next[i] / max);
    const norm = max === Infinity ? 1 : max * Math.sqrt(sum);
    let error = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= norm;
      error += Math.abs(next[i] - x[i]);
    }
    [x, next] = [next, x];
    if (error < n * o.tolerance) return x;
  }
  throw new Error(`eigenvector: did not converge in ${o.maxIterations} iterations`);
}
