// Density of an undirected simple graph: ties present over ties possible, m / (n(n-1)/2).
import type { AbstractGraph } from 'graphology-types';

export function density(graph: AbstractGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : graph.size / ((n * (n - 1)) / 2);
}
