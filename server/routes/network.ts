import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { ORBITS, type Network } from '../../graph/model';
import { EgoBody } from '../schemas';
import type { RouteModule } from '../context';
import type { Store } from '../store/store';

const gzipAsync = promisify(gzip);

interface NetworkBody {
  json: string;
  /** Compressed on the libuv thread pool, so the event loop stays free; made on first demand. */
  gzipped: Promise<Buffer> | null;
}

/**
 * The serialised (and gzipped) network of the latest version: at 30,000 contacts reading,
 * serialising and compressing take about a second, and a reload or a second tab need not pay
 * it again. Every write moves the version, which invalidates it.
 */
class NetworkBodyCache {
  #entry: { version: number; body: Promise<NetworkBody> } | null = null;
  constructor(private readonly store: Store) {}

  async get(): Promise<NetworkBody> {
    const version = await this.store.getVersion();
    if (this.#entry?.version === version) return this.#entry.body;
    const body = this.store.getNetwork().then((net): NetworkBody => {
      const answer: Network = { ego: net.ego, orbits: [...ORBITS], contacts: net.contacts, ties: net.ties, version: net.version };
      return { json: JSON.stringify(answer), gzipped: null };
    });
    this.#entry = { version, body };
    body.catch(() => {
      if (this.#entry?.body === body) this.#entry = null;
    });
    return body;
  }
}

const acceptsGzip = (header: string | undefined) => !!header && /\bgzip\b/i.test(header) && !/\bgzip\s*;\s*q=0(\.0*)?\b/i.test(header);

export const networkRoutes: RouteModule = (app, { store }) => {
  const cache = new NetworkBodyCache(store);

  app.get('/api/network', async (req, reply) => {
    const body = await cache.get();
    reply.type('application/json; charset=utf-8');
    if (!acceptsGzip(req.headers['accept-encoding']) || body.json.length < 1024) return reply.send(body.json);
    body.gzipped ??= gzipAsync(body.json);
    // With content-encoding set, the compress plugin leaves the answer as it is.
    return reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding').send(await body.gzipped);
  });

  app.patch('/api/ego', { schema: { body: EgoBody } }, async (req) => store.updateEgo(req.body));

  // The dated history of orbit moves, oldest first (optionally one contact's).
  app.get('/api/moves', async () => store.listOrbitMoves());
};
