// What exploring needs beyond the network itself: each contact's score, nurture state and
// last contact (/api/insights), community and mutual ties (/api/metrics), and the dated orbit
// moves (/api/moves). Read-only. Each part is fetched only once something on screen wants it
// (metrics cost seconds on a big network), and again after the network changes.
import type { OrbitMove } from '../../graph/model';
import type { InsightFacts, NurtureState } from '../../graph/strength';
import { ApiError } from './api';
import { InsightsApi, type MetricsAnswer } from './insights.svelte';

export interface ContactFacts {
  score: number | undefined;
  nurture: NurtureState | null;
  lastContact: string | null;
  community: number | undefined;
  mutualTies: number | undefined;
}

export type FactKind = 'insights' | 'metrics' | 'moves';

export class ExploreFacts {
  readonly #api: InsightsApi;
  readonly #fetch: typeof fetch;
  #wanted = $state<Record<FactKind, boolean>>({ insights: false, metrics: false, moves: false });
  /** Only the facts view of the insights: the whole answer is 8.5 times the JSON to parse (12.9 MB at 30,000 contacts). */
  #insights = $state.raw<InsightFacts | null>(null);
  #metrics = $state.raw<MetricsAnswer | null>(null);
  /** Null until the first answer: a past date cannot be shown before the moves are in. */
  #moves = $state.raw<OrbitMove[] | null>(null);
  #byInsight = $derived(new Map((this.#insights?.contacts ?? []).map((c) => [c.id, c])));
  #communities = $derived(
    [...new Set(Object.values(this.#metrics?.contacts ?? {}).map((m) => m.community))].sort((a, b) => a - b),
  );
  #tokens: Record<FactKind, number> = { insights: 0, metrics: 0, moves: 0 };

  constructor(fetcher: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.#fetch = fetcher;
    this.#api = new InsightsApi('/api', fetcher);
  }

  /** Whether insights (score, nurture) have arrived; filters on them wait until then. */
  get loaded(): boolean {
    return this.#insights !== null;
  }
  get moves(): readonly OrbitMove[] {
    return this.#moves ?? [];
  }
  get movesLoaded(): boolean {
    return this.#moves !== null;
  }
  get communities(): readonly number[] {
    return this.#communities;
  }
  get wanted(): Readonly<Record<FactKind, boolean>> {
    return this.#wanted;
  }

  /** Ask for a part; the view's effect then loads it (and reloads it after changes). */
  want(kind: FactKind): void {
    if (!this.#wanted[kind]) this.#wanted[kind] = true;
  }

  of(id: string): ContactFacts | undefined {
    const insight = this.#byInsight.get(id);
    const metrics = this.#metrics?.contacts[id];
    if (!insight && !metrics) return undefined;
    return {
      score: insight?.score,
      nurture: insight?.nurture?.state ?? null,
      lastContact: insight?.nurture?.lastInteraction ?? null,
      community: metrics?.community,
      mutualTies: metrics?.mutualTies,
    };
  }

  /** Reload the wanted parts; an older answer never overwrites a newer one. Failures leave the old data. */
  async load(kinds: readonly FactKind[]): Promise<void> {
    await Promise.all(kinds.map((kind) => this.#loadOne(kind)));
  }

  async #loadOne(kind: FactKind): Promise<void> {
    const token = ++this.#tokens[kind];
    try {
      if (kind === 'insights') {
        const answer = await this.#api.insightFacts();
        if (token === this.#tokens[kind]) this.#insights = answer;
      } else if (kind === 'metrics') {
        const answer = await this.#api.metrics();
        if (token === this.#tokens[kind]) this.#metrics = answer;
      } else {
        const answer = await this.#movesList();
        if (token === this.#tokens[kind]) this.#moves = answer;
      }
    } catch {
      // Exploring works without the analysis; the analysis views report their own errors.
    }
  }

  async #movesList(): Promise<OrbitMove[]> {
    const response = await this.#fetch('/api/moves', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new ApiError(`GET /moves failed with HTTP ${response.status}`, response.status, 'Error');
    return (await response.json()) as OrbitMove[];
  }
}
