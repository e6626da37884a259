// Bridges, the weak ties that matter in a job search (Granovetter 1973): graph bridges, whose
// removal disconnects two parts of the network (Tarjan 1974, low-link numbers, iterative so a
// 30,000-contact chain cannot overflow the stack), and community bridges, the only tie between
// two communities.
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, type Csr } from './csr';

export interface Bridge {
  /** The tie's key in the graph. */
  edge: string;
  source: string;
  target: string;
  /** Removing the tie disconnects the network. */
  graphBridge: boolean;
  /** The tie is the only one between the two contacts' communities. */
  communityBridge: boolean;
}

/** Graph bridges as pairs of node indices (u < v). */
function graphBridgePairs(csr: Csr): Set<string> {
  const n = csr.ids.length;
  const { starts, neighbors } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const found = new Set<string>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = starts[root];
    while (top > 0) {
      const v = stack[top - 1];
      if (cursor[v] < starts[v + 1]) {
        const w = neighbors[cursor[v]++];
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = starts[w];
          stack[top++] = w;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], disc[w]);
        }
      } else {
        top--;
        const p = parent[v];
        if (p !== -1) {
          low[p] = Math.min(low[p], low[v]);
          if (low[v] > disc[p]) found.add(p < v ? `${p} ${v}` : `${v} ${p}`);
        }
      }
    }
  }
  return found;
}

/**
 * Ties that are graph bridges or the only link between two communities (`community` maps a
 * contact to its community, e.g. from `louvain`). Sorted by source then target id.
 */
export function bridges(graph: AbstractGraph, community: Record<string, number> = {}): Bridge[] {
  const csr = buildCsr(graph, null);
  const pairs = graphBridgePairs(csr);
  const between = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const cs = community[s];
    const ct = community[t];
    if (cs === undefined || ct === undefined || cs === ct) return;
    const key = cs < ct ? `${cs} ${ct}` : `${ct} ${cs}`;
    const list = between.get(key) ?? [];
    list.push(edge);
    between.set(key, list);
  });
  const onlyLinks = new Set<string>();
  for (const list of between.values()) if (list.length === 1) onlyLinks.add(list[0]);

  const out: Bridge[] = [];
  graph.forEachEdge((edge, _a, s, t) => {
    const i = csr.indexOf.get(s)!;
    const j = csr.indexOf.get(t)!;
    const graphBridge = pairs.has(i < j ? `${i} ${j}` : `${j} ${i}`);
    const communityBridge = onlyLinks.has(edge);
    if (!graphBridge && !communityBridge) return;
    const [source, target] = s < t ? [s, t] : [t, s];
    out.push({ edge, source, target, graphBridge, communityBridge });
  });
  return out.sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
}
