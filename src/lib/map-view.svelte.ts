// How the map shows the analysis (view state only): size by a metric, colour by orbit,
// community or score, the weak-ties view, the insights panel, and from them the overlay the
// map applies as classes and styles. Reads the network, the analysis and the selection.
import type { CommunityLabel } from '../../graph/metrics';
import type { InsightsState } from './insights.svelte';
import { communityColor, metricValues, networkWords, nodeSizes, pathElements, scoreColor, type SizeMetric } from './insight-views';
import { EMPTY_OVERLAY, mutualOf, tieKey, type MapOverlay } from './map-overlay';
import type { NetworkState } from './network-state.svelte';
import { LIGHT_PALETTE, type MapPalette } from './palette';
import type { Selection } from './selection.svelte';

export type ColorBy = 'orbit' | 'community' | 'score';

export const COLOR_BY_LABELS: Record<ColorBy, string> = { orbit: 'Orbit', community: 'Community', score: 'Tie strength' };

export interface CommunityLegendEntry {
  community: number;
  label: string;
  size: number;
  color: string;
}

export class MapView {
  readonly #network: NetworkState;
  readonly #insights: InsightsState;
  readonly #selection: Selection;
  readonly #scheme: { readonly palette: MapPalette };
  #sizeBy = $state<SizeMetric>('none');
  #colorBy = $state<ColorBy>('orbit');
  #weakTies = $state(false);
  #panelOpen = $state(false);

  /** Community names and position words, once per metrics answer. */
  #words = $derived.by(() => {
    const metrics = this.#insights.metrics;
    return metrics ? networkWords(metrics, this.#network.contacts, this.#network.ties) : null;
  });

  #communities = $derived.by(() => this.communitiesIn(this.#scheme.palette));
  #overlay = $derived.by(() => this.overlayIn(this.#scheme.palette));

  /**
   * `scheme` gives the palette the map is drawn in now (the overlay's colours follow it);
   * light when left out.
   */
  constructor(network: NetworkState, insights: InsightsState, selection: Selection, scheme: { readonly palette: MapPalette } = { palette: LIGHT_PALETTE }) {
    this.#network = network;
    this.#insights = insights;
    this.#selection = selection;
    this.#scheme = scheme;
  }

  /** Communities, largest first, coloured in `palette` (pictures are light whatever the screen). */
  communitiesIn(palette: MapPalette): CommunityLegendEntry[] {
    return (this.#words?.labels ?? [])
      .map((l: CommunityLabel) => ({ community: l.community, label: l.label, size: l.size, color: communityColor(l.community, palette) }))
      .sort((a, b) => b.size - a.size);
  }

  /** The overlay with its colours in `palette`. */
  overlayIn(palette: MapPalette): MapOverlay {
    if (this.#network.mapContacts.length === 0) return EMPTY_OVERLAY;
    const metrics = this.#insights.metrics;
    const scores = (): Record<string, number> =>
      Object.fromEntries(this.#network.mapContacts.map((c) => [c.id, this.#insights.insightFor(c.id)?.score ?? 0]));
    let sizes: Record<string, number> | null = null;
    if (this.#sizeBy === 'score') sizes = nodeSizes(scores());
    else if (this.#sizeBy !== 'none' && metrics) sizes = nodeSizes(metricValues(metrics.contacts, this.#sizeBy));
    let colors: Record<string, string> | null = null;
    if (this.#colorBy === 'community' && metrics) {
      colors = Object.fromEntries(Object.entries(metrics.contacts).map(([id, m]) => [id, communityColor(m.community, palette)]));
    } else if (this.#colorBy === 'score' && this.#insights.status !== 'idle') {
      colors = Object.fromEntries(Object.entries(scores()).map(([id, s]) => [id, scoreColor(s, palette)]));
    }
    const weak = this.#weakTies
      ? { contacts: this.#insights.weaklyHeld, ties: new Set(this.#insights.bridges.map((b) => tieKey(b.source, b.target))) }
      : null;
    const path = this.#insights.path;
    return {
      sizes,
      colors,
      weak,
      mutual: mutualOf(this.#selection.id, this.#network.ties),
      path: path ? pathElements(path.hops) : null,
    };
  }

  get sizeBy(): SizeMetric {
    return this.#sizeBy;
  }
  get colorBy(): ColorBy {
    return this.#colorBy;
  }
  get weakTies(): boolean {
    return this.#weakTies;
  }
  get panelOpen(): boolean {
    return this.#panelOpen;
  }
  /** True when something on screen needs /api/metrics and /api/insights. */
  get needsAnalysis(): boolean {
    return this.#panelOpen || this.#sizeBy !== 'none' || this.#colorBy !== 'orbit' || this.#weakTies || this.#selection.id !== null;
  }
  get overlay(): MapOverlay {
    return this.#overlay;
  }
  /** Communities, largest first, each named by its most central members. */
  get communities(): readonly CommunityLegendEntry[] {
    return this.#communities;
  }

  /** A contact's position in the network in words ("a broker between ..."). */
  describe(id: string): string[] {
    return this.#words?.describe(id) ?? [];
  }

  setSizeBy(metric: SizeMetric): void {
    this.#sizeBy = metric;
  }
  setColorBy(by: ColorBy): void {
    this.#colorBy = by;
  }
  setWeakTies(on: boolean): void {
    this.#weakTies = on;
  }
  togglePanel(): void {
    this.#panelOpen = !this.#panelOpen;
  }
  closePanel(): void {
    this.#panelOpen = false;
  }
}
