// GET /api/metrics: network measures on the contacts and their ties (ego left out), cached per
// network version. Also the views built on them: bridges and mutual ties of a pair.
import { Type } from 'typebox';
import { NotFoundError } from '../../graph/errors';
import {
  bridgesOfEdges,
  contactGraph,
  mutualTiesBetween,
  mutualTiesOf,
  type ContactGraph,
  type NetworkMetrics,
} from '../../graph/metrics';
import type { Interaction } from '../../graph/model';
import { measureNetwork, metricsInline, MetricsWorker, OFF_THREAD_ABOVE } from '../metrics-thread';
import type { StoredNetwork, Store } from '../store/store';
import { IdParams } from '../schemas';
import type { RouteModule } from '../context';

/** What one network version gives, computed at most once (concurrent callers share the work). */
export interface Analysis {
  network: StoredNetwork;
  /** The graphology contact graph, built on first use (~1 s at 90,000 ties, on the event loop). */
  readonly graph: ContactGraph;
  interactions: Interaction[];
  metrics(): NetworkMetrics;
  /** The same measures; past 2,000 contacts computed in a worker thread (the event loop stays free). */
  metricsAsync(): Promise<NetworkMetrics>;
}

/**
 * Keeps the analysis of the latest network version; a write moves the version and invalidates
 * it. The measures are kept apart, per version too: GET /api/metrics reads only the topology
 * (contact ids and tie ends, ~0.3 s of CPU at 30,000 contacts against ~0.8 s for the whole
 * network and its conversion), so the worker starts sooner; a view that has read the whole
 * network anyway (bridges) measures from it when no measures of its version are in.
 */
export class AnalysisCache {
  #entry: { version: number; analysis: Promise<Analysis> } | null = null;
  #metrics: { version: number; answer: Promise<NetworkMetrics> } | null = null;
  /** Kept between versions, so only the first big network pays the worker's start-up. */
  readonly #worker = new MetricsWorker();
  constructor(private readonly store: Store) {}

  /** A big network was read (GET /api/network): start the worker now, measures will follow. */
  warm(contacts: number): void {
    if (contacts > OFF_THREAD_ABOVE) this.#worker.warm();
  }

  /** End the worker thread (a later big network starts a new one). */
  close(): Promise<void> {
    return this.#worker.close();
  }

  async get(): Promise<Analysis> {
    const version = await this.store.getVersion();
    if (this.#entry?.version === version) return this.#entry.analysis;
    const analysis = this.#load();
    this.#entry = { version, analysis };
    analysis.catch(() => {
      if (this.#entry?.analysis === analysis) this.#entry = null;
    });
    return analysis;
  }

  /** The measures of the latest version (GET /api/metrics), from a topology read. */
  async metrics(): Promise<NetworkMetrics> {
    const version = await this.store.getVersion();
    if (this.#metrics?.version === version) return this.#metrics.answer;
    return this.#measure(
      version,
      this.store.getTopology().then((t) => measureNetwork({ ids: t.contactIds, edges: t.ties }, OFF_THREAD_ABOVE, this.#worker)),
    );
  }

  /** The measures of `network` (a version already read whole), shared with metrics() when of the same version. */
  #metricsOf(network: StoredNetwork): Promise<NetworkMetrics> {
    if (this.#metrics?.version === network.version) return this.#metrics.answer;
    return this.#measure(network.version, measureNetwork(network, OFF_THREAD_ABOVE, this.#worker));
  }

  #measure(version: number, answer: Promise<NetworkMetrics>): Promise<NetworkMetrics> {
    // An older version measured late (a view's whole read) does not displace a newer one.
    if (this.#metrics && this.#metrics.version > version) return answer;
    this.#metrics = { version, answer };
    answer.catch(() => {
      if (this.#metrics?.answer === answer) this.#metrics = null;
    });
    return answer;
  }

  async #load(): Promise<Analysis> {
    const [network, interactions] = await Promise.all([this.store.getNetwork(), this.store.listAllInteractions()]);
    let graph: ContactGraph | null = null;
    let metrics: NetworkMetrics | null = null;
    return {
      network,
      get graph() {
        return (graph ??= contactGraph(network.contacts, network.ties));
      },
      interactions,
      metrics: () => (metrics ??= metricsInline(network)),
      metricsAsync: () => this.#metricsOf(network),
    };
  }
}

const caches = new WeakMap<Store, AnalysisCache>();

/** One cache per store, shared by the metrics, insights and path routes of an app. */
export function analysisCache(store: Store): AnalysisCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new AnalysisCache(store)));
  return cache;
}

/**
 * Bridges straight from the stored ties, with contactGraph's rules (ties between two different
 * known contacts, each pair once, the first tie kept), without building the graphology graph.
 */
function bridgesOfNetwork(network: StoredNetwork, communities: Record<string, number>) {
  const ids = network.contacts.map((c) => c.id);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const seen = new Set<number>();
  const keys: string[] = [];
  const source: number[] = [];
  const target: number[] = [];
  for (const t of network.ties) {
    const a = indexOf.get(t.source);
    const b = indexOf.get(t.target);
    if (a === undefined || b === undefined || a === b) continue;
    const pair = a < b ? a * ids.length + b : b * ids.length + a;
    if (seen.has(pair)) continue;
    seen.add(pair);
    keys.push(t.id);
    source.push(a);
    target.push(b);
  }
  return bridgesOfEdges(ids, keys, Int32Array.from(source), Int32Array.from(target), communities);
}

const PairQuery = Type.Object({
  a: Type.String({ minLength: 1, maxLength: 100 }),
  b: Type.String({ minLength: 1, maxLength: 100 }),
});

function requireContact(graph: ContactGraph, id: string): void {
  if (!graph.hasNode(id)) throw new NotFoundError(`no contact '${id}'`);
}

export const metricsRoutes: RouteModule = (app, { store }) => {
  const cache = analysisCache(store);
  app.addHook('onClose', () => cache.close());

  app.get('/api/metrics', async () => {
    const m = await cache.metrics();
    // sampling (how betweenness and closeness were estimated, and the top brokers' separation) only when approximate.
    return { summary: m.summary, contacts: m.contacts, approximate: m.approximate, pivots: m.pivots, ...(m.sampling ? { sampling: m.sampling } : {}) };
  });

  // Ties that are graph bridges or the only link between two communities.
  app.get('/api/bridges', async () => {
    const a = await cache.get();
    const communities: Record<string, number> = {};
    for (const [id, m] of Object.entries((await a.metricsAsync()).contacts)) communities[id] = m.community;
    return { bridges: bridgesOfNetwork(a.network, communities) };
  });

  // Who also knows a contact (their ties among the user's contacts).
  app.get('/api/contacts/:id/mutual', { schema: { params: IdParams } }, async (req) => {
    const a = await cache.get();
    requireContact(a.graph, req.params.id);
    const ids = mutualTiesOf(a.graph, req.params.id);
    return { id: req.params.id, count: ids.length, mutual: ids };
  });

  // Who both contacts of a pair know.
  app.get('/api/mutual', { schema: { querystring: PairQuery } }, async (req) => {
    const a = await cache.get();
    requireContact(a.graph, req.query.a);
    requireContact(a.graph, req.query.b);
    const ids = mutualTiesBetween(a.graph, req.query.a, req.query.b);
    return { a: req.query.a, b: req.query.b, count: ids.length, mutual: ids };
  });
};
