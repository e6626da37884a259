// Mutual ties: the user knows every contact, so the contacts a contact is tied to are the
// people the user and that contact both know. For a pair of contacts, the contacts tied to
// both of them.
import type { AbstractGraph } from 'graphology-types';

/** How many of the user's contacts also know each contact. */
export function mutualTies(graph: AbstractGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => (out[node] = graph.degreeWithoutSelfLoops(node)));
  return out;
}

/** Which of the user's contacts also know this contact, sorted by id. */
export function mutualTiesOf(graph: AbstractGraph, contact: string): string[] {
  return graph.neighbors(contact).filter((n) => n !== contact).sort();
}

/** The contacts both `a` and `b` know (common neighbours), sorted by id. */
export function mutualTiesBetween(graph: AbstractGraph, a: string, b: string): string[] {
  const ofA = new Set(graph.neighbors(a));
  return graph.neighbors(b).filter((n) => ofA.has(n) && n !== a && n !== b).sort();
}
