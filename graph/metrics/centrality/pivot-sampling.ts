// Betweenness and closeness estimated from sampled pivots: Brandes & Pich 2007 ("Centrality
// estimation in large networks", random pivots, dependencies scaled up to the whole network)
// and Eppstein & Wang 2004 for closeness (distances from the pivots estimate the total
// distance). One breadth-first search per pivot feeds both.
//
// Pivots are a stratified random sample (Cochran 1977, ch. 5): the contacts are split into
// strata, each stratum gets pivots in proportion to its size, drawn uniformly without
// replacement within it, and each pivot's dependencies count N_h/n_h times (N_h contacts, n_h
// pivots in stratum h), so the estimate stays unbiased. Strata are the connected components
// (no component is missed; one with no more contacts than its share is computed exactly, and
// every component gets at least MIN_COMPONENT_PIVOTS pivots, so small ones are exact) split by
// community when a partition is given (Louvain, computed for the metrics panel anyway). A
// broker's dependency on a pivot depends mostly on which side of it the pivot sits, i.e. on
// the pivot's community; fixing how many pivots each community gets removes that part of the
// sampling variance. At 30,000 contacts this halves the standard error of the top brokers
// against uniform pivots (tests/graph/metrics/sampling.test.ts). Communities whose share is
// under MIN_STRATUM_PIVOTS pivots are pooled into one stratum per component.
//
// Every estimate comes with its standard error, from the within-stratum sample variances
// (Cochran's v(y_st) = sum_h N_h^2 (1 - n_h/N_h) s_h^2 / n_h), 0 where computed exactly.
//
// The searches of a plan can be split into slices of whole strata (searchPivotSlice), run
// anywhere (another worker thread) and their sums added (mergePivotSums): the sums of every
// slice merged equal the sums of one run over all pivots up to rounding.
import type { Csr } from '../csr';
import { componentIndex, type ComponentIndex } from '../community/components';
import { seededRandom } from '../random';
import { searchDistanceSlice } from './multi-source-distances';

export const MIN_COMPONENT_PIVOTS = 50;
/** A community with a smaller proportional share of pivots is pooled with the other small ones. */
export const MIN_STRATUM_PIVOTS = 4;

export interface PivotOptions {
  /** Pivot budget for the whole graph. */
  pivots: number;
  seed: number;
  /** Community per node: pivots are stratified by it within each component. */
  strata?: Int32Array;
  /** False: distances only (closeness), no dependencies (betweenness then comes from elsewhere). */
  dependencies?: boolean;
}

/**
 * What the searches need, as typed arrays only (so it can be posted to a worker thread):
 * the index in locality order and the pivots grouped by stratum.
 */
export interface PivotPlan {
  /** starts/neighbors of the index in locality order (node i of the Csr is node rank[i] here). */
  starts: Int32Array;
  neighbors: Int32Array;
  /** Pivots in locality order, stratum by stratum. */
  pivots: Int32Array;
  /** Pivots of stratum h are pivots[strataStart[h] .. strataStart[h + 1]). */
  strataStart: Int32Array;
  /** Contacts each stratum stands for (N_h). */
  strataSize: Float64Array;
  /** Whether searches accumulate dependencies (betweenness) as well as distances. */
  dependencies: boolean;
}

/** Sums of a slice of the searches, per node in locality order. */
export interface PivotSums {
  /** Estimated ordered-pair betweenness sum (scaled dependencies). */
  between: Float64Array;
  /** Its estimated variance. */
  betweenVariance: Float64Array;
  /** Estimated total distance to the other contacts of the component. */
  distance: Float64Array;
  distanceVariance: Float64Array;
}

export interface PivotEstimate {
  /** Unnormalised betweenness (ordered-pair sum, as Brandes accumulates it). */
  betweenness: Float64Array;
  /** Standard error of `betweenness` (same scale), 0 where exact. */
  betweennessError: Float64Array;
  /** Closeness with the Wasserman-Faust factor, as networkx's default. */
  closeness: Float64Array;
  /** Standard error of `closeness` (delta method on the total distance), 0 where exact. */
  closenessError: Float64Array;
  pivotsUsed: number;
  /** Strata the pivots were drawn from. */
  strata: number;
  exact: boolean;
}

