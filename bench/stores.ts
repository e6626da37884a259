// Store writes: a synthetic clustered network (contacts, ~3 ties each, interactions) bulk-loaded
// with applyBatch into SQLite and into Neo4j, side by side; and on Neo4j, batched `UNWIND`
// statements (5,000 rows) against one query per row in the same single transaction.
// Neo4j is the harness of tests/neo4j-harness, started here unless NEO4J_URI is set (then
// that database must be empty: the suite wipes what it wrote).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteBatch } from '../graph/model';
import { syntheticNetwork } from '../graph/sample';
import { Neo4jStore, createNeo4jStore } from '../server/store/neo4j-store';
import { SqliteStore } from '../server/store/sqlite-store';
import { harnessUnavailableReason, startHarness, type RunningHarness } from '../tests/neo4j-harness/launcher';
import { timeAsync, type BenchRow, type BenchSuite } from './table';

/** The one-query-per-row peer runs on at most this many contacts, then is extrapolated per row. */
const ROW_PEER_CAP = 1500;

function batchOf(size: number): WriteBatch {
  const net = syntheticNetwork({ contacts: size });
  return { createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: net.interactions };
}

const rowsIn = (b: WriteBatch) =>
  b.createContacts.length + b.updateContacts.length + b.createTies.length + b.createInteractions.length;

/** The first `cap` contacts with the ties and interactions among them. */
function subset(batch: WriteBatch, cap: number): WriteBatch {
  const keep = new Set(batch.createContacts.slice(0, cap).map((c) => c.id));
  return {
    createContacts: batch.createContacts.filter((c) => keep.has(c.id)),
    updateContacts: [],
    createTies: batch.createTies.filter((t) => keep.has(t.source) && keep.has(t.target)),
    createInteractions: batch.createInteractions.filter((i) => keep.has(i.contactId)),
  };
}

interface Neo4jTarget {
  options: { uri: string; user?: string; password?: string; database?: string };
  harness: RunningHarness | null;
}

async function neo4jTarget(): Promise<Neo4jTarget | string> {
  if (process.env.NEO4J_URI) {
    return {
      options: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER || undefined,
        password: process.env.NEO4J_PASSWORD || undefined,
        database: process.env.NEO4J_DATABASE || undefined,
      },
      harness: null,
    };
  }
  const reason = harnessUnavailableReason();
  if (reason) return reason;
  console.error('stores: starting the Neo4j harness...');
  const harness = await startHarness({ heap: '1g', fastStart: false });
  return { options: { uri: harness.uri }, harness };
}

async function sqliteWrite(batch: WriteBatch): Promise<{ writeMs: number; readMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-bench-stores-'));
  const store = new SqliteStore(join(dir, 'orbit.db'));
  try {
    await store.init();
    const write = await timeAsync(() => store.applyBatch(batch));
    const read = await timeAsync(() => store.getNetwork());
    return { writeMs: write.ms, readMs: read.ms };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function neo4jWrite(store: Neo4jStore, batch: WriteBatch): Promise<{ writeMs: number; readMs: number }> {
  await store.reset();
  const write = await timeAsync(() => store.applyBatch(batch));
  const read = await timeAsync(() => store.getNetwork());
  if (read.value.contacts.length !== batch.createContacts.length) {
    throw new Error(`stores bench: Neo4j holds ${read.value.contacts.length} contacts, expected ${batch.createContacts.length}`);
  }
  await store.reset();
  return { writeMs: write.ms, readMs: read.ms };
}

const suite: BenchSuite = {
  name: 'stores',
  async run(sizes) {
    const rows: BenchRow[] = [];
    const target = await neo4jTarget();
    const unavailable = typeof target === 'string' ? `Neo4j not run: ${target}` : null;
    let batched: Neo4jStore | null = null;
    let perRow: Neo4jStore | null = null;
    try {
      if (typeof target !== 'string') {
        batched = await createNeo4jStore({ ...target.options, batchSize: 5000 });
        perRow = new Neo4jStore({ ...target.options, batchSize: 1 });
        if ((await batched.getNetwork()).contacts.length > 0) {
          throw new Error(`stores bench: the Neo4j at ${target.options.uri} is not empty; point NEO4J_URI at an empty database`);
        }
      }
      if (batched && perRow) {
        // Warm-up: JIT and query plans, so the first size measured is not the JVM starting.
        const warm = batchOf(300);
        await neo4jWrite(batched, warm);
        await neo4jWrite(perRow, subset(warm, 100));
      }
      for (const size of sizes) {
        const batch = batchOf(size);
        const total = rowsIn(batch);
        const shape = `${batch.createContacts.length} contacts, ${batch.createTies.length} ties, ${batch.createInteractions.length} interactions`;
        console.error(`stores: ${shape}`);
        const lite = await sqliteWrite(batch);
        const graph = batched ? await neo4jWrite(batched, batch) : null;
        rows.push({
          stage: 'store: applyBatch (one transaction)',
          size: String(size),
          oursMs: lite.writeMs,
          peer: 'Neo4j, UNWIND batches of 5k',
          peerMs: graph?.writeMs ?? null,
          note: unavailable ?? `ours = SQLite; ${shape}`,
        });
        rows.push({
          stage: 'store: getNetwork',
          size: String(size),
          oursMs: lite.readMs,
          peer: 'Neo4j',
          peerMs: graph?.readMs ?? null,
          note: unavailable ?? 'ours = SQLite',
        });
        if (!batched || !perRow || !graph) continue;

        const part = size > ROW_PEER_CAP ? subset(batch, ROW_PEER_CAP) : batch;
        const partRows = rowsIn(part);
        const slow = await neo4jWrite(perRow, part);
        const extrapolated = partRows === total ? slow.writeMs : (slow.writeMs / partRows) * total;
        rows.push({
          stage: 'neo4j: batched UNWIND vs one query per row',
          size: String(size),
          oursMs: graph.writeMs,
          peer: 'one query per row, same transaction',
          peerMs: extrapolated,
          note:
            partRows === total
              ? `${total} rows`
              : `peer run on ${part.createContacts.length} contacts (${partRows} rows, ${(slow.writeMs / 1000).toFixed(1)} s), extrapolated per row to ${total} rows`,
        });
      }
    } finally {
      await perRow?.close();
      await batched?.close();
      if (typeof target !== 'string') await target.harness?.stop();
    }
    return rows;
  },
};

export default suite;
