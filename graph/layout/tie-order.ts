// Tie-aware order of contacts around the rings. Communities by Louvain modularity
// optimisation (Blondel et al. 2008, ./louvain-csr, seeded so the order is deterministic);
// communities chained greedily so strongly linked ones are neighbours; inside a community a
// breadth-first walk from its best-connected member, highest degree first.
import { mulberry32 } from '../sample/random';
import { louvainCsr } from './louvain-csr';

/** Undirected edges between node indices, deduplicated, as compressed adjacency (CSR). */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

export function buildAdjacency(n: number, edgeA: Int32Array, edgeB: Int32Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < edgeA.length; e++) {
    offsets[edgeA[e] + 1]++;
    offsets[edgeB[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  for (let e = 0; e < edgeA.length; e++) {
    targets[fill[edgeA[e]]++] = edgeB[e];
    targets[fill[edgeB[e]]++] = edgeA[e];
  }
  return { offsets, targets };
}

/** Louvain community of every node with ties; -1 for nodes without any. */
function communities(adj: Adjacency, seed: number): { of: Int32Array; count: number } {
  const n = adj.offsets.length - 1;
  const of = new Int32Array(n).fill(-1);
  if (adj.targets.length === 0) return { of, count: 0 };
  const weights = new Float64Array(adj.targets.length).fill(1);
  const found = louvainCsr({ offsets: adj.offsets, targets: adj.targets, weights }, mulberry32(seed));
  // Nodes without ties come out as singleton communities; renumber the others densely.
  const dense = new Int32Array(found.count).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (adj.offsets[i + 1] === adj.offsets[i]) continue;
    const c = found.communities[i];
    if (dense[c] < 0) dense[c] = count++;
    of[i] = dense[c];
  }
  return { of, count };
}

/** Communities in an order where each is followed by the unplaced one it shares most ties with. */
function chainCommunities(count: number, size: Int32Array, of: Int32Array, edgeA: Int32Array, edgeB: Int32Array): number[] {
  const links = new Map<number, number>();
  for (let e = 0; e < edgeA.length; e++) {
    const a = of[edgeA[e]];
    const b = of[edgeB[e]];
    if (a === b) continue;
    const key = a < b ? a * count + b : b * count + a;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  const neighbours: Array<Array<[number, number]>> = Array.from({ length: count }, () => []);
  for (const [key, w] of links) {
    const a = Math.floor(key / count);
    const b = key % count;
    neighbours[a].push([b, w]);
    neighbours[b].push([a, w]);
  }
  const bySize = Array.from({ length: count }, (_, c) => c).sort((x, y) => size[y] - size[x] || x - y);
  const placed = new Uint8Array(count);
  const order: number[] = [];
  let nextLargest = 0;
  while (order.length < count) {
    let next = -1;
    if (order.length > 0) {
      let best = 0;
      for (const [c, w] of neighbours[order[order.length - 1]]) {
        if (placed[c]) continue;
        if (w > best || (w === best && (size[c] > size[next] || (size[c] === size[next] && c < next)))) {
          best = w;
          next = c;
        }
      }
    }
    if (next < 0) {
      while (placed[bySize[nextLargest]]) nextLargest++;
      next = bySize[nextLargest];
    }
    placed[next] = 1;
    order.push(next);
  }
  return order;
}

/** Members of one community, breadth-first from the highest-degree member, neighbours by degree. */
function walkCommunity(members: number[], community: number, of: Int32Array, adj: Adjacency, seen: Uint8Array): number[] {
  const degree = (i: number) => adj.offsets[i + 1] - adj.offsets[i];
  const byDegree = (x: number, y: number) => degree(y) - degree(x) || x - y;
  const starts = [...members].sort(byDegree);
  const out: number[] = [];
  const batch: number[] = [];
  for (const start of starts) {
    if (seen[start]) continue;
    seen[start] = 1;
    let head = out.length;
    out.push(start);
    while (head < out.length) {
      const u = out[head++];
      batch.length = 0;
      for (let k = adj.offsets[u]; k < adj.offsets[u + 1]; k++) {
        const v = adj.targets[k];
        if (!seen[v] && of[v] === community) {
          seen[v] = 1;
          batch.push(v);
        }
      }
      batch.sort(byDegree);
      for (const v of batch) out.push(v);
    }
  }
  return out;
}

/** The last call of tieAwareGroups: its arguments (copied) and its answer. */
let last: { n: number; edgeA: Int32Array; edgeB: Int32Array; seed: number; groups: number[][] } | null = null;

const sameInts = (a: Int32Array, b: Int32Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Contacts in groups, in placement order around the rings. It depends on the ties only, not on
 * the orbits, so a contact moved to another orbit (the same contacts and ties) gets the last
 * answer again: the groups are most of the layout's work (at 1,500 contacts ~13 of ~18 ms in
 * the page's trace of a drop; at 30,000 ~0.13 of ~0.18 s in Node). Callers do not change the
 * answer.
 */
export function tieAwareGroups(n: number, edgeA: Int32Array, edgeB: Int32Array, seed: number): number[][] {
  if (last && last.n === n && last.seed === seed && sameInts(last.edgeA, edgeA) && sameInts(last.edgeB, edgeB)) return last.groups;
  const groups = groupsOf(n, edgeA, edgeB, seed);
  last = { n, edgeA: edgeA.slice(), edgeB: edgeB.slice(), seed, groups };
  return groups;
}

/**
 * Node indices grouped by community, groups in placement order, each group in walk order.
 * Nodes without ties form one last group in input order.
 */
function groupsOf(n: number, edgeA: Int32Array, edgeB: Int32Array, seed: number): number[][] {
  const adj = buildAdjacency(n, edgeA, edgeB);
  const { of, count } = communities(adj, seed);
  const members: number[][] = Array.from({ length: count }, () => []);
  const loose: number[] = [];
  for (let i = 0; i < n; i++) (of[i] < 0 ? loose : members[of[i]]).push(i);
  const size = Int32Array.from(members, (m) => m.length);
  const seen = new Uint8Array(n);
  const groups = chainCommunities(count, size, of, edgeA, edgeB).map((c) => walkCommunity(members[c], c, of, adj, seen));
  if (loose.length > 0) groups.push(loose);
  return groups;
}
