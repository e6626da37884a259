// A contact's position in the network in plain words, from the measures of networkMetrics:
// brokers (high betweenness, ties into several communities; Burt 1992 "structural holes"),
// tight-knit groups (high clustering), well-connected circles (high eigenvector centrality).
import type { AbstractGraph } from 'graphology-types';
import type { CommunityLabel } from './community/community-labels';
import type { NetworkMetrics } from './network-metrics';

export const DEFAULTS = {
  /** A contact in the top share of betweenness (and above zero) counts as a broker. */
  brokerTopShare: 0.05,
  /** Constraint at or below this, with 3+ ties, means their contacts mostly don't know each other. */
  lowConstraint: 0.35,
  tightClustering: 0.7,
};
export type DescribeOptions = Partial<typeof DEFAULTS>;

function topThreshold(values: number[], share: number): number {
  if (values.length === 0) return Infinity;
  const sorted = [...values].sort((a, b) => b - a);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * share) - 1))];
}

/** Thresholds computed once per network, shared by every description. */
export function describeThresholds(metrics: NetworkMetrics, options: DescribeOptions = {}) {
  const o = { ...DEFAULTS, ...options };
  const all = Object.values(metrics.contacts);
  return {
    ...o,
    broker: topThreshold(all.map((m) => m.betweenness), o.brokerTopShare),
    eigenvector: topThreshold(all.map((m) => m.eigenvector), o.brokerTopShare),
  };
}

export function describeContact(
  graph: AbstractGraph,
  id: string,
  metrics: NetworkMetrics,
  labels: readonly CommunityLabel[],
  thresholds = describeThresholds(metrics),
): string[] {
  const m = metrics.contacts[id];
  if (!m) return [];
  if (m.degree === 0) return ['knows none of your other contacts (as far as you have recorded)'];
  const out: string[] = [];
  const labelOf = new Map(labels.map((l) => [l.community, l.label]));
  const reached = new Map<number, number>();
  graph.forEachNeighbor(id, (n) => {
    const c = metrics.contacts[n]?.community;
    if (c !== undefined) reached.set(c, (reached.get(c) ?? 0) + 1);
  });
  const groups = [...reached.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  if (m.betweenness > 0 && m.betweenness >= thresholds.broker && groups.length >= 2) {
    const names = groups.slice(0, 2).map((c) => `${labelOf.get(c) ?? `group ${c + 1}`}'s circle`);
    out.push(`a broker between ${names[0]} and ${names[1]}`);
  } else if (m.betweenness > 0 && m.betweenness >= thresholds.broker) {
    out.push('on many of the shortest paths between your contacts');
  }
  if (m.constraint !== null && m.degree >= 3 && m.constraint <= thresholds.lowConstraint) {
    out.push("spans structural holes: many of their contacts don't know each other");
  }
  if (m.degree >= 3 && m.clustering >= thresholds.tightClustering) out.push('sits in a tight-knit group');
  if (m.eigenvector > 0 && m.eigenvector >= thresholds.eigenvector) out.push('close to the best-connected people you know');
  out.push(`you both know ${m.mutualTies} ${m.mutualTies === 1 ? 'person' : 'people'}`);
  return out;
}
