// Zachary's karate club (tests/fixtures/karate) as a graphology graph, and the networkx 3.6
// reference values computed independently on it.
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

const dir = new URL('../../fixtures/karate/', import.meta.url);

export interface KarateReference {
  nodes: number;
  edges: number;
  density: number;
  betweenness_normalized: Record<string, number>;
  closeness: Record<string, number>;
  degree: Record<string, number>;
  clustering: Record<string, number>;
  eigenvector: Record<string, number>;
  pagerank: Record<string, number>;
  constraint: Record<string, number>;
  effective_size: Record<string, number>;
  top5_betweenness: string[];
  louvain_modularity_networkx_seed1: number;
}

export const reference: KarateReference = JSON.parse(readFileSync(new URL('karate.reference.json', dir), 'utf8'));

export function karate(): UndirectedGraph {
  const xml = readFileSync(new URL('karate.graphml', dir), 'utf8');
  const graph = new UndirectedGraph();
  for (const m of xml.matchAll(/<node id="([^"]+)"/g)) graph.addNode(m[1]);
  for (const m of xml.matchAll(/<edge source="([^"]+)" target="([^"]+)"/g)) graph.addEdge(m[1], m[2]);
  return graph;
}

export function expectClose(actual: Record<string, number>, expected: Record<string, number>, tolerance: number): void {
  const keys = Object.keys(expected).sort();
  if (Object.keys(actual).sort().join() !== keys.join()) throw new Error('different node sets');
  for (const k of keys) {
    if (!(Math.abs(actual[k] - expected[k]) <= tolerance)) {
      throw new Error(`node ${k}: expected ${expected[k]}, got ${actual[k]} (tolerance ${tolerance})`);
    }
  }
}
