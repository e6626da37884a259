// A real Neo4j for the tests, without Docker. In the vitest main process (global setup):
// when NEO4J_URI is set, use that server; otherwise, when Java and Maven exist, offer ONE
// in-process Neo4j (tests/neo4j-harness) per run, started on first use through a small
// loopback broker (or at once when ORBIT_REQUIRE names neo4j), and stopped at teardown.
// In the workers: `neo4jFactory` hands out a wiped, initialised Neo4jStore. The database is
// shared by every worker, so a cross-process lock is held from make() until the store closes.
import { createServer, type Server } from 'node:http';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { harnessUnavailableReason, startHarness, type RunningHarness } from '../neo4j-harness/launcher';
import { Neo4jStore, createNeo4jStore } from '../../server/store/neo4j-store';
import { HOW_TO_ENABLE } from './capabilities';
import type { StoreFactory } from './stores';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** What the global setup provides to the workers. */
export type Neo4jProvided =
  | { mode: 'external'; connection: Neo4jConnection }
  | { mode: 'harness'; broker: string }
  | { mode: 'none'; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    orbitNeo4j: Neo4jProvided;
  }
}

/** Password of the harness the tests start: auth is on, so the credential checks are real. */
export const TEST_PASSWORD = 'orbit-test-password';

// ---------------------------------------------------------------- main process (global setup)

export interface Neo4jSetup {
  available: boolean;
  /** Why Neo4j is unavailable (null when available). */
  reason: string | null;
  stop(): Promise<void>;
}

/** Decide how this run gets a Neo4j, provide it to the workers; start now when `required`. */
export async function setupNeo4j(project: TestProject, required: boolean): Promise<Neo4jSetup> {
  if (process.env.NEO4J_URI) {
    const connection: Neo4jConnection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER || undefined,
      password: process.env.NEO4J_PASSWORD || undefined,
      database: process.env.NEO4J_DATABASE || undefined,
    };
    project.provide('orbitNeo4j', { mode: 'external', connection });
    return { available: true, reason: null, stop: async () => {} };
  }
  const reason = process.env.ORBIT_NEO4J === 'off' ? 'ORBIT_NEO4J=off' : harnessUnavailableReason();
  if (reason) {
    project.provide('orbitNeo4j', { mode: 'none', reason: `${reason}: ${HOW_TO_ENABLE.neo4j}` });
    return { available: false, reason, stop: async () => {} };
  }

  let starting: Promise<RunningHarness> | null = null;
  const start = () =>
    (starting ??= startHarness({ password: TEST_PASSWORD }).then((h) => {
      console.log(`\n[neo4j] test harness ready at ${h.uri}`);
      return h;
    }));
  if (required) await start();

  const broker: Server = createServer((req, res) => {
    start().then(
      (h) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ uri: h.uri, user: h.user, password: h.password ?? undefined }));
      },
      (err: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(err.message);
      },
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  const { port } = broker.address() as { port: number };
  project.provide('orbitNeo4j', { mode: 'harness', broker: `http://127.0.0.1:${port}/neo4j` });
  return {
    available: true,
    reason: null,
    async stop() {
      broker.close();
      if (starting) await (await starting.catch(() => null))?.stop();
    },
  };
}

// ---------------------------------------------------------------- workers

function provided(): Neo4jProvided {
  try {
    return inject('orbitNeo4j') ?? { mode: 'none', reason: `not set up: ${HOW_TO_ENABLE.neo4j}` };
  } catch {
    return { mode: 'none', reason: `not set up: ${HOW_TO_ENABLE.neo4j}` };
  }
}

/** Null when the neo4j suites can run in this test run, else why not (for skip messages). */
export function neo4jSkipReason(): string | null {
  const p = provided();
  return p.mode === 'none' ? p.reason : null;
}

let connection: Promise<Neo4jConnection> | null = null;

/** Where the test Neo4j is; starts the shared harness on first use. */
export function neo4jConnection(): Promise<Neo4jConnection> {
  const p = provided();
  if (p.mode === 'none') return Promise.reject(new Error(`neo4j is not available: ${p.reason}`));
  if (p.mode === 'external') return Promise.resolve(p.connection);
  return (connection ??= fetch(p.broker).then(async (res) => {
    const body = await res.text();
    if (!res.ok) throw new Error(`the test Neo4j did not start: ${body}`);
    return JSON.parse(body) as Neo4jConnection;
  }));
}

