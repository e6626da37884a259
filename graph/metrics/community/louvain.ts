// Communities by the Louvain method (Blondel et al. 2008) through
// graphology-communities-louvain, with a seeded random generator so the same network always
// gets the same partition; modularity (Newman 2006) of that partition. Louvain is greedy and
// order-dependent, so a few seeded runs are made (one in node order, the rest random walks)
// and the most modular partition kept.
import louvainCommunities from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../random';
import type { EdgeWeightGetter } from '../weights';

export const DEFAULTS = {
  getEdgeWeight: null as EdgeWeightGetter,
  resolution: 1,
  seed: 1,
  /** Runs to keep the best of; 1 is a single run in node order. */
  restarts: 3,
  /** Above this many nodes a single run is made (each run costs ~0.3 s at 30,000 contacts). */
  restartsUpTo: 5000,
};
export type LouvainOptions = Partial<typeof DEFAULTS>;

export interface Partition {
  /** Community number per contact, 0 for the largest community. */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

export function louvain(graph: AbstractGraph, options: LouvainOptions = {}): Partition {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return { communities: {}, count: 0, modularity: 0 };
  if (graph.size === 0) {
    const communities: Record<string, number> = {};
    graph.forEachNode((node, _a) => (communities[node] = Object.keys(communities).length));
    return { communities, count: graph.order, modularity: 0 };
  }
  let detailed = louvainCommunities.detailed(graph, {
    getEdgeWeight: o.getEdgeWeight as never,
    resolution: o.resolution,
    randomWalk: false,
    rng: seededRandom(o.seed),
  });
  const runs = graph.order > o.restartsUpTo ? 1 : o.restarts;
  for (let run = 1; run < runs; run++) {
    const next = louvainCommunities.detailed(graph, {
      getEdgeWeight: o.getEdgeWeight as never,
      resolution: o.resolution,
      rng: seededRandom(o.seed + run),
    });
    if (next.modularity > detailed.modularity + 1e-12) detailed = next;
  }
  // Renumber largest first, ties by first member seen, so numbers read the same every run.
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  let position = 0;
  for (const node in detailed.communities) {
    const c = detailed.communities[node];
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
    if (!firstSeen.has(c)) firstSeen.set(c, position++);
  }
  const ranked = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rename = new Map(ranked.map((c, i) => [c, i]));
  const communities: Record<string, number> = {};
  for (const node in detailed.communities) communities[node] = rename.get(detailed.communities[node])!;
  return { communities, count: ranked.length, modularity: detailed.modularity };
}

/** The community number per contact (see `louvain` for the modularity). */
export function communities(graph: AbstractGraph, options: LouvainOptions = {}): Record<string, number> {
  return louvain(graph, options).communities;
}
