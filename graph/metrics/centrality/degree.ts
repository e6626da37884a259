// Degree: the number of ties a contact has to other contacts (Freeman 1979). Raw counts, as
// people read them; `normalized: true` divides by n - 1 as networkx's degree_centrality does.
import type { AbstractGraph } from 'graphology-types';

export const DEFAULTS = { normalized: false };
export type DegreeOptions = Partial<typeof DEFAULTS>;

export function degree(graph: AbstractGraph, options: DegreeOptions = {}): Record<string, number> {
  const { normalized } = { ...DEFAULTS, ...options };
  const scale = normalized && graph.order > 1 ? 1 / (graph.order - 1) : 1;
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    out[node] = graph.degreeWithoutSelfLoops(node) * scale;
  });
  return out;
}
