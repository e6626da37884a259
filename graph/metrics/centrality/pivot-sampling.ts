// Betweenness and closeness estimated from sampled pivots: Brandes & Pich 2007 ("Centrality
// estimation in large networks", uniform random pivots, dependencies scaled by n/k) and
// Eppstein & Wang 2004 for closeness (distances from k pivots estimate the mean distance).
// One breadth-first search per pivot feeds both. Pivots are drawn per connected component in
// proportion to its size (stratified, so no component is missed); a component with no more
// nodes than its share is computed exactly, and every component gets at least
// MIN_COMPONENT_PIVOTS pivots (small ones are therefore exact; the extra work is bounded by
// MIN_COMPONENT_PIVOTS searches' worth of ties).
import type { Csr } from '../csr';
import { componentIndex, type ComponentIndex } from '../community/components';
import { seededRandom } from '../random';

export const MIN_COMPONENT_PIVOTS = 50;

export interface PivotOptions {
  /** Pivot budget for the whole graph. */
  pivots: number;
  seed: number;
}

export interface PivotEstimate {
  /** Unnormalised betweenness (ordered-pair sum, as Brandes accumulates it). */
  betweenness: Float64Array;
  /** Closeness with the Wasserman-Faust factor, as networkx's default. */
  closeness: Float64Array;
  pivotsUsed: number;
  exact: boolean;
}

function drawPivots(csr: Csr, budget: number, seed: number, components: ComponentIndex): { pivots: Int32Array; weight: Float64Array; exact: boolean } {
  const n = csr.ids.length;
  const { component, sizes } = components;
  const members: number[][] = sizes.map(() => []);
  for (let i = 0; i < n; i++) members[component[i]].push(i);
  const rng = seededRandom(seed);
  const chosen: number[] = [];
  // weight[c]: how many nodes each pivot of component c stands for.
  const weight = new Float64Array(sizes.length);
  let exact = true;
  members.forEach((list, c) => {
    const size = list.length;
    const share = Math.min(size, Math.max(MIN_COMPONENT_PIVOTS, Math.ceil((budget * size) / Math.max(n, 1))));
    if (share < size) exact = false;
    // Partial Fisher-Yates: the first `share` entries become a uniform sample.
    for (let i = 0; i < share; i++) {
      const j = i + Math.floor(rng() * (size - i));
      const t = list[i];
      list[i] = list[j];
      list[j] = t;
      chosen.push(list[i]);
    }
    weight[c] = size / share;
  });
  const perNode = new Float64Array(n);
  for (let i = 0; i < n; i++) perNode[i] = weight[component[i]];
  return { pivots: Int32Array.from(chosen), weight: perNode, exact };
}

/** Estimate betweenness and closeness of every node from sampled pivots (unweighted paths). */
export function estimateByPivots(csr: Csr, options: PivotOptions, components: ComponentIndex = componentIndex(csr)): PivotEstimate {
  const n = csr.ids.length;
  const { starts, neighbors } = csr;
  const { pivots, weight, exact } = drawPivots(csr, options.pivots, options.seed, components);
  const { component, sizes } = components;

  const betweenness = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const pivotHits = new Int32Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);

  for (let p = 0; p < pivots.length; p++) {
    const s = pivots[p];
    // Phase 1: breadth-first search counting shortest paths.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let j = starts[v]; j < starts[v + 1]; j++) {
        const w = neighbors[j];
        if (dist[w] === -1) {
          dist[w] = dv;
          sigma[w] = 0;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] += sv;
      }
    }
    // Phase 2: dependencies accumulated in reverse order (Brandes 2001), predecessors found
    // by distance instead of stored lists.
    const scale = weight[s];
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i];
      const dw = dist[w] - 1;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let j = starts[w]; j < starts[w + 1]; j++) {
        const v = neighbors[j];
        if (dist[v] === dw) delta[v] += sigma[v] * coefficient;
      }
      if (w !== s) {
        betweenness[w] += delta[w] * scale;
        distanceSum[w] += dist[w];
        pivotHits[w]++;
      }
    }
    for (let i = 0; i < tail; i++) {
      const w = order[i];
      dist[w] = -1;
      delta[w] = 0;
    }
  }

  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const reachable = sizes[component[v]] - 1;
    if (reachable === 0 || pivotHits[v] === 0 || n < 2) continue;
    const totalDistance = (distanceSum[v] * reachable) / pivotHits[v];
    closeness[v] = (reachable / totalDistance) * (reachable / (n - 1));
  }
  return { betweenness, closeness, pivotsUsed: pivots.length, exact };
}
