import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createContact } from '../../../graph/model';
import { SqliteStore } from '../../../server/store/sqlite-store';
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
});
