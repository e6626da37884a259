// Compressed sparse rows of an undirected graph: node i's neighbours are
// neighbors[starts[i] .. starts[i+1]), with the matching weights. Hot loops work on these
// typed arrays instead of the graphology object API.
import type { AbstractGraph } from 'graphology-types';
import { resolveEdgeWeight, type EdgeWeightGetter } from './weights';

export interface Csr {
  ids: string[];
  indexOf: Map<string, number>;
  starts: Int32Array;
  neighbors: Int32Array;
  /** Edge weights aligned with `neighbors`; all 1 for a topological index. */
  weights: Float64Array;
  weighted: boolean;
}

/** Index an undirected simple graph; self-loops are ignored. */
export function buildCsr(graph: AbstractGraph, getEdgeWeight: EdgeWeightGetter = null): Csr {
  const weightOf = resolveEdgeWeight(getEdgeWeight);
  const ids: string[] = graph.nodes();
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i], i);

  const degree = new Int32Array(n + 1);
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    degree[indexOf.get(s)!]++;
    degree[indexOf.get(t)!]++;
  });
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + degree[i];
  const fill = starts.slice(0, n);
  const neighbors = new Int32Array(starts[n]);
  const weights = new Float64Array(starts[n]).fill(1);
  graph.forEachEdge((e, a, s, t) => {
    if (s === t) return;
    const i = indexOf.get(s)!;
    const j = indexOf.get(t)!;
    const w = weightOf ? weightOf(e, a, s, t) : 1;
    neighbors[fill[i]] = j;
    weights[fill[i]++] = w;
    neighbors[fill[j]] = i;
    weights[fill[j]++] = w;
  });
  return { ids, indexOf, starts, neighbors, weights, weighted: weightOf !== null };
}

/** Collect a per-index array into a record keyed by node id. */
export function collect(csr: Csr, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < csr.ids.length; i++) out[csr.ids[i]] = values[i];
  return out;
}