/** Partial Fisher-Yates: the first `k` entries of `list` become a uniform sample of it. */
function sampleInto(list: number[], k: number, rng: () => number, out: number[]): void {
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (list.length - i));
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
    out.push(list[i]);
  }
}

/** Pivots per component: its share of the budget, at least MIN_COMPONENT_PIVOTS, at most all of it. */
function componentShare(size: number, n: number, budget: number): number {
  return Math.min(size, Math.max(MIN_COMPONENT_PIVOTS, Math.ceil((budget * size) / Math.max(n, 1))));
}

/** Whether a pivot budget covers every contact (the searches are then exact), known before any is drawn. */
export function pivotsCoverAll(n: number, budget: number, components: ComponentIndex): boolean {
  return components.sizes.every((size) => componentShare(size, n, budget) === size);
}

/** Strata (lists of nodes) and their pivot counts; strata of one component are consecutive. */
function drawPivots(
  n: number,
  budget: number,
  seed: number,
  components: ComponentIndex,
  communities: Int32Array | undefined,
): { pivots: number[]; strataStart: number[]; strataSize: number[]; exact: boolean } {
  const { component, sizes } = components;
  const members: number[][] = sizes.map(() => []);
  for (let i = 0; i < n; i++) members[component[i]].push(i);
  const rng = seededRandom(seed);
  const pivots: number[] = [];
  const strataStart: number[] = [];
  const strataSize: number[] = [];
  let exact = true;
  const addStratum = (list: number[], k: number) => {
    strataStart.push(pivots.length);
    strataSize.push(list.length);
    sampleInto(list, Math.min(k, list.length), rng, pivots);
  };
  for (const list of members) {
    const size = list.length;
    const share = componentShare(size, n, budget);
    if (share === size || !communities) {
      if (share < size) exact = false;
      addStratum(list, share);
      continue;
    }
    exact = false;
    // Communities within the component, in order of first member (list is in node order).
    const byCommunity = new Map<number, number[]>();
    for (const v of list) {
      const c = communities[v];
      let group = byCommunity.get(c);
      if (!group) byCommunity.set(c, (group = []));
      group.push(v);
    }
    const perNode = share / size;
    const pooled: number[] = [];
    const strata: number[][] = [];
    for (const group of byCommunity.values()) {
      if (group.length * perNode < MIN_STRATUM_PIVOTS) pooled.push(...group);
      else strata.push(group);
    }
    if (pooled.length > 0) {
      // A pool still too small for a variance of its own joins the largest community.
      if (pooled.length * perNode >= MIN_STRATUM_PIVOTS || strata.length === 0) strata.push(pooled);
      else strata.reduce((a, b) => (b.length > a.length ? b : a)).push(...pooled);
    }
    for (const group of strata) addStratum(group, Math.max(2, Math.round(group.length * perNode)));
  }
  strataStart.push(pivots.length);
  return { pivots, strataStart, strataSize, exact };
}

/**
 * Node order for the searches: breadth-first from the best-connected node of each component,
 * so neighbours sit close together in memory. With ids shuffled (as imports leave them) this
 * halves the time of each search at 30,000 contacts (cache misses dominate).
 */
export interface LocalityOrder {
  /** Node i of the Csr is node rank[i] of starts/neighbors. */
  rank: Int32Array;
  starts: Int32Array;
  neighbors: Int32Array;
}

export function localityOrder(csr: Csr): LocalityOrder {
  const n = csr.ids.length;
  const { starts, neighbors } = csr;
  const byDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) byDegree[i] = i;
  byDegree.sort((a, b) => starts[b + 1] - starts[b] - (starts[a + 1] - starts[a]) || a - b);
  const rank = new Int32Array(n).fill(-1);
  const node = new Int32Array(n);
  let next = 0;
  for (let r = 0; r < n; r++) {
    const root = byDegree[r];
    if (rank[root] !== -1) continue;
    let head = next;
    rank[root] = next;
    node[next++] = root;
    while (head < next) {
      const v = node[head++];
      for (let j = starts[v]; j < starts[v + 1]; j++) {
        const w = neighbors[j];
        if (rank[w] === -1) {
          rank[w] = next;
          node[next++] = w;
        }
      }
    }
  }
  const rStarts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rStarts[i + 1] = rStarts[i] + starts[node[i] + 1] - starts[node[i]];
  const rNeighbors = new Int32Array(neighbors.length);
  for (let i = 0; i < n; i++) {
    const v = node[i];
    let k = rStarts[i];
    for (let j = starts[v]; j < starts[v + 1]; j++) rNeighbors[k++] = rank[neighbors[j]];
    rNeighbors.subarray(rStarts[i], k).sort();
  }
  return { rank, starts: rStarts, neighbors: rNeighbors };
}

