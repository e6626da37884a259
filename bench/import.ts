// Import throughput: a generated LinkedIn Connections.csv (LinkedIn caps connections at
// 30,000) parsed, planned and written to SQLite in one transaction, beside the naive way of
// writing one contact per transaction (insertContact per row). Also a re-import (no-op), and
// the whole POST /api/import through the app (what the user waits for; the target is on it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseImport, planImport } from '../graph/io';
import { buildApp } from '../server/app';
import { SqliteStore } from '../server/store/sqlite-store';
import { timeAsync, timeIt, type BenchRow, type BenchSuite } from './table';

const FIRST = ['Maya', 'Tomás', 'Priya', 'Dan', 'Ana', 'Lee', 'Grace', 'Noor', 'Ravi', 'Jo', 'Renée', 'Kwame'];
const LAST = ['Okafor', 'Lindqvist', 'Raman', 'Whitfield', 'Ruiz', 'Chen', 'Ito', 'Haddad', 'Patel', 'Baptiste'];
const COMPANIES = ['Riverside Community Trust', 'Lindqvist, Berg & Partners', 'Studio Arc', 'Northwind Logistics', 'Acme Corp'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A LinkedIn export with the usual preamble, quoted commas and mostly empty emails. */
export function linkedInCsv(rows: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = `${LAST[(i * 7) % LAST.length]}-${i}`;
    const company = COMPANIES[i % COMPANIES.length];
    const email = i % 10 === 0 ? `${first.toLowerCase()}.${i}@example.org` : '';
    const date = `${String((i % 28) + 1).padStart(2, '0')} ${MONTHS[i % 12]} ${2010 + (i % 15)}`;
    lines.push(`${first},${last},https://www.linkedin.com/in/${first.toLowerCase()}-${i},${email},"${company}",Designer,${date}`);
  }
  return lines.join('\r\n');
}

async function freshStore(): Promise<{ store: SqliteStore; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-bench-'));
  const store = new SqliteStore(join(dir, 'orbit.db'));
  await store.init();
  return { store, done: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

const suite: BenchSuite = {
  name: 'import',
  async run(sizes) {
    const rows: BenchRow[] = [];
    for (const size of sizes) {
      const bytes = new TextEncoder().encode(linkedInCsv(size));
      // CPU time beside wall time: on a shared machine the wall clock also counts other work.
      const cpu0 = process.cpuUsage();
      const parsed = timeIt(() => parseImport(bytes, 'linkedin'));
      const empty = { contacts: [], ties: [], interactions: [] };
      const plan = timeIt(() => planImport(empty, parsed.value));
      const ours = await freshStore();
      const write = await timeAsync(() => ours.store.applyBatch(plan.value.batch));
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      // Re-import: read, parse, plan; must plan nothing.
      const again = await timeAsync(async () => {
        const net = await ours.store.getNetwork();
        return planImport({ contacts: net.contacts, ties: net.ties, interactions: [] }, parseImport(bytes, 'linkedin'));
      });
      await ours.done();

      // Naive peer: one insert (one transaction) per row, on the same parsed contacts.
      const peerRows = size > 5000 ? 5000 : size;
      const naive = await freshStore();
      const peer = await timeAsync(async () => {
        for (const c of plan.value.batch.createContacts.slice(0, peerRows)) await naive.store.insertContact(c);
      });
      await naive.done();
      const peerMs = (peer.ms * size) / peerRows;

      // Through the route: body read, store read, parse, plan, write; then the same file again.
      const routed = await freshStore();
      const app = await buildApp({ store: routed.store });
      const post = () =>
        app.inject({ method: 'POST', url: '/api/import?format=linkedin', headers: { host: '127.0.0.1', 'content-type': 'text/csv' }, payload: Buffer.from(bytes) });
      const routeCpu0 = process.cpuUsage();
      const route = await timeAsync(post);
      const routeCpu = process.cpuUsage(routeCpu0);
      const routeAgain = await timeAsync(post);
      await app.close();
      await routed.done();
      for (const r of [route, routeAgain]) if (r.value.statusCode !== 200) throw new Error(`import bench: HTTP ${r.value.statusCode} ${r.value.body.slice(0, 200)}`);
      if (route.value.json().created !== size) throw new Error(`import bench: the route created ${route.value.json().created} of ${size}`);

      const total = parsed.ms + plan.ms + write.ms;
      rows.push(
        { stage: 'linkedin parse', size: String(size), oursMs: parsed.ms, peer: '-', peerMs: null },
        { stage: 'merge plan', size: String(size), oursMs: plan.ms, peer: '-', peerMs: null },
        {
          stage: 'sqlite write',
          size: String(size),
          oursMs: write.ms,
          peer: 'one transaction per row',
          peerMs,
          note: peerRows < size ? `peer timed on ${peerRows} rows, scaled` : undefined,
        },
        { stage: 'import total', size: String(size), oursMs: total, peer: '-', peerMs: null, note: `cpu ${(cpuMs / 1000).toFixed(2)} s` },
        {
          stage: 'POST /api/import (SQLite, empty store)',
          size: String(size),
          oursMs: route.ms,
          peer: '-',
          peerMs: null,
          note: `cpu ${((routeCpu.user + routeCpu.system) / 1e6).toFixed(2)} s${size >= 30000 ? `; target < 3 s: ${route.ms < 3000 ? 'met' : 'MISSED'}` : ''}`,
        },
        {
          stage: 'POST /api/import again (merges all)',
          size: String(size),
          oursMs: routeAgain.ms,
          peer: '-',
          peerMs: null,
          note: `merged ${routeAgain.value.json().merged}, created ${routeAgain.value.json().created}`,
        },
        {
          stage: 're-import (no-op)',
          size: String(size),
          oursMs: again.ms,
          peer: '-',
          peerMs: null,
          note: again.value.batch.createContacts.length + again.value.batch.updateContacts.length === 0 ? 'wrote nothing' : 'WROTE SOMETHING',
        },
      );
    }
    return rows;
  },
};

export default suite;
