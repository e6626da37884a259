// Picks the store from the environment: Neo4j when NEO4J_URI is set, else the embedded
// SQLite file in the data directory.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createNeo4jStore } from './neo4j-store';
import { SqliteStore } from './sqlite-store';
import type { Store } from './store';

export type { Store, StoreKind, StoredNetwork } from './store';
export { SqliteStore } from './sqlite-store';

/** Where the SQLite file lives: ORBIT_DATA_DIR, else the platform's per-user data folder. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ORBIT_DATA_DIR) return env.ORBIT_DATA_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'career-orbit');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'career-orbit');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'career-orbit');
}

export interface StoreChoice {
  store: Store;
  /** Where the data is, for the start-up message. */
  description: string;
}

/** Build (and init) the store the environment asks for. */
export async function createStoreFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<StoreChoice> {
  if (env.NEO4J_URI) {
    // NEO4J BACKEND: the Neo4j store plugs in here (issue 5).
    const database = env.NEO4J_DATABASE || 'neo4j';
    const store = await createNeo4jStore({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || (env.NEO4J_PASSWORD ? 'neo4j' : undefined),
      password: env.NEO4J_PASSWORD,
      database,
    });
    return { store, description: `Neo4j at ${env.NEO4J_URI} (database '${database}')` };
  }
  const file = join(dataDir(env), 'orbit.db');
  const store = new SqliteStore(file);
  await store.init();
  return { store, description: `SQLite file ${file}` };
}