/** The pivots and the locality-ordered index to search from; `rank` maps Csr nodes into it. */
export function planPivots(
  csr: Csr,
  options: PivotOptions,
  components: ComponentIndex = componentIndex(csr),
  order: LocalityOrder = localityOrder(csr),
): { plan: PivotPlan; rank: Int32Array; exact: boolean } {
  const drawn = drawPivots(csr.ids.length, options.pivots, options.seed, components, options.strata);
  const { rank, starts, neighbors } = order;
  const plan: PivotPlan = {
    starts,
    neighbors,
    pivots: Int32Array.from(drawn.pivots, (p) => rank[p]),
    strataStart: Int32Array.from(drawn.strataStart),
    strataSize: Float64Array.from(drawn.strataSize),
    dependencies: options.dependencies ?? true,
  };
  return { plan, rank, exact: drawn.exact };
}

export function emptySums(n: number): PivotSums {
  return {
    between: new Float64Array(n),
    betweenVariance: new Float64Array(n),
    distance: new Float64Array(n),
    distanceVariance: new Float64Array(n),
  };
}

/** Strata [0, cut) and [cut, strata) hold about `fraction` and the rest of the pivots' work. */
export function splitStrata(plan: PivotPlan, fraction: number): number {
  const { strataStart } = plan;
  const strata = strataStart.length - 1;
  const target = strataStart[strata] * fraction;
  let cut = 0;
  while (cut < strata && strataStart[cut + 1] <= target) cut++;
  // The stratum straddling the target goes to the side it mostly lies on.
  if (cut < strata && target - strataStart[cut] > strataStart[cut + 1] - target) cut++;
  return cut;
}

/**
 * A stratum of `k` pivots among its `size` nodes: `weight` scales its sums to the whole
 * stratum, and `factor` times the spread of a node's values is its share of the stratified
 * variance, N^2 (1 - k/N) / k times the sample variance (sum of squares - sum^2/k) / (k - 1).
 */
export function stratumWeights(k: number, size: number): { weight: number; factor: number } {
  return { weight: size / k, factor: k < size && k > 1 ? (size * (size - k)) / (k * (k - 1)) : 0 };
}

/** Sum of squares minus sum^2 / k over `k` values, never below 0 (rounding). */
export function spread(squares: number, sum: number, k: number): number {
  return Math.max(0, squares - (sum * sum) / k);
}

/**
 * The searches from the pivots of strata [fromStratum, toStratum) of `plan`, added into `sums`
 * (a fresh one by default). Unweighted shortest paths; without dependencies the distances come
 * from multi-source searches (./multi-source-distances.ts), the same sums.
 */
