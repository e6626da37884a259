// Map views built on the analysis, as data the orbit map applies as classes and sizes: size
// nodes by a metric, colour by community, the weak-ties view, a lit intro path. Pure helpers,
// so the map component stays presentational.
import {
  communityLabels,
  contactGraph,
  describeContact,
  describeThresholds,
  type CommunityLabel,
  type ContactMetrics,
  type NetworkMetrics,
} from '../../graph/metrics';
import type { Contact, Tie } from '../../graph/model';
import { hexRgb, LIGHT_PALETTE, type MapPalette } from './palette';

export type SizeMetric = 'none' | 'degree' | 'betweenness' | 'closeness' | 'eigenvector' | 'pagerank' | 'score';

export const SIZE_METRIC_LABELS: Record<SizeMetric, string> = {
  none: 'Same size',
  degree: 'Mutual ties',
  betweenness: 'Brokerage (betweenness)',
  closeness: 'Closeness',
  eigenvector: 'Well-connected (eigenvector)',
  pagerank: 'PageRank',
  score: 'Tie strength',
};

/** Node diameters between `min` and `max` px, by the square root of the metric (area ~ value). */
export function nodeSizes(values: Record<string, number>, min = 10, max = 34): Record<string, number> {
  let top = 0;
  for (const v of Object.values(values)) if (Number.isFinite(v)) top = Math.max(top, v);
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(values)) {
    out[id] = top > 0 && Number.isFinite(v) ? min + (max - min) * Math.sqrt(Math.max(0, v) / top) : min;
  }
  return out;
}

export function metricValues(contacts: Record<string, ContactMetrics>, metric: Exclude<SizeMetric, 'none' | 'score'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, m] of Object.entries(contacts)) out[id] = m[metric];
  return out;
}

/** Community fill colours of the light theme (Okabe-Ito and Tol hues); the rest cycle. */
export const COMMUNITY_COLORS = LIGHT_PALETTE.community;

export function communityColor(community: number, palette: MapPalette = LIGHT_PALETTE): string {
  const colors = palette.community;
  return colors[((community % colors.length) + colors.length) % colors.length]!;
}

/** Colour for a tie-strength score: faint (0) to strong blue (100), a straight mix of the palette's ends. */
export function scoreColor(score: number, palette: MapPalette = LIGHT_PALETTE): string {
  const t = Math.max(0, Math.min(1, score / 100));
  const weak = hexRgb(palette.scoreWeak);
  const strong = hexRgb(palette.scoreStrong);
  const mix = (i: number) => Math.round(weak[i]! + (strong[i]! - weak[i]!) * t);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** Ids of contacts and tie keys ("a|b", sorted) on a path, for the path view. */
export function pathElements(hops: readonly { from: string; to: string }[]): { contacts: Set<string>; ties: Set<string> } {
  const contacts = new Set<string>();
  const ties = new Set<string>();
  for (const h of hops) {
    if (h.from !== 'ego') {
      contacts.add(h.from);
      ties.add([h.from, h.to].sort().join('|'));
    }
    contacts.add(h.to);
  }
  return { contacts, ties };
}

/**
 * Community names (most central members) and a describer of each contact's position in plain
 * words ("a broker between Maya Okafor's circle and Sam Lee's circle"), built once per answer.
 */
export function networkWords(
  metrics: NetworkMetrics,
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
  ties: readonly Pick<Tie, 'id' | 'source' | 'target' | 'weight'>[],
): { labels: CommunityLabel[]; describe: (id: string) => string[] } {
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  const community: Record<string, number> = {};
  const pagerank: Record<string, number> = {};
  for (const [id, m] of Object.entries(metrics.contacts)) {
    community[id] = m.community;
    pagerank[id] = m.pagerank;
  }
  const labels = communityLabels(community, pagerank, (id) => names.get(id) ?? id);
  const graph = contactGraph(contacts.filter((c) => c.id in metrics.contacts), ties);
  const thresholds = describeThresholds(metrics);
  return { labels, describe: (id) => (graph.hasNode(id) ? describeContact(graph, id, metrics, labels, thresholds) : []) };
}
