// Every per-contact and network-level measure in one pass, as GET /api/metrics answers it.
// Computed on contacts and their ties with the ego left out. Topological by default (tie
// weights ignored), which is also the fast path; above `sampleAbove` contacts betweenness and
// closeness come from one shared pivot sample and the result says `approximate: true`.
import type { AbstractGraph } from 'graphology-types';
import { betweenness, isSampled, scaleBetweenness, DEFAULTS as BETWEENNESS } from './centrality/betweenness';
import { closeness } from './centrality/closeness';
import { eigenvector } from './centrality/eigenvector';
import { pagerank } from './centrality/pagerank';
import { estimateByPivots } from './centrality/pivot-sampling';
import { localClusteringOnIndex } from './clustering/local-clustering';
import { componentIndex } from './community/components';
import { louvain } from './community/louvain';
import { buildCsr } from './csr';
import { density } from './density';
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

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

export function networkMetrics(graph: AbstractGraph, options: NetworkMetricsOptions = {}): NetworkMetrics {
  const o = { ...DEFAULTS, ...options };
  const getEdgeWeight = o.weighted ? tieWeight : null;
  const approximate = isSampled(graph.order, { sampleAbove: o.sampleAbove });
  // One topological index (and a weighted one when asked) serves every measure written here.
  const topo = buildCsr(graph, null);
  const index = o.weighted ? buildCsr(graph, tieWeight) : topo;
  const components = componentIndex(topo);

  let between: Float64Array | Record<string, number>;
  let close: Float64Array | Record<string, number>;
  let pivots: number | null = null;
  if (approximate) {
    const estimate = estimateByPivots(topo, { pivots: o.pivots, seed: o.seed }, components);
    between = scaleBetweenness(estimate.betweenness, graph.order, true);
    close = estimate.closeness;
    pivots = estimate.pivotsUsed;
  } else {
    between = betweenness(graph, { sampleAbove: Infinity });
    close = closeness(graph, { sampleAbove: Infinity });
  }
  const eig = eigenvector(graph, { getEdgeWeight });
  const pr = pagerank(graph, { getEdgeWeight });
  const clu = localClusteringOnIndex(index);
  const con = constraintOnIndex(index);
  const eff = effectiveSizeOnIndex(index);
  const partition = louvain(graph, { getEdgeWeight, seed: o.seed });

  const contacts: Record<string, ContactMetrics> = {};
  const { ids, starts } = topo;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const degree = starts[i + 1] - starts[i];
    contacts[id] = {
      degree,
      betweenness: between instanceof Float64Array ? between[i] : between[id],
      closeness: close instanceof Float64Array ? close[i] : close[id],
      eigenvector: eig[id],
      pagerank: pr[id],
      clustering: clu[i],
      community: partition.communities[id],
      constraint: orNull(con[i]),
      effectiveSize: orNull(eff[i]),
      // The user knows every contact, so everyone tied to this contact is a mutual tie.
      mutualTies: degree,
    };
  }
  return {
    summary: {
      nodes: graph.order,
      edges: graph.size,
      density: density(graph),
      communities: partition.count,
      modularity: partition.modularity,
      components: components.sizes.length,
    },
    contacts,
    approximate,
    pivots,
  };
}
