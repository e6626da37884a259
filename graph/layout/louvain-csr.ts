// Louvain modularity communities (Blondel, Guillaume, Lambiotte & Lefebvre 2008) on compressed
// adjacency arrays. graphology-communities-louvain gives the same quality (checked in tests),
// but building a graphology Graph costs ~1.2 s at 90,000 ties (object-keyed adjacency), more
// than the whole layout budget; here local moves and aggregation work on typed arrays.
import type { Rng } from '../sample/random';

/** Weighted undirected graph as CSR: both directions stored; a self-loop entry holds 2x its weight. */
export interface WeightedCsr {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Local moves until no node improves modularity; returns the community of each node. */
function localMoves(g: WeightedCsr, rng: Rng): { comm: Int32Array; moved: boolean } {
  const n = g.offsets.length - 1;
  const { offsets, targets, weights } = g;
  const k = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) k[i] += weights[e];
    m2 += k[i];
  }
  const comm = new Int32Array(n);
  for (let i = 0; i < n; i++) comm[i] = i;
  const tot = Float64Array.from(k);
  if (m2 === 0) return { comm, moved: false };
  const order = comm.slice();
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  // Fast local moves (Traag 2015, as graphology's fastLocalMoves): a queue of nodes to visit,
  // seeded with all of them; a node that moves puts back its neighbours outside its new community.
  const toComm = new Float64Array(n);
  const touched = new Int32Array(n);
  const queue = Int32Array.from(order);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  let movedAny = false;
  for (let visits = 0; size > 0 && visits < 50 * n; visits++) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const ci = comm[i];
    let nTouched = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      if (j === i) continue;
      const c = comm[j];
      if (toComm[c] === 0) touched[nTouched++] = c;
      toComm[c] += weights[e];
    }
    tot[ci] -= k[i];
    const ki = k[i] / m2;
    let best = ci;
    let bestGain = toComm[ci] - tot[ci] * ki;
    for (let t = 0; t < nTouched; t++) {
      const c = touched[t];
      const gain = toComm[c] - tot[c] * ki;
      if (gain > bestGain + 1e-12) {
        bestGain = gain;
        best = c;
      }
      toComm[c] = 0;
    }
    toComm[ci] = 0;
    tot[best] += k[i];
    if (best === ci) continue;
    comm[i] = best;
    movedAny = true;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = targets[e];
      if (queued[j] || comm[j] === best) continue;
      queued[j] = 1;
      queue[(head + size) % n] = j;
      size++;
    }
  }
  return { comm, moved: movedAny };
}

/** Communities renumbered 0..count-1 in order of first appearance. */
function renumber(comm: Int32Array): number {
  const map = new Int32Array(comm.length).fill(-1);
  let count = 0;
  for (let i = 0; i < comm.length; i++) {
    if (map[comm[i]] < 0) map[comm[i]] = count++;
    comm[i] = map[comm[i]];
  }
  return count;
}

/** The graph of communities: one node per community, ties summed, internal ties as self-loops. */
function aggregate(g: WeightedCsr, comm: Int32Array, count: number): WeightedCsr {
  const n = comm.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[comm[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[comm[i]]++] = i;
  const acc = new Float64Array(count);
  const touched = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let c = 0; c < count; c++) {
    let nTouched = 0;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const u = members[m];
      for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++) {
        const d = comm[g.targets[e]];
        if (acc[d] === 0) touched[nTouched++] = d;
        acc[d] += g.weights[e];
      }
    }
    for (let t = 0; t < nTouched; t++) {
      targets.push(touched[t]);
      weights.push(acc[touched[t]]);
      acc[touched[t]] = 0;
    }
    offsets[c + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/** Community of every node (0..count-1), the same for the same graph and rng seed. */
export function louvainCsr(graph: WeightedCsr, rng: Rng): { communities: Int32Array; count: number } {
  const n = graph.offsets.length - 1;
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let g = graph;
  let count = n;
  for (let level = 0; level < 20; level++) {
    const { comm, moved } = localMoves(g, rng);
    if (!moved) break;
    count = renumber(comm);
    for (let i = 0; i < n; i++) membership[i] = comm[membership[i]];
    g = aggregate(g, comm, count);
  }
  if (count === n) count = renumber(membership);
  return { communities: membership, count };
}

/** Modularity of a partition (Newman & Girvan 2004), for checking quality against other tools. */
export function modularity(graph: WeightedCsr, communities: Int32Array): number {
  const n = graph.offsets.length - 1;
  let m2 = 0;
  let inside = 0;
  const tot = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const w = graph.weights[e];
      m2 += w;
      tot.set(communities[i], (tot.get(communities[i]) ?? 0) + w);
      if (communities[graph.targets[e]] === communities[i]) inside += w;
    }
  }
  if (m2 === 0) return 0;
  let expected = 0;
  for (const t of tot.values()) expected += (t / m2) ** 2;
  return inside / m2 - expected;
}
