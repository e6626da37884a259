// An app built on a real store, driven through app.inject (no socket).
import type { OrbitApp } from '../../server/context';
import { buildApp } from '../../server/app';
import type { Store } from '../../server/store/store';
import type { StoreFactory } from './stores';

export interface TestApp {
  app: OrbitApp;
  store: Store;
  close(): Promise<void>;
}

export async function makeTestApp(factory: StoreFactory, options: { bodyLimit?: number } = {}): Promise<TestApp> {
  const store = await factory.make();
  const app = await buildApp({ store, ...options });
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** Headers of a same-origin request from the app's own page. */
export const SAME_ORIGIN = { host: '127.0.0.1:5174', origin: 'http://127.0.0.1:5174' };
