import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  closeness,
  constraint,
  degree,
  density,
  effectiveSize,
  eigenvector,
  localClustering,
  louvain,
  networkMetrics,
  pagerank,
} from '../../../graph/metrics';
import { expectClose, karate, reference } from './karate-fixture';

const extra = JSON.parse(readFileSync(new URL('../../fixtures/karate/extra.reference.json', import.meta.url), 'utf8'));

function weightedKarate(): UndirectedGraph {
  const g = karate();
  g.forEachEdge((e, _a, s, t) => {
    const [a, b] = [Number(s), Number(t)].sort((x, y) => x - y);
    g.setEdgeAttribute(e, 'weight', (((a * 7 + b * 3) % 5) + 1) / 5);
  });
  return g;
}

/** Karate with Zachary's own tie weights (networkx karate_club_graph), used by the reference PageRank and Louvain. */
function zachary(): UndirectedGraph {
  const g = karate();
  g.forEachEdge((e, _a, s, t) => {
    const [a, b] = [Number(s), Number(t)].sort((x, y) => x - y);
    g.setEdgeAttribute(e, 'weight', extra.zachary_weights[`${a}-${b}`]);
  });
  return g;
}

describe('metrics on Zachary karate club', () => {
  const g = karate();

  it('matches networkx betweenness (normalised, undirected) to 1e-9', () => {
    expectClose(betweenness(g), reference.betweenness_normalized, 1e-9);
  });

  it('ranks the same five brokers first as networkx', () => {
    const b = betweenness(g);
    const top = Object.keys(b).sort((x, y) => b[y] - b[x]).slice(0, 5);
    expect(top).toEqual(reference.top5_betweenness);
  });

  it('matches networkx closeness to 1e-9', () => {
    expectClose(closeness(g), reference.closeness, 1e-9);
  });

  it('matches networkx degree counts', () => {
    expectClose(degree(g), reference.degree, 0);
  });

  it('matches networkx local clustering to 1e-9', () => {
    expectClose(localClustering(g), reference.clustering, 1e-9);
  });

  it("matches networkx Burt's constraint to 1e-9", () => {
    expectClose(constraint(g), reference.constraint, 1e-9);
  });

  it("matches networkx Burt's effective size to 1e-9", () => {
    expectClose(effectiveSize(g), reference.effective_size, 1e-9);
  });

  it('matches networkx eigenvector centrality to 1e-6', () => {
    expectClose(eigenvector(g), reference.eigenvector, 1e-6);
  });

  it('matches networkx PageRank (alpha 0.85) to 1e-9', () => {
    expectClose(pagerank(g), extra.pagerank_unweighted, 1e-9);
  });

  it("matches networkx weighted PageRank on Zachary's tie weights within networkx's stopping tolerance", () => {
    // The reference stopped at networkx's default (L1 change < n x 1e-6), ours runs to 1e-10.
    expectClose(pagerank(zachary(), { getEdgeWeight: 'weight' }), reference.pagerank, 5e-5);
  });

  it('matches the density', () => {
    expect(density(g)).toBeCloseTo(reference.density, 12);
  });

  it('finds communities at least as modular as networkx Louvain with seed 1', () => {
    const p = louvain(g);
    expect(p.modularity).toBeGreaterThanOrEqual(extra.louvain_modularity_unweighted_networkx_seed1 - 1e-9);
    expect(p.count).toBeGreaterThanOrEqual(2);
  });

  it("finds weighted communities at least as modular as networkx's on Zachary's tie weights", () => {
    const p = louvain(zachary(), { getEdgeWeight: 'weight' });
    expect(p.modularity).toBeGreaterThanOrEqual(reference.louvain_modularity_networkx_seed1 - 1e-9);
  });

  it('gives the same partition on every run', () => {
    expect(louvain(karate()).communities).toEqual(louvain(karate()).communities);
  });
});

describe('networkMetrics on karate', () => {
  const m = networkMetrics(karate());
  const pick = (key: 'betweenness' | 'closeness' | 'clustering' | 'constraint' | 'effectiveSize' | 'degree' | 'eigenvector') =>
    Object.fromEntries(Object.entries(m.contacts).map(([id, c]) => [id, c[key] as number]));

  it('gives the reference values through the shared indices', () => {
    expectClose(pick('betweenness'), reference.betweenness_normalized, 1e-9);
    expectClose(pick('closeness'), reference.closeness, 1e-9);
    expectClose(pick('clustering'), reference.clustering, 1e-9);
    expectClose(pick('constraint'), reference.constraint, 1e-9);
    expectClose(pick('effectiveSize'), reference.effective_size, 1e-9);
    expectClose(pick('degree'), reference.degree, 0);
    expectClose(pick('eigenvector'), reference.eigenvector, 1e-6);
  });

  it('summarises the network', () => {
    expect(m.summary).toMatchObject({ nodes: 34, edges: 78, components: 1 });
    expect(m.summary.density).toBeCloseTo(reference.density, 12);
    expect(m.summary.modularity).toBeGreaterThanOrEqual(extra.louvain_modularity_unweighted_networkx_seed1 - 1e-9);
  });

  it('gives the reference values on the sampled path when pivots cover every contact', () => {
    const sampled = networkMetrics(karate(), { sampleAbove: 10, pivots: 34 });
    expect(sampled.approximate).toBe(true);
    const b = Object.fromEntries(Object.entries(sampled.contacts).map(([id, c]) => [id, c.betweenness]));
    const c = Object.fromEntries(Object.entries(sampled.contacts).map(([id, x]) => [id, x.closeness]));
    expectClose(b, reference.betweenness_normalized, 1e-9);
    expectClose(c, reference.closeness, 1e-9);
  });
});

describe('weighted structural holes and clustering on karate', () => {
  const g = weightedKarate();

  it("matches networkx weighted Burt's constraint to 1e-9", () => {
    expectClose(constraint(g, { getEdgeWeight: 'weight' }), extra.constraint, 1e-9);
  });

  it("matches networkx weighted Burt's effective size to 1e-9", () => {
    expectClose(effectiveSize(g, { getEdgeWeight: 'weight' }), extra.effective_size, 1e-9);
  });

  it('matches networkx weighted clustering to 1e-9', () => {
    expectClose(localClustering(g, { getEdgeWeight: 'weight' }), extra.clustering, 1e-9);
  });

  it('ignores weights when the getter is null', () => {
    expectClose(constraint(g, { getEdgeWeight: null }), reference.constraint, 1e-9);
  });
});

describe('metrics on a disconnected network', () => {
  const g = karate();
  for (const [a, b] of extra.disconnected.extra_edges) g.mergeEdge(a, b);
  g.addNode('z');

  it('applies the Wasserman-Faust closeness correction as networkx does', () => {
    expectClose(closeness(g), extra.disconnected.closeness, 1e-9);
  });

  it('normalises betweenness by the whole network size', () => {
    expectClose(betweenness(g), extra.disconnected.betweenness_normalized, 1e-9);
  });

  it("leaves Burt's measures undefined (NaN) for an isolated contact", () => {
    expect(constraint(g).z).toBeNaN();
    expect(effectiveSize(g).z).toBeNaN();
  });
});
