// The store backends tests run against: SQLite always, Neo4j when the test setup could start
// it (or NEO4J_URI is set). Each factory gives a fresh, empty, initialised store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../server/store/sqlite-store';
import type { Store } from '../../server/store/store';
import { neo4jFactory, neo4jSkipReason } from './neo4j';

export interface StoreFactory {
  name: 'sqlite' | 'neo4j';
  make(): Promise<Store>;
}

/** A SQLite store on a real file in a fresh temp folder, removed when the store closes. */
export async function makeSqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-test-'));
  const store = new SqliteStore(join(dir, 'orbit.db'));
  await store.init();
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
  return store;
}

export const sqliteFactory: StoreFactory = { name: 'sqlite', make: makeSqliteStore };

/** Every backend available in this run. */
export function storeFactories(): StoreFactory[] {
  const factories: StoreFactory[] = [sqliteFactory];
  // NEO4J FACTORY: the Neo4j backend adds itself here when available (issue 5).
  if (neo4jSkipReason() === null) factories.push(neo4jFactory);
  return factories;
}
