// The graph the metrics run on: one node per contact, one undirected edge per tie. The ego is
// left out on purpose: it touches everyone and would drown every measure.
import { UndirectedGraph } from 'graphology';
import type { Contact, Tie } from '../model';

export interface ContactNodeAttributes {
  name: string;
}

export interface TieEdgeAttributes {
  /** The tie's stored strength in (0, 1], or null when unknown. */
  weight: number | null;
}

export type ContactGraph = UndirectedGraph<ContactNodeAttributes, TieEdgeAttributes>;

/** Build the contact graph; ties whose ends are not among `contacts` are skipped. */
export function contactGraph(
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
  ties: readonly Pick<Tie, 'id' | 'source' | 'target' | 'weight'>[],
): ContactGraph {
  const graph: ContactGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const c of contacts) graph.mergeNode(c.id, { name: c.name });
  for (const t of ties) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    if (graph.hasEdge(t.source, t.target)) continue;
    graph.addEdgeWithKey(t.id, t.source, t.target, { weight: t.weight });
  }
  return graph;
}
