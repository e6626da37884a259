// Every per-contact and network-level measure in one pass, as GET /api/metrics answers it.
// Computed on contacts and their ties with the ego left out. Topological by default (tie
// weights ignored), which is also the fast path; above `sampleAbove` contacts betweenness and
// closeness come from one shared pivot sample and the result says `approximate: true`.
import type { AbstractGraph } from 'graphology-types';
import { betweenness, isSampled, scaleBetweenness, DEFAULTS as BETWEENNESS } from './centrality/betweenness';
import { closeness } from './centrality/closeness';
import { degree } from './centrality/degree';
import { eigenvector } from './centrality/eigenvector';
import { pagerank } from './centrality/pagerank';
import { estimateByPivots } from './centrality/pivot-sampling';
import { localClustering } from './clustering/local-clustering';
import { componentCount } from './community/components';
import { louvain } from './community/louvain';
import { buildCsr, collect } from './csr';
import { density } from './density';
import { mutualTies } from './mutual-ties';
import { constraint } from './structural-holes/constraint';
import { effectiveSize } from './structural-holes/effective-size';
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

  let between: Record<string, number>;
  let close: Record<string, number>;
  let pivots: number | null = null;
  if (approximate) {
    const csr = buildCsr(graph, null);
    const estimate = estimateByPivots(csr, { pivots: o.pivots, seed: o.seed });
    between = collect(csr, scaleBetweenness(estimate.betweenness, graph.order, true));
    close = collect(csr, estimate.closeness);
    pivots = estimate.pivotsUsed;
  } else {
    between = betweenness(graph, { sampleAbove: Infinity });
    close = closeness(graph, { sampleAbove: Infinity });
  }
  const deg = degree(graph);
  const eig = eigenvector(graph, { getEdgeWeight });
  const pr = pagerank(graph, { getEdgeWeight });
  const clu = localClustering(graph, { getEdgeWeight });
  const con = constraint(graph, { getEdgeWeight });
  const eff = effectiveSize(graph, { getEdgeWeight });
  const mutual = mutualTies(graph);
  const partition = louvain(graph, { getEdgeWeight, seed: o.seed });

  const contacts: Record<string, ContactMetrics> = {};
  graph.forEachNode((id) => {
    contacts[id] = {
      degree: deg[id],
      betweenness: between[id],
      closeness: close[id],
      eigenvector: eig[id],
      pagerank: pr[id],
      clustering: clu[id],
      community: partition.communities[id],
      constraint: orNull(con[id]),
      effectiveSize: orNull(eff[id]),
      mutualTies: mutual[id],
    };
  });
  return {
    summary: {
      nodes: graph.order,
      edges: graph.size,
      density: density(graph),
      communities: partition.count,
      modularity: partition.modularity,
      components: componentCount(graph),
    },
    contacts,
    approximate,
    pivots,
  };
}
