// What exploring needs beyond the network itself: each contact's score, nurture state and
// last contact (/api/insights), community and mutual ties (/api/metrics), and the dated orbit
// moves (/api/moves). Read-only; reloaded after the network changes.
import type { OrbitMove } from '../../graph/model';
import type { NurtureState } from '../../graph/strength';
import { ApiError } from './api';
import { InsightsApi } from './insights.svelte';

export interface ContactFacts {
  score: number;
  nurture: NurtureState | null;
  lastContact: string | null;
  community: number | undefined;
  mutualTies: number;
}

export class ExploreFacts {
  readonly #api: InsightsApi;
  readonly #fetch: typeof fetch;
  #byId = $state.raw<ReadonlyMap<string, ContactFacts>>(new Map());
  #moves = $state.raw<OrbitMove[]>([]);
  #communities = $state.raw<number[]>([]);
  #loaded = $state(false);
  #token = 0;

  constructor(fetcher: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.#fetch = fetcher;
    this.#api = new InsightsApi('/api', fetcher);
  }

  get loaded(): boolean {
    return this.#loaded;
  }
  get moves(): readonly OrbitMove[] {
    return this.#moves;
  }
  get communities(): readonly number[] {
    return this.#communities;
  }

  of(id: string): ContactFacts | undefined {
    return this.#byId.get(id);
  }

  /** Reload everything; an older answer never overwrites a newer one. */
  async load(): Promise<void> {
    const token = ++this.#token;
    const [insights, metrics, moves] = await Promise.all([
      this.#api.insights().catch(() => null),
      this.#api.metrics().catch(() => null),
      this.#movesList().catch(() => null),
    ]);
    if (token !== this.#token) return;
    const byId = new Map<string, ContactFacts>();
    for (const c of insights?.contacts ?? []) {
      const m = metrics?.contacts[c.id];
      byId.set(c.id, {
        score: c.score,
        nurture: c.nurture?.state ?? null,
        lastContact: c.nurture?.lastInteraction ?? null,
        community: m?.community,
        mutualTies: m?.mutualTies ?? 0,
      });
    }
    this.#byId = byId;
    this.#communities = [...new Set([...byId.values()].flatMap((f) => (f.community === undefined ? [] : [f.community])))].sort((a, b) => a - b);
    if (moves) this.#moves = moves;
    this.#loaded = true;
  }

  async #movesList(): Promise<OrbitMove[]> {
    const response = await this.#fetch('/api/moves', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new ApiError(`GET /moves failed with HTTP ${response.status}`, response.status, 'Error');
    return (await response.json()) as OrbitMove[];
  }
}
