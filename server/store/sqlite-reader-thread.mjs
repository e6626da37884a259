// A worker thread with its own read-only connection to the SQLite file. It runs a list of
// read statements in one transaction (one snapshot of the data) and posts the results back,
// so building a big answer (GET /api/network at 30,000 contacts: ~0.5 s of SQLite JSON
// building) does not block the event loop, which meanwhile serves the page's scripts.
// Plain JavaScript: no TypeScript loader to start (a tsx worker takes ~0.8 s of CPU to boot).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');

/** @param {{ sql: string, pluck: boolean }[]} queries */
const read = db.transaction((queries) =>
  queries.map(({ sql, pluck }) => (pluck ? db.prepare(sql).pluck().get() : db.prepare(sql).get())),
);

const utf8 = new TextEncoder();

parentPort.on('message', ({ id, queries }) => {
  try {
    // Text asked for as bytes is sent as UTF-8 and moved, not copied (megabytes of JSON).
    const results = read(queries).map((value, i) => (queries[i].bytes && typeof value === 'string' ? utf8.encode(value) : value));
    const moved = results.filter((value) => value instanceof Uint8Array).map((bytes) => bytes.buffer);
    parentPort.postMessage({ id, results }, moved);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
