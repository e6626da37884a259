// GET /api/network through the real app (app.inject) on SQLite holding a synthetic network:
// ours answers compressed (the browser always sends Accept-Encoding) beside the same route
// answered uncompressed; and the store read in one query per table beside the naive N+1 read
// (the contact list, then each contact's ties one query at a time).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticNetwork } from '../graph/sample';
import { buildApp } from '../server/app';
import { SqliteStore } from '../server/store/sqlite-store';
import { timeAsync, timeIt, type BenchRow, type BenchSuite } from './table';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function bestAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let result = await timeAsync(fn);
  for (let r = 1; r < runs; r++) {
    const next = await timeAsync(fn);
    if (next.ms < result.ms) result = next;
  }
  return result;
}

/** The naive read: every contact, then one query per contact for the ties it starts. */
function readNPlusOne(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const contacts = db.prepare('SELECT * FROM contacts ORDER BY created_at, id').all() as { id: string }[];
    const tiesOf = db.prepare('SELECT id, source, target, weight, created_at FROM ties WHERE source = ?');
    let ties = 0;
    for (const c of contacts) ties += tiesOf.all(c.id).length;
    return ties;
  } finally {
    db.close();
  }
}

const suite: BenchSuite = {
  name: 'network',
  async run(sizes) {
    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const net = syntheticNetwork({ contacts: size });
      const dir = mkdtempSync(join(tmpdir(), 'orbit-bench-network-'));
      const file = join(dir, 'orbit.db');
      const store = new SqliteStore(file);
      await store.init();
      await store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      const app = await buildApp({ store });
      try {
        const get = (encoding: string, url = '/api/network') => () => app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
        // "First": the first request after a write (store read, serialise, compress);
        // "repeat": the same version again (the route keeps the last version's body).
        const first = (encoding: string, url?: string) => async () => {
          await store.updateEgo({ headline: `bench ${Math.random()}` });
          return get(encoding, url)();
        };
        const runs = size > 1500 ? 3 : 5;
        await first('gzip')();
        const cold = await bestAsync(runs, first('gzip, deflate, br'));
        const coldPlain = await bestAsync(runs, first('identity'));
        const warm = await bestAsync(runs, get('gzip, deflate, br'));
        const warmPlain = await bestAsync(runs, get('identity'));
        // The page's form: contacts and ties as columns (ContactColumns, TieColumns).
        const columns = await bestAsync(runs, first('gzip, deflate, br', '/api/network?contacts=columns&ties=columns'));
        for (const r of [cold, coldPlain, warm, warmPlain, columns]) {
          if (r.value.statusCode !== 200) throw new Error(`network bench: HTTP ${r.value.statusCode}`);
        }
        const zipped = cold.value.rawPayload.length;
        const plain = coldPlain.value.rawPayload.length;
        const label = `${size} / ${net.ties.length} ties`;
        const sizes = `${kb(zipped)} ${cold.value.headers['content-encoding'] ?? 'uncompressed'} vs ${kb(plain)} (${(plain / zipped).toFixed(1)}x smaller)`;
        rows.push({
          stage: 'GET /api/network, first after a write',
          size: label,
          oursMs: cold.ms,
          peer: 'same route uncompressed',
          peerMs: coldPlain.ms,
          note: sizes,
        });
        rows.push({
          stage: 'GET /api/network?contacts=columns&ties=columns, first after a write',
          size: label,
          oursMs: columns.ms,
          peer: 'as objects (the default), gzip',
          peerMs: cold.ms,
          note: `${kb(columns.value.rawPayload.length)} gzip vs ${kb(zipped)}; contacts and ties as one array per field (the page's form)`,
        });
        rows.push({
          stage: 'GET /api/network, repeat',
          size: label,
          oursMs: warm.ms,
          peer: 'same route uncompressed',
          peerMs: warmPlain.ms,
          note: 'ours = cached gzip body of the version; peer = cached JSON sent as is',
        });

        const ours = await bestAsync(runs, () => store.getNetwork());
        readNPlusOne(file);
        const naive = timeIt(() => readNPlusOne(file));
        if (naive.value !== ours.value.ties.length) {
          throw new Error(`network bench: the N+1 read found ${naive.value} ties, getNetwork ${ours.value.ties.length}`);
        }
        rows.push({
          stage: 'SQLite getNetwork',
          size: label,
          oursMs: ours.ms,
          peer: 'N+1 reads (ties per contact)',
          peerMs: naive.ms,
          note: 'ours = one query per table in one read transaction',
        });
      } finally {
        await app.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};

export default suite;
