// Every per-contact and network-level measure in one pass, as GET /api/metrics answers it.
// Computed on contacts and their ties with the ego left out. Topological by default (tie
// weights ignored), which is also the fast path; above `sampleAbove` contacts betweenness comes
// from sampled shortest paths and closeness from sampled pivots, each with a standard error per
// contact, and the result says `approximate: true` with a `sampling` report (below, searches
// run from every contact: exact Brandes and exact closeness). Every measure runs on one
// typed-array index, which a worker thread can build from transferred arrays
// (networkMetricsOfEdges) without a graphology graph.
import type { AbstractGraph } from 'graphology-types';
import { isSampled, scaleBetweenness, DEFAULTS as BETWEENNESS } from './centrality/betweenness';
import { eigenvectorOnIndex } from './centrality/eigenvector';
import { pagerankOnIndex } from './centrality/pagerank';
import {
  finishEstimate,
  localityOrder,
  pivotsCoverAll,
  planPivots,
  searchPivotSlice,
  type PivotSums,
} from './centrality/pivot-sampling';
import {
  betweennessFromPaths,
  mergePathSums,
  planPaths,
  samplePathBlocks,
  sharedBlocks,
  type PathPlan,
  type PathSums,
} from './centrality/path-sampling';
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
  /** Pivots for closeness when sampled. */
  pivots: BETWEENNESS.pivots,
  /** Shortest-path samples for betweenness when sampled. */
  pathSamples: BETWEENNESS.pathSamples,
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
  /** Standard error of `betweenness`, present only when approximate. */
  betweennessError?: number;
  /** Standard error of `closeness`, present only when approximate. */
  closenessError?: number;
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
  /** How betweenness and closeness were sampled and how far to trust them; only when approximate. */
  sampling?: SamplingReport;
}

/** The stated error of sampled betweenness and closeness. */
export interface SamplingReport {
  method: string;
  pivots: number;
  /** Shortest paths sampled for betweenness. */
  pathSamples: number;
  /** Strata the closeness pivots were drawn from (communities within components). */
  strata: number;
  /** Whether the estimated top brokers are told apart from the rest: the 20th against the 21st. */
  topBrokers: {
    count: number;
    /** Estimated betweenness of the last one in and the first one out, and their gap in standard errors of the difference. */
    lastIn: number;
    firstOut: number;
    /** null when both are exact (no standard error). */
    gapInStandardErrors: number | null;
  } | null;
}

/** Per node index, as computed; `contacts` of NetworkMetrics is this keyed by id. */
export interface MetricsArrays {
  summary: NetworkSummary;
  approximate: boolean;
  pivots: number | null;
  sampling: SamplingReport | null;
  degree: Int32Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  /** Standard errors; all 0 when exact. */
  betweennessError: Float64Array;
  closenessError: Float64Array;
  eigenvector: Float64Array;
  pagerank: Float64Array;
  clustering: Float64Array;
  community: Int32Array;
  /** NaN where undefined (no ties). */
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/**
 * Samples paths of a plan elsewhere (another worker thread), claiming blocks through the
 * shared `counter` (see sharedBlocks) until none are left.
 */
export type PathSampler = (plan: PathPlan, counter: Int32Array) => Promise<PathSums>;

export const SAMPLING_METHOD =
  'betweenness: uniformly sampled shortest paths (bidirectional search); closeness: pivots stratified by component and Louvain community';
/** How many top brokers the sampling report checks the separation of. */
export const TOP_BROKERS = 20;

function topBrokers(betweenness: Float64Array, error: Float64Array): SamplingReport['topBrokers'] {
  const n = betweenness.length;
  if (n <= TOP_BROKERS) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => betweenness[b] - betweenness[a] || a - b);
  const lastIn = order[TOP_BROKERS - 1];
  const firstOut = order[TOP_BROKERS];
  const spread = Math.hypot(error[lastIn], error[firstOut]);
  const gap = betweenness[lastIn] - betweenness[firstOut];
  return {
    count: TOP_BROKERS,
    lastIn: betweenness[lastIn],
    firstOut: betweenness[firstOut],
    gapInStandardErrors: spread > 0 ? gap / spread : null,
  };
}

/**
 * Everything but the pivot searches and path samples, and how to finish once their sums are
 * in. The path samples need only the locality-ordered index, so their plan is handed to
 * `onPaths` (another thread starts on them) before Louvain, whose communities then stratify
 * the closeness pivots.
 */
