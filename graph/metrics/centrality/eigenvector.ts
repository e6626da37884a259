// Eigenvector centrality by power iteration on A + I (Bonacich 1972), through
// graphology-metrics; unit Euclidean norm as in networkx.
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import type { AbstractGraph } from 'graphology-types';
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
