import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Type } from 'typebox';
import { contactColumnsOf, ORBITS, tieColumnsOf } from '../../graph/model';
import { EgoBody, oneOf, Word } from '../schemas';
import type { RouteModule } from '../context';
import type { NetworkForm, RecordsAs, Store } from '../store/store';
import { analysisCache } from './metrics';

const gzipAsync = promisify(gzip);

/**
 * gzip level for the network body. At 30,000 contacts (23 MB of JSON) level 6 (zlib's default)
 * took 257 ms for 1,733 KB, level 3 85 ms for 2,024 KB, level 1 70 ms for 2,175 KB: on a
 * local-first app the bytes are cheap and the wait is not.
 */
const GZIP_LEVEL = 3;

/**
 * From this many contacts a bulk write (an import) starts reading and compressing the new
 * network at once, so the page's GET that follows finds it under way or done: at 30,000
 * contacts ~0.5 s of SQLite and ~0.1 s of gzip that the page would otherwise wait for.
 */
const PREPARE_FROM = 5000;

/**
 * `contacts=columns`: the contacts as ContactColumns (`contactColumns`) in place of a `contacts`
 * array of objects; `ties=columns` likewise (`tieColumns`). The page asks for both.
 */
const NetworkQuery = Type.Object({ contacts: Word, ties: Word });

const RECORDS_AS: readonly RecordsAs[] = ['objects', 'columns'];

const formKey = (form: NetworkForm) => `${form.contacts}/${form.ties}`;

/** The form the page asks for (ApiClient.network): contacts and ties as columns, the least to send and read. */
const PAGE_FORM: NetworkForm = { contacts: 'columns', ties: 'columns' };

/** How long after answering GET /api/network the metrics worker is started (see below). */
const WARM_AFTER_MS = 3000;

interface NetworkBody {
  /** JSON text, or its UTF-8 bytes when the store read it so (a big network). */
  json: string | Buffer;
  contacts: number;
  /** Compressed on the libuv thread pool, so the event loop stays free; made on first demand. */
  gzipped: Promise<Buffer> | null;
}

/**
 * The serialised (and gzipped) network of the latest version, in each form asked for: at
 * 30,000 contacts reading, serialising and compressing take about a second, and a reload or a
 * second tab need not pay it again. Every write moves the version, which invalidates it.
 */
class NetworkBodyCache {
  /** By formKey. */
  readonly #entries = new Map<string, { version: number; body: Promise<NetworkBody> }>();
  constructor(private readonly store: Store) {}

  async get(form: NetworkForm): Promise<NetworkBody> {
    const key = formKey(form);
    const version = await this.store.getVersion();
    const entry = this.#entries.get(key);
    if (entry?.version === version) return entry.body;
    // One version at a time: the other forms' older bodies go too.
    for (const [other, e] of this.#entries) if (e.version !== version) this.#entries.delete(other);
    const body = this.#read(form);
    this.#entries.set(key, { version, body });
    body.catch(() => {
      if (this.#entries.get(key)?.body === body) this.#entries.delete(key);
    });
    return body;
  }

  /**
   * Read and gzip the current version ahead of its GET, in the form the page asks for
   * (PAGE_FORM). A failure is left for that GET to meet and report: a failed read is not
   * cached, so the GET reads again.
   */
  prepare(): void {
    this.get(PAGE_FORM).then(
      (body) => {
        body.gzipped ??= gzipBody(body);
        body.gzipped.catch(() => undefined);
      },
      () => undefined,
    );
  }

  async #read(form: NetworkForm): Promise<NetworkBody> {
    const contactsKey = form.contacts === 'columns' ? 'contactColumns' : 'contacts';
    const tiesKey = form.ties === 'columns' ? 'tieColumns' : 'ties';
    if (this.store.getNetworkJson) {
      // The same text JSON.stringify would give, up to number formatting, with the keys of Network in order.
      const net = await this.store.getNetworkJson(form);
      const head = `{"ego":${JSON.stringify(net.ego)},"orbits":${JSON.stringify(ORBITS)},"${contactsKey}":`;
      const middle = `,"${tiesKey}":`;
      const tail = `,"version":${net.version}}`;
      if (typeof net.contactsJson === 'string' && typeof net.tiesJson === 'string') {
        return { json: `${head}${net.contactsJson}${middle}${net.tiesJson}${tail}`, contacts: net.contactCount, gzipped: null };
      }
      // Bytes: joined as bytes (no 23 MB string to build, copy and encode again for gzip).
      const bytes = (part: string | Uint8Array) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      const json = Buffer.concat([Buffer.from(head), bytes(net.contactsJson), Buffer.from(middle), bytes(net.tiesJson), Buffer.from(tail)]);
      return { json, contacts: net.contactCount, gzipped: null };
    }
    const net = await this.store.getNetwork();
    const answer = {
      ego: net.ego,
      orbits: [...ORBITS],
      [contactsKey]: form.contacts === 'columns' ? contactColumnsOf(net.contacts) : net.contacts,
      [tiesKey]: form.ties === 'columns' ? tieColumnsOf(net.ties) : net.ties,
      version: net.version,
    };
    return { json: JSON.stringify(answer), contacts: net.contacts.length, gzipped: null };
  }
}

const gzipBody = (body: NetworkBody) => gzipAsync(body.json, { level: GZIP_LEVEL });

const acceptsGzip = (header: string | undefined) => !!header && /\bgzip\b/i.test(header) && !/\bgzip\s*;\s*q=0(\.0*)?\b/i.test(header);

export const networkRoutes: RouteModule = (app, { store }) => {
  const cache = new NetworkBodyCache(store);
  const analysis = analysisCache(store);

  let warming: NodeJS.Timeout | undefined;
  const stopPreparing = store.onBulkWrite?.((contacts) => {
    if (contacts >= PREPARE_FROM) cache.prepare();
  });
  app.addHook('onClose', async () => {
    clearTimeout(warming);
    stopPreparing?.();
  });

  app.get('/api/network', { schema: { querystring: NetworkQuery } }, async (req, reply) => {
    const form = { contacts: oneOf('contacts', req.query.contacts, RECORDS_AS, 'objects'), ties: oneOf('ties', req.query.ties, RECORDS_AS, 'objects') };
    const body = await cache.get(form);
    // With a big network its measures may be asked for soon, so the metrics worker starts
    // ahead of them (~1 s saved on that wait); a few seconds after this answer, not during it:
    // on two cores its start-up would compete with this answer and with the page drawing it.
    clearTimeout(warming);
    warming = setTimeout(() => analysis.warm(body.contacts), WARM_AFTER_MS).unref();
    reply.type('application/json; charset=utf-8');
    if (!acceptsGzip(req.headers['accept-encoding']) || body.json.length < 1024) return reply.send(body.json);
    body.gzipped ??= gzipBody(body);
    // With content-encoding set, the compress plugin leaves the answer as it is.
    return reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding').send(await body.gzipped);
  });

  app.patch('/api/ego', { schema: { body: EgoBody } }, async (req) => store.updateEgo(req.body));

  // The dated history of orbit moves, oldest first (optionally one contact's).
  app.get('/api/moves', async () => store.listOrbitMoves());
};