function prepareMetrics(topo: Csr, weightedIndex: Csr | null, options: NetworkMetricsOptions, onPaths?: (paths: PathPlan) => void) {
  const o = { ...DEFAULTS, ...options };
  const n = topo.ids.length;
  const index = o.weighted && weightedIndex ? weightedIndex : topo;
  const approximate = isSampled(n, { sampleAbove: o.sampleAbove });
  const components = componentIndex(topo);
  // Below the threshold every contact is a pivot, which is exact Brandes (and exact closeness).
  // Above it, pivots for closeness only (distances) and betweenness from sampled shortest
  // paths, unless the pivots cover every contact anyway (then both are exact).
  const budget = approximate ? o.pivots : n;
  const order = localityOrder(topo);
  const paths = pivotsCoverAll(n, budget, components) ? null : planPaths(order.starts, order.neighbors, o.pathSamples, o.seed);
  if (paths) onPaths?.(paths);
  const partition = louvainOnIndex(index, { seed: o.seed });
  const { plan, rank, exact } = planPivots(
    topo,
    { pivots: budget, seed: o.seed, strata: approximate ? partition.community : undefined },
    components,
    order,
  );
  plan.dependencies = exact;
  const rest = () => ({
    eigenvector: eigenvectorOnIndex(index),
    pagerank: pagerankOnIndex(index),
    clustering: localClusteringOnIndex(index),
    constraint: constraintOnIndex(index),
    effectiveSize: effectiveSizeOnIndex(index),
  });
  const finish = (sums: PivotSums, pathSums: PathSums | null, others: ReturnType<typeof rest>): MetricsArrays => {
    const estimate = finishEstimate(plan, rank, sums, components, exact);
    if (pathSums) {
      const fromPaths = betweennessFromPaths(pathSums);
      for (let v = 0; v < n; v++) {
        estimate.betweenness[v] = fromPaths.betweenness[rank[v]];
        estimate.betweennessError[v] = fromPaths.error[rank[v]];
      }
    }
    const degree = new Int32Array(n);
    for (let i = 0; i < n; i++) degree[i] = topo.starts[i + 1] - topo.starts[i];
    const edges = topo.neighbors.length / 2;
    const betweenness = scaleBetweenness(estimate.betweenness, n, true);
    const betweennessError = scaleBetweenness(estimate.betweennessError, n, true);
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
      sampling: approximate
        ? {
            method: SAMPLING_METHOD,
            pathSamples: pathSums?.samples ?? 0,
            pivots: estimate.pivotsUsed,
            strata: estimate.strata,
            topBrokers: topBrokers(betweenness, betweennessError),
          }
        : null,
      degree,
      betweenness,
      closeness: estimate.closeness,
      betweennessError,
      closenessError: estimate.closenessError,
      community: partition.community,
      ...others,
    };
  };
  return { plan, paths, rest, finish };
}

/** Every measure on an index of the contact graph (`weighted` reads its weights too). */
export function metricsOnIndex(topo: Csr, weightedIndex: Csr | null, options: NetworkMetricsOptions = {}): MetricsArrays {
  const m = prepareMetrics(topo, weightedIndex, options);
  return m.finish(searchPivotSlice(m.plan), m.paths && samplePathBlocks(m.paths), m.rest());
}

/**
 * The same measures with the path samples shared with `elsewhere` (another thread): both claim
 * blocks from one shared counter, `elsewhere` from as soon as the index is in locality order
 * (before Louvain), this thread once it has the closeness pivots and every other measure done,
 * so the work balances itself. Equal to metricsOnIndex (each block's hits are the
 * same whoever samples it; hits are counts, added exactly).
 */
export async function metricsOnIndexSplit(
  topo: Csr,
  weightedIndex: Csr | null,
  options: NetworkMetricsOptions,
  elsewhere: PathSampler,
): Promise<MetricsArrays> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let remote = null as Promise<PathSums> | null;
  const m = prepareMetrics(topo, weightedIndex, options, (paths) => {
    remote = elsewhere(paths, counter);
    // If the other side fails, this one still owes no unhandled rejection before it is awaited.
    remote.catch(() => undefined);
  });
  if (!m.paths || !remote) return m.finish(searchPivotSlice(m.plan), m.paths && samplePathBlocks(m.paths), m.rest());
  const pivots = searchPivotSlice(m.plan);
  const others = m.rest();
  const local = samplePathBlocks(m.paths, sharedBlocks(counter));
  return m.finish(pivots, mergePathSums(local, await remote), others);
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
    if (m.approximate) {
      contacts[ids[i]].betweennessError = m.betweennessError[i];
      contacts[ids[i]].closenessError = m.closenessError[i];
    }
  }
  const answer: NetworkMetrics = { summary: m.summary, contacts, approximate: m.approximate, pivots: m.pivots };
  if (m.sampling) answer.sampling = m.sampling;
  return answer;
}

/**
 * The measures of contacts `ids` and ties given as index pairs (see csrFromEdges), with
 * `weight` the stored tie weight or NaN when unknown. Gives what networkMetrics gives on
 * contactGraph of the same contacts and ties, in the same order.
 */
export function networkMetricsOfEdges(ids: string[], edges: EdgeList, options: NetworkMetricsOptions = {}): MetricsArrays {
  const { topo, weighted } = indexesOfEdges(ids, edges, options);
  return metricsOnIndex(topo, weighted, options);
}

function indexesOfEdges(ids: string[], edges: EdgeList, options: NetworkMetricsOptions): { topo: Csr; weighted: Csr | null } {
  const topo = csrFromEdges(ids, edges, false);
  let weighted: Csr | null = null;
  if (options.weighted && edges.weight) {
    const raw = edges.weight;
    const weight = new Float64Array(raw.length);
    for (let e = 0; e < raw.length; e++) weight[e] = raw[e] > 0 ? raw[e] : 1;
    weighted = csrFromEdges(ids, { ...edges, weight }, true);
  }
  return { topo, weighted };
}

/** networkMetricsOfEdges with part of the pivot searches run by `elsewhere` (see metricsOnIndexSplit). */
export function networkMetricsOfEdgesSplit(
  ids: string[],
  edges: EdgeList,
  options: NetworkMetricsOptions,
  elsewhere: PathSampler,
): Promise<MetricsArrays> {
  const { topo, weighted } = indexesOfEdges(ids, edges, options);
  return metricsOnIndexSplit(topo, weighted, options, elsewhere);
}

export function networkMetrics(graph: AbstractGraph, options: NetworkMetricsOptions = {}): NetworkMetrics {
  const topo = buildCsr(graph, null);
  const weighted = options.weighted ? buildCsr(graph, tieWeight) : null;
  return metricsByContact(topo.ids, metricsOnIndex(topo, weighted, options));
}
