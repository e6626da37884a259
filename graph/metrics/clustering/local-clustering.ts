// Local clustering coefficient (Watts & Strogatz 1998): the share of a contact's pairs of
// neighbours who are tied themselves; 0 below two neighbours. With weights, the geometric
// mean of normalised triangle weights (Onnela et al. 2005), as networkx's `clustering`.
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, collect, type Csr } from '../csr';
import type { EdgeWeightGetter } from '../weights';

export const DEFAULTS = { getEdgeWeight: null as EdgeWeightGetter };
export type ClusteringOptions = Partial<typeof DEFAULTS>;

export function localClustering(graph: AbstractGraph, options: ClusteringOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  const csr = buildCsr(graph, o.getEdgeWeight);
  return collect(csr, localClusteringOnIndex(csr));
}

/** The same on a prebuilt index (weighted when the index is). */
export function localClusteringOnIndex(csr: Csr): Float64Array {
  const { starts, neighbors, weights, weighted } = csr;
  const n = csr.ids.length;
  let maxWeight = 0;
  for (let j = 0; j < weights.length; j++) maxWeight = Math.max(maxWeight, weights[j]);
  if (maxWeight === 0) maxWeight = 1;

  // mark[w] = normalised weight of the edge u-w while u is processed, 0 otherwise.
  const mark = new Float64Array(n);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const d = starts[u + 1] - starts[u];
    if (d < 2) continue;
    for (let j = starts[u]; j < starts[u + 1]; j++) mark[neighbors[j]] = weights[j] / maxWeight;
    // Sum over ordered neighbour pairs (v, w) that are tied: each triangle counted twice.
    let sum = 0;
    for (let j = starts[u]; j < starts[u + 1]; j++) {
      const v = neighbors[j];
      const wuv = mark[v];
      for (let k = starts[v]; k < starts[v + 1]; k++) {
        const w = neighbors[k];
        if (w === u || mark[w] === 0) continue;
        sum += weighted ? Math.cbrt(wuv * mark[w] * (weights[k] / maxWeight)) : 1;
      }
    }
    for (let j = starts[u]; j < starts[u + 1]; j++) mark[neighbors[j]] = 0;
    result[u] = sum / (d * (d - 1));
  }
  return result;
}