// One database for every worker: a lock file (holding the owner's pid) serialises the tests
// that use it; a lock left by a dead process is taken over. Within a worker, one store at a
// time: a second one would wipe the first one's data.
let held = 0;
let lockPath: string | null = null;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquireLock(uri: string, timeoutMs = 170_000): Promise<void> {
  if (held++ > 0) return;
  const path = join(tmpdir(), `orbit-neo4j-${uri.replace(/[^a-z0-9]+/gi, '_')}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      lockPath = path;
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    if (owner && !pidAlive(owner)) {
      try {
        unlinkSync(path);
      } catch {
        // another waiter took it over first
      }
      continue;
    }
    if (Date.now() > deadline) {
      held--;
      throw new Error(`the test Neo4j stayed locked by pid ${owner} for ${timeoutMs / 1000} s (a Neo4j store left open?)`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function releaseLock(): void {
  if (held === 0 || --held > 0 || !lockPath) return;
  try {
    unlinkSync(lockPath);
  } catch {
    // already gone
  }
  lockPath = null;
}
process.once('exit', () => {
  if (lockPath) {
    held = 1;
    releaseLock();
  }
});

let schemaReady = false;
let wipeAllowed = false;

/**
 * The tests wipe the database they are given. Refuse a database holding contacts that the
 * tests did not write (NEO4J_URI pointing at someone's real network); mark an empty one.
 */
async function checkWipeAllowed(conn: Neo4jConnection): Promise<void> {
  if (wipeAllowed) return;
  const auth = conn.user ? neo4j.auth.basic(conn.user, conn.password ?? '') : undefined;
  const driver = neo4j.driver(conn.uri, auth, { disableLosslessIntegers: true });
  try {
    const database = conn.database ?? 'neo4j';
    const r = await driver.executeQuery(
      'OPTIONAL MATCH (t:OrbitTestDatabase) WITH count(t) AS marked MATCH (c:Contact) RETURN marked, count(c) AS contacts',
      {},
      { database },
    );
    const marked = Number(r.records[0]?.get('marked') ?? 0) > 0;
    const contacts = Number(r.records[0]?.get('contacts') ?? 0);
    if (!marked && contacts > 0) {
      throw new Error(
        `refusing to run the tests on ${conn.uri} (database '${database}'): it holds ${contacts} contacts the tests did not write, ` +
          'and the tests delete everything. Point NEO4J_URI at an empty database, or unset it to let the tests start their own Neo4j.',
      );
    }
    await driver.executeQuery('MERGE (:OrbitTestDatabase {id: 1})', {}, { database });
    wipeAllowed = true;
  } finally {
    await driver.close();
  }
}

/** A Neo4jStore on the test database, wiped (ego and version too) and initialised. */
export async function makeNeo4jTestStore(options: { batchSize?: number } = {}): Promise<Neo4jStore> {
  const conn = await neo4jConnection();
  if (held > 0) {
    throw new Error(
      'only one Neo4j test store can be open at a time (they share one database): close the first, or pair Neo4j with SQLite',
    );
  }
  await acquireLock(conn.uri);
  let store: Neo4jStore | null = null;
  try {
    await checkWipeAllowed(conn);
    // The schema outlives reset(): create it once per worker, not before every test.
    if (!schemaReady) {
      store = await createNeo4jStore({ ...conn, ...options });
      schemaReady = true;
    } else {
      store = new Neo4jStore({ ...conn, ...options });
    }
    await store.reset();
  } catch (err) {
    await store?.close().catch(() => {});
    releaseLock();
    throw err;
  }
  return guardClose(store);
}

/** Release the lock when the store closes (once). */
function guardClose(store: Neo4jStore): Neo4jStore {
  const close = store.close.bind(store);
  let closed = false;
  store.close = async () => {
    if (closed) return;
    closed = true;
    try {
      await close();
    } finally {
      releaseLock();
    }
  };
  return store;
}

export const neo4jFactory: StoreFactory = { name: 'neo4j', make: makeNeo4jTestStore };