export function searchPivotSlice(
  plan: PivotPlan,
  fromStratum = 0,
  toStratum = plan.strataStart.length - 1,
  sums: PivotSums = emptySums(plan.starts.length - 1),
): PivotSums {
  // Distances only (closeness): many pivots per breadth-first search.
  if (!plan.dependencies) return searchDistanceSlice(plan, fromStratum, toStratum, sums);
  const { starts, neighbors, pivots, strataStart, strataSize } = plan;
  const n = starts.length - 1;
  const { between, betweenVariance, distance, distanceVariance } = sums;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // coefficient[w] = (1 + delta[w]) / sigma[w], what w passes back to each predecessor per
  // shortest path; 0 until w's level is done, so summing it over all neighbours of a node
  // counts exactly its successors (the level below).
  const coefficient = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 1);
  // Within the current stratum: sums and sums of squares of dependencies and distances.
  const sumB = new Float64Array(n);
  const squaresB = new Float64Array(n);
  const sumD = new Float64Array(n);
  const squaresD = new Float64Array(n);

  for (let h = fromStratum; h < toStratum; h++) {
    const first = strataStart[h];
    const last = strataStart[h + 1];
    if (first === last) continue;
    let tail = 0;
    for (let p = first; p < last; p++) {
      const s = pivots[p];
      tail = 0;
      order[tail++] = s;
      dist[s] = 0;
      // Phase 1: breadth-first search counting shortest paths; order holds each level in turn.
      let head = 0;
      let levels = 0;
      sigma[s] = 1;
      while (head < tail) {
        const v = order[head];
        if (head === 0 || dist[order[head - 1]] !== dist[v]) levelStart[levels++] = head;
        head++;
        const dv = dist[v] + 1;
        const sv = sigma[v];
        const end = starts[v + 1];
        for (let j = starts[v]; j < end; j++) {
          const w = neighbors[j];
          const dw = dist[w];
          if (dw === -1) {
            dist[w] = dv;
            sigma[w] = sv;
            order[tail++] = w;
          } else if (dw === dv) sigma[w] += sv;
        }
      }
      levelStart[levels] = tail;
      // Phase 2: dependencies level by level from the deepest (Brandes 2001), pulled from the
      // successors rather than pushed to predecessors: one write per node instead of per tie.
      for (let level = levels - 1; level > 0; level--) {
        const from = levelStart[level];
        const to = levelStart[level + 1];
        for (let i = from; i < to; i++) {
          const v = order[i];
          let sum = 0;
          const end = starts[v + 1];
          for (let j = starts[v]; j < end; j++) sum += coefficient[neighbors[j]];
          delta[i] = sigma[v] * sum;
        }
        for (let i = from; i < to; i++) {
          const v = order[i];
          const d = delta[i];
          coefficient[v] = (1 + d) / sigma[v];
          sumB[v] += d;
          squaresB[v] += d * d;
          sumD[v] += level;
          squaresD[v] += level * level;
        }
      }
      for (let i = 0; i < tail; i++) {
        const w = order[i];
        dist[w] = -1;
        coefficient[w] = 0;
      }
    }
    // Fold the stratum in: every pivot of a stratum reaches the same nodes (one component),
    // the ones the last search left in `order`.
    const k = last - first;
    const { weight, factor } = stratumWeights(k, strataSize[h]);
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      const sb = sumB[v];
      const sd = sumD[v];
      between[v] += weight * sb;
      distance[v] += weight * sd;
      if (factor > 0) {
        betweenVariance[v] += factor * spread(squaresB[v], sb, k);
        distanceVariance[v] += factor * spread(squaresD[v], sd, k);
      }
      sumB[v] = 0;
      squaresB[v] = 0;
      sumD[v] = 0;
      squaresD[v] = 0;
    }
  }
  return sums;
}

/** Add `from` into `into` (sums of disjoint slices of one plan). */
export function mergePivotSums(into: PivotSums, from: PivotSums): PivotSums {
  for (const key of ['between', 'betweenVariance', 'distance', 'distanceVariance'] as const) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] += b[i];
  }
  return into;
}

/** Per-node estimates (in Csr order) from the sums of every stratum of a plan. */
export function finishEstimate(
  plan: PivotPlan,
  rank: Int32Array,
  sums: PivotSums,
  components: ComponentIndex,
  exact: boolean,
): PivotEstimate {
  const n = rank.length;
  const { component, sizes } = components;
  const betweenness = new Float64Array(n);
  const betweennessError = new Float64Array(n);
  const closeness = new Float64Array(n);
  const closenessError = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const r = rank[v];
    betweenness[v] = sums.between[r];
    betweennessError[v] = Math.sqrt(sums.betweenVariance[r]);
    const reachable = sizes[component[v]] - 1;
    const total = sums.distance[r];
    if (reachable === 0 || !(total > 0) || n < 2) continue;
    closeness[v] = (reachable / total) * (reachable / (n - 1));
    closenessError[v] = (closeness[v] * Math.sqrt(sums.distanceVariance[r])) / total;
  }
  return {
    betweenness,
    betweennessError,
    closeness,
    closenessError,
    pivotsUsed: plan.pivots.length,
    strata: plan.strataStart.length - 1,
    exact,
  };
}

/** Estimate betweenness and closeness of every node from sampled pivots (unweighted paths). */
export function estimateByPivots(csr: Csr, options: PivotOptions, components: ComponentIndex = componentIndex(csr)): PivotEstimate {
  const { plan, rank, exact } = planPivots(csr, options, components);
  return finishEstimate(plan, rank, searchPivotSlice(plan), components, exact);
}
