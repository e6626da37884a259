// Compressed sparse rows of an undirected graph: node i's neighbours are
// neighbors[starts[i] .. starts[i+1]), with the matching weights. Hot loops work on these
// typed arrays instead of the graphology object API. The index is built from an edge list
// (ends as node indices), so a worker thread can build it from transferred typed arrays
// without a graphology graph (which costs ~1 s to build at 90,000 ties).
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

/** Edges as index pairs; -1 marks an end that is not a node (the edge is skipped). */
export interface EdgeList {
  source: Int32Array;
  target: Int32Array;
  /** Weight per edge, used only for a weighted index. */
  weight?: Float64Array;
}

/**
 * Index nodes `ids` and the edges of `edges`, in edge order. Self-loops, edges with a missing
 * end and repeats of a pair already seen are skipped (the first one wins), as contactGraph does.
 */
export function csrFromEdges(ids: string[], edges: EdgeList, weighted = false): Csr {
  const n = ids.length;
  const { source, target } = edges;
  const m = source.length;
  const keep = new Uint8Array(m);
  const seen = new Set<number>();
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const a = source[e];
    const b = target[e];
    if (a < 0 || b < 0 || a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    if (seen.has(pair)) continue;
    seen.add(pair);
    keep[e] = 1;
    degree[a]++;
    degree[b]++;
  }
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + degree[i];
  const fill = starts.slice(0, n);
  const neighbors = new Int32Array(starts[n]);
  const weights = new Float64Array(starts[n]).fill(1);
  const weightOf = weighted ? edges.weight : undefined;
  for (let e = 0; e < m; e++) {
    if (!keep[e]) continue;
    const i = source[e];
    const j = target[e];
    const w = weightOf ? weightOf[e] : 1;
    neighbors[fill[i]] = j;
    weights[fill[i]++] = w;
    neighbors[fill[j]] = i;
    weights[fill[j]++] = w;
  }
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i], i);
  return { ids, indexOf, starts, neighbors, weights, weighted };
}

/** Index an undirected simple graph; self-loops are ignored. */
export function buildCsr(graph: AbstractGraph, getEdgeWeight: EdgeWeightGetter = null): Csr {
  const weightOf = resolveEdgeWeight(getEdgeWeight);
  const ids: string[] = graph.nodes();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const weight = weightOf ? new Float64Array(graph.size) : undefined;
  let k = 0;
  graph.forEachEdge((e, a, s, t) => {
    source[k] = indexOf.get(s)!;
    target[k] = indexOf.get(t)!;
    if (weight) weight[k] = weightOf!(e, a, s, t);
    k++;
  });
  return csrFromEdges(ids, { source, target, weight }, weightOf !== null);
}

/** Collect a per-index array into a record keyed by node id. */
export function collect(csr: Csr, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < csr.ids.length; i++) out[csr.ids[i]] = values[i];
  return out;
}
