// The analysis as the UI knows it: network metrics, tie-strength insights, bridges and the
// intro path currently shown. Loaded from /api/metrics, /api/insights, /api/bridges and
// /api/path; reloaded when the network changes (refresh after any write). View state such
// as the highlighted path is kept here, never in the network data.
import type { Bridge, ContactMetrics, NetworkSummary, SamplingReport } from '../../graph/metrics';
import type { OrbitId } from '../../graph/model';
import type { ContactInsight, NurtureStatus, OrbitCapacity, InsightFacts } from '../../graph/strength';
import { ApiError } from './api';
import type { Toasts } from './toasts.svelte';

export interface MetricsAnswer {
  summary: NetworkSummary;
  contacts: Record<string, ContactMetrics>;
  approximate: boolean;
  pivots: number | null;
  /** When approximate: how betweenness and closeness were sampled (per-contact errors are in `contacts`). */
  sampling?: SamplingReport;
}

export interface InsightsAnswer {
  contacts: ContactInsight[];
  nurture: NurtureStatus[];
  capacity: Record<OrbitId, OrbitCapacity>;
  weaklyHeld: string[];
  today: string;
}

export interface PathHop {
  from: string;
  to: string;
  strength: number;
  fromName: string;
  toName: string;
}

export interface PathAnswer {
  to: string;
  strength: number;
  hops: PathHop[];
}

/** Reads the analysis endpoints; failures are ApiErrors with the server's message. */
export class InsightsApi {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  constructor(base = '/api', fetcher: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.#base = base;
    this.#fetch = fetcher;
  }

  async #get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}${path}`, { headers: { accept: 'application/json' } });
    } catch (err) {
      throw new ApiError(`Cannot reach the Career Orbit server (${(err as Error).message}).`, 0, 'UnavailableError');
    }
    const data = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    if (!response.ok) throw new ApiError(data.message || `GET ${path} failed with HTTP ${response.status}`, response.status, data.error || 'Error');
    return data as T;
  }

  metrics(): Promise<MetricsAnswer> {
    return this.#get('/metrics');
  }
  insights(): Promise<InsightsAnswer> {
    return this.#get('/insights');
  }
  /** Only each contact's score, nurture state and last interaction (an eighth of `insights`). */
  insightFacts(): Promise<InsightFacts> {
    return this.#get('/insights?view=facts');
  }
  bridges(): Promise<{ bridges: Bridge[] }> {
    return this.#get('/bridges');
  }
  path(to: string): Promise<PathAnswer> {
    return this.#get(`/path?to=${encodeURIComponent(to)}`);
  }
}

export type InsightsStatus = 'idle' | 'loading' | 'ready' | 'failed';

export class InsightsState {
  readonly #api: InsightsApi;
  readonly #toasts: Toasts;
  #status = $state<InsightsStatus>('idle');
  #metrics = $state.raw<MetricsAnswer | null>(null);
  #insights = $state.raw<InsightsAnswer | null>(null);
  #bridges = $state.raw<Bridge[]>([]);
  #path = $state.raw<PathAnswer | null>(null);
  #token = 0;

  #byId = $derived(new Map((this.#insights?.contacts ?? []).map((c) => [c.id, c])));
  #misplaced = $derived((this.#insights?.contacts ?? []).filter((c) => c.flags.some((f) => f.code === 'misplaced')));
  #weak = $derived(new Set(this.#insights?.weaklyHeld ?? []));

  constructor(api: InsightsApi, toasts: Toasts) {
    this.#api = api;
    this.#toasts = toasts;
  }

  get status(): InsightsStatus {
    return this.#status;
  }
  get metrics(): MetricsAnswer | null {
    return this.#metrics;
  }
  get summary(): NetworkSummary | null {
    return this.#metrics?.summary ?? null;
  }
  get approximate(): boolean {
    return this.#metrics?.approximate ?? false;
  }
  get nurture(): readonly NurtureStatus[] {
    return this.#insights?.nurture ?? [];
  }
  get capacity(): Record<OrbitId, OrbitCapacity> | null {
    return this.#insights?.capacity ?? null;
  }
  /** Contacts whose placement the evidence disagrees with. */
  get misplaced(): readonly ContactInsight[] {
    return this.#misplaced;
  }
  get weaklyHeld(): ReadonlySet<string> {
    return this.#weak;
  }
  get bridges(): readonly Bridge[] {
    return this.#bridges;
  }
  get path(): PathAnswer | null {
    return this.#path;
  }

  insightFor(id: string): ContactInsight | null {
    return this.#byId.get(id) ?? null;
  }
  metricsFor(id: string): ContactMetrics | null {
    return this.#metrics?.contacts[id] ?? null;
  }

  /** Reload everything; call after any change to the network (the server caches per version). */
  async refresh(): Promise<void> {
    const token = ++this.#token;
    this.#status = 'loading';
    try {
      const [metrics, insights, bridges] = await Promise.all([this.#api.metrics(), this.#api.insights(), this.#api.bridges()]);
      if (token !== this.#token) return;
      this.#metrics = metrics;
      this.#insights = insights;
      this.#bridges = bridges.bridges;
      this.#status = 'ready';
    } catch (err) {
      if (token !== this.#token) return;
      this.#status = 'failed';
      this.#toasts.error(err, 'Analysing the network');
    }
  }

  async showPath(to: string): Promise<void> {
    try {
      this.#path = await this.#api.path(to);
    } catch (err) {
      this.#toasts.error(err, 'Finding an introduction path');
    }
  }

  clearPath(): void {
    this.#path = null;
  }
}
