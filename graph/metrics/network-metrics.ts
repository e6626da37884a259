// Every per-contact and network-level measure in one pass, as GET /api/metrics answers it.
// Computed on contacts and their ties with the ego left out. Topological by default (tie
// weights ignored), which is also the fast path; above `sampleAbove` contacts betweenness and
// closeness come from one shared pivot sample and the result says `approximate: true` (below,
// the same searches run from every contact: exact Brandes). Every measure runs on one
// typed-array index, which a worker thread can build from transferred arrays
// (networkMetricsOfEdges) without a graphology graph.
import type { AbstractGraph } from 'graphology-types';
import { isSampled, scaleBetweenness, DEFAULTS as BETWEENNESS } from './centrality/betweenness';
import { eigenvectorOnIndex } from './centrality/eigenvector';
import { pagerankOnIndex } from './centrality/pagerank';
import { estimateByPivots } from './centrality/pivot-sampling';
import { localClusteringOnIndex } from './clustering/local-clustering';
import { componentIndex } from './community/components';
import { louvainOnIndex } from './community/louvain';
import { buildCsr, csrFromEdges, type Csr, type EdgeList } from './csr';
import { constraintOnIndex } from './structural-holes/constraint';
import { effectiveSizeOnIndex } from './structural-holes/effective-size';
import { tieWeight } from './weights';

export const DEFAULTS = {
  /** Use stored tie weights (as strengths) for eigenvector, PageRank, clustering, Louvain and Burt's measures. */
  weighted: false,
  sampleAbove: BETWEENNESS.sampleAbove,
  pivots: BETWEENNESS.pivots,
  seed: 1,
};
export type NetworkMetricsOptions = Partial<typeof DEFAULTS>;

export interface ContactMetrics {
  degree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  clustering: number;
  community: number;
  /** null for a contact without ties, where Burt's measures are undefined. */
  constraint: number | null;
  effectiveSize: number | null;
  mutualTies: number;
}

export interface NetworkSummary {
  nodes: number;
  edges: number;
  density: number;
  communities: number;
  modularity: number;
  components: number;
}

export interface NetworkMetrics {
  summary: NetworkSummary;
  contacts: Record<string, ContactMetrics>;
  /** True when betweenness and closeness were estimated from sampled pivots. */
  approximate: boolean;
  /** Pivots used when approximate, else null. */
  pivots: number | null;
}

/** Per node index, as computed; `contacts` of NetworkMetrics is this keyed by id. */
export interface MetricsArrays {
  summary: NetworkSummary;
  approximate: boolean;
  pivots: number | null;
  degree: Int32Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  eigenvector: Float64Array;
  pagerank: Float64Array;
  clustering: Float64Array;
  community: Int32Array;
  /** NaN where undefined (no ties). */
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/** Every measure on an index of the contact graph (`weighted` reads its weights too). */
export function metricsOnIndex(topo: Csr, weightedIndex: Csr | null, options: NetworkMetricsOptions = {}): MetricsArrays {
  const o = { ...DEFAULTS, ...options };
  const n = topo.ids.length;
  const index = o.weighted && weightedIndex ? weightedIndex : topo;
  const approximate = isSampled(n, { sampleAbove: o.sampleAbove });
  const components = componentIndex(topo);
  // Below the threshold every contact is a pivot, which is exact Brandes (and exact closeness).
  const estimate = estimateByPivots(topo, { pivots: approximate ? o.pivots : n, seed: o.seed }, components);
  const partition = louvainOnIndex(index, { seed: o.seed });
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) degree[i] = topo.starts[i + 1] - topo.starts[i];
  const edges = topo.neighbors.length / 2;
  return {
    summary: {
      nodes: n,
      edges,
      density: n < 2 ? 0 : edges / ((n * (n - 1)) / 2),
      communities: partition.count,
      modularity: partition.modularity,
      components: components.sizes.length,
    },
    approximate,
    pivots: approximate ? estimate.pivotsUsed : null,
    degree,
    betweenness: scaleBetweenness(estimate.betweenness, n, true),
    closeness: estimate.closeness,
    eigenvector: eigenvectorOnIndex(index),
    pagerank: pagerankOnIndex(index),
    clustering: localClusteringOnIndex(index),
    community: partition.community,
    constraint: constraintOnIndex(index),
    effectiveSize: effectiveSizeOnIndex(index),
  };
}

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

/** Key the per-index measures by contact id, as GET /api/metrics answers them. */
export function metricsByContact(ids: readonly string[], m: MetricsArrays): NetworkMetrics {
  const contacts: Record<string, ContactMetrics> = {};
  for (let i = 0; i < ids.length; i++) {
    contacts[ids[i]] = {
      degree: m.degree[i],
      betweenness: m.betweenness[i],
      closeness: m.closeness[i],
      eigenvector: m.eigenvector[i],
      pagerank: m.pagerank[i],
      clustering: m.clustering[i],
      community: m.community[i],
      constraint: orNull(m.constraint[i]),
      effectiveSize: orNull(m.effectiveSize[i]),
      // The user knows every contact, so everyone tied to this contact is a mutual tie.
      mutualTies: m.degree[i],
    };
  }
  return { summary: m.summary, contacts, approximate: m.approximate, pivots: m.pivots };
}

/**
 * The measures of contacts `ids` and ties given as index pairs (see csrFromEdges), with
 * `weight` the stored tie weight or NaN when unknown. Gives what networkMetrics gives on
 * contactGraph of the same contacts and ties, in the same order.
 */
export function networkMetricsOfEdges(ids: string[], edges: EdgeList, options: NetworkMetricsOptions = {}): MetricsArrays {
  const topo = csrFromEdges(ids, edges, false);
  let weighted: Csr | null = null;
  if (options.weighted && edges.weight) {
    const raw = edges.weight;
    const weight = new Float64Array(raw.length);
    for (let e = 0; e < raw.length; e++) weight[e] = raw[e] > 0 ? raw[e] : 1;
    weighted = csrFromEdges(ids, { ...edges, weight }, true);
  }
  return metricsOnIndex(topo, weighted, options);
}

export function networkMetrics(graph: AbstractGraph, options: NetworkMetricsOptions = {}): NetworkMetrics {
  const topo = buildCsr(graph, null);
  const weighted = options.weighted ? buildCsr(graph, tieWeight) : null;
  return metricsByContact(topo.ids, metricsOnIndex(topo, weighted, options));
}
