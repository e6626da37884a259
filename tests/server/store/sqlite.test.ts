import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createContact } from '../../../graph/model';
import { syntheticNetwork } from '../../../graph/sample';
import { SNAPSHOT_THREAD_FROM, SqliteStore } from '../../../server/store/sqlite-store';
import { makeSqliteStore } from '../../support/stores';
import { storeContract } from './contract';

storeContract('sqlite', makeSqliteStore);

describe('SqliteStore', () => {
  it('keeps data across a close and reopen, in WAL mode, with migrations recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orbit-sqlite-'));
    try {
      const file = join(dir, 'nested', 'orbit.db');
      const first = new SqliteStore(file);
      await first.init();
      const c = await first.insertContact(createContact({ name: 'Persisted', orbit: 'core' }));
      await first.close();

      const second = new SqliteStore(file);
      await second.init();
      expect(await second.getContact(c.id)).toEqual(c);
      await second.close();

      const raw = new Database(file, { readonly: true });
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database written by a newer schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orbit-sqlite-'));
    try {
      const file = join(dir, 'orbit.db');
      const raw = new Database(file);
      raw.pragma('user_version = 999');
      raw.close();
      const store = new SqliteStore(file);
      await expect(store.init()).rejects.toThrow(/newer Career Orbit/);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds a big network answer on its reader thread: the same network, and the event loop free meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orbit-sqlite-'));
    const store = new SqliteStore(join(dir, 'orbit.db'));
    try {
      await store.init();
      const net = syntheticNetwork({ contacts: SNAPSHOT_THREAD_FROM, seed: 3 });
      await store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      await store.updateEgo({ name: 'Robin Reader' });
      let turned = false;
      setImmediate(() => (turned = true));
      const json = await store.getNetworkJson();
      // On the event loop the answer would be ready before the next turn of the loop.
      expect(turned).toBe(true);
      const network = await store.getNetwork();
      expect(json.version).toBe(network.version);
      expect(json.ego).toEqual(network.ego);
      expect(json.contactCount).toBe(SNAPSHOT_THREAD_FROM);
      // Read on the thread, the JSON comes as UTF-8 bytes.
      const text = (part: string | Uint8Array) => (typeof part === 'string' ? part : new TextDecoder().decode(part));
      expect(json.contactsJson).toBeInstanceOf(Uint8Array);
      expect(JSON.parse(text(json.contactsJson))).toEqual(network.contacts);
      expect(JSON.parse(text(json.tiesJson))).toEqual(network.ties);
      // A later write is seen by the next read (a fresh snapshot each time).
      await store.updateEgo({ name: 'Robin Later' });
      expect((await store.getNetworkJson()).ego.name).toBe('Robin Later');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells its bulk-write listeners the contact count after each applyBatch, and only then', async () => {
    const store = await makeSqliteStore();
    try {
      const heard: number[] = [];
      const stop = store.onBulkWrite!((contacts) => heard.push(contacts));
      const net = syntheticNetwork({ contacts: 40, seed: 5 });
      await store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      await store.updateEgo({ name: 'Not a bulk write' });
      await store.insertContact(createContact({ name: 'Nor is this' }));
      expect(heard).toEqual([40]);
      stop();
      await store.applyBatch({ createContacts: [createContact({ name: 'Unheard' })], updateContacts: [], createTies: [], createInteractions: [] });
      expect(heard).toEqual([40]);
    } finally {
      await store.close();
    }
  });
});
