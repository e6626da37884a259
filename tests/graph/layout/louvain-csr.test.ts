import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { louvainCsr, modularity, type WeightedCsr } from '../../../graph/layout/louvain-csr';
import { buildAdjacency } from '../../../graph/layout/tie-order';
import { mulberry32, syntheticNetwork } from '../../../graph/sample';

function csr(n: number, edges: [number, number][]): WeightedCsr {
  const adj = buildAdjacency(n, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]));
  return { ...adj, weights: new Float64Array(adj.targets.length).fill(1) };
}

describe('louvainCsr', () => {
  it('splits two cliques joined by one tie into two communities', () => {
    const edges: [number, number][] = [];
    for (const base of [0, 5]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([base + i, base + j]);
    edges.push([4, 5]);
    const { communities, count } = louvainCsr(csr(10, edges), mulberry32(1));
    expect(count).toBe(2);
    expect(new Set(communities.slice(0, 5)).size).toBe(1);
    expect(new Set(communities.slice(5)).size).toBe(1);
    expect(communities[0]).not.toBe(communities[9]);
  });

  it('finds a partition as good as graphology-communities-louvain on a clustered network', () => {
    const net = syntheticNetwork({ contacts: 3000, seed: 8 });
    const index = new Map(net.contacts.map((c, i) => [c.id, i]));
    const g = csr(net.contacts.length, net.ties.map((t) => [index.get(t.source)!, index.get(t.target)!]));
    const ours = modularity(g, louvainCsr(g, mulberry32(1)).communities);

    const graph = new Graph({ type: 'undirected' });
    for (const c of net.contacts) graph.addNode(c.id);
    for (const t of net.ties) graph.addUndirectedEdge(t.source, t.target);
    const reference = louvain.detailed(graph, { rng: mulberry32(1), getEdgeWeight: null });
    // Same modularity definition on both partitions.
    const theirs = modularity(g, Int32Array.from(net.contacts, (c) => reference.communities[c.id]));
    expect(theirs).toBeCloseTo(reference.modularity, 6);
    expect(ours).toBeGreaterThan(theirs - 0.02);
  });

  it('is deterministic for a seed', () => {
    const net = syntheticNetwork({ contacts: 800, seed: 2 });
    const index = new Map(net.contacts.map((c, i) => [c.id, i]));
    const g = csr(net.contacts.length, net.ties.map((t) => [index.get(t.source)!, index.get(t.target)!]));
    expect(Array.from(louvainCsr(g, mulberry32(5)).communities)).toEqual(Array.from(louvainCsr(g, mulberry32(5)).communities));
  });

  it('leaves nodes without ties alone', () => {
    const { communities, count } = louvainCsr(csr(3, []), mulberry32(1));
    expect(count).toBe(3);
    expect(new Set(communities).size).toBe(3);
  });
});
