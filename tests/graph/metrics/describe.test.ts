import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { communityLabels, describeContact, networkMetrics, pagerank } from '../../../graph/metrics';

/** A design cluster and a finance cluster; Bo is the only one tied into both. */
function twoClusters(): UndirectedGraph {
  const g = new UndirectedGraph();
  const design = ['Ana', 'Ari', 'Avi', 'Ada'];
  const finance = ['Fay', 'Fin', 'Flo', 'Fox'];
  for (const group of [design, finance]) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) g.mergeEdge(group[i], group[j]);
  }
  g.mergeEdge('Bo', 'Ana');
  g.mergeEdge('Bo', 'Ari');
  g.mergeEdge('Bo', 'Fay');
  g.mergeEdge('Bo', 'Fin');
  g.addNode('Lone');
  return g;
}

describe('communityLabels', () => {
  it('names each community by its most central members', () => {
    const g = twoClusters();
    const m = networkMetrics(g);
    const communities = Object.fromEntries(Object.entries(m.contacts).map(([id, c]) => [id, c.community]));
    const labels = communityLabels(communities, pagerank(g), (id) => id);
    const ofAna = labels.find((l) => l.community === communities.Ana)!;
    expect(ofAna.leaders).toHaveLength(2);
    expect(ofAna.leaders.every((id) => communities[id] === communities.Ana)).toBe(true);
    expect(ofAna.label).toBe(ofAna.leaders.join(', '));
    expect(labels.reduce((s, l) => s + l.size, 0)).toBe(g.order);
  });
});

describe('describeContact', () => {
  const g = twoClusters();
  const m = networkMetrics(g);
  const communities = Object.fromEntries(Object.entries(m.contacts).map(([id, c]) => [id, c.community]));
  const labels = communityLabels(communities, pagerank(g), (id) => id);

  it('calls the contact between two clusters a broker between them', () => {
    const words = describeContact(g, 'Bo', m, labels);
    expect(words[0]).toMatch(/^a broker between .+'s circle and .+'s circle$/);
    expect(words).toContain('you both know 4 people');
  });

  it('describes a member of a clique as part of a tight-knit group, not a broker', () => {
    const words = describeContact(g, 'Ada', m, labels);
    expect(words.some((w) => w.startsWith('a broker'))).toBe(false);
    expect(words).toContain('sits in a tight-knit group');
  });

  it('says when a contact knows none of the others', () => {
    expect(describeContact(g, 'Lone', m, labels)).toEqual(['knows none of your other contacts (as far as you have recorded)']);
  });
});
