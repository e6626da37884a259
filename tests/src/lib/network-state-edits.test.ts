// Undo and redo of panel edits in NetworkState, with the real API client and app on SQLite
// (fetch routed through app.inject), interleaved with orbit moves on the same history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../src/lib/api';
import { fieldEdit } from '../../../src/lib/move-history';
import { NetworkState } from '../../../src/lib/network-state.svelte';
import { Toasts } from '../../../src/lib/toasts.svelte';
import { makeTestApp, type TestApp } from '../../support/app';
import { injectFetch, MemoryStorage } from '../../support/in-process';
import { sqliteFactory } from '../../support/stores';
import { contact } from '../../graph/explore/fixtures';

describe('fieldEdit', () => {
  it('keeps only the fields the patch changed, before and after', () => {
    const before = contact('a', { company: 'Acme', tags: ['x'] });
    const after = { ...before, company: 'Globex', version: 2 };
    expect(fieldEdit(before, after, { company: 'Globex', tags: ['x'] })).toEqual({
      kind: 'edit',
      contactId: 'a',
      before: { company: 'Acme' },
      after: { company: 'Globex' },
    });
    expect(fieldEdit(before, before, { tags: ['x'] })).toBeNull();
  });
});

describe('NetworkState panel edits', () => {
  let test: TestApp;
  let api: ApiClient;
  let storage: MemoryStorage;
  let toasts: Toasts;

  beforeEach(async () => {
    test = await makeTestApp(sqliteFactory);
    api = new ApiClient('/api', injectFetch(test));
    storage = new MemoryStorage();
    toasts = new Toasts();
  });

  afterEach(async () => {
    await test.close();
  });

  async function loaded(): Promise<NetworkState> {
    const state = new NetworkState(api, toasts, storage);
    await state.load();
    return state;
  }

  it('undoes and redoes an edit made in the panel, in order with moves', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace', company: 'Analytical Engines' }))!;
    await state.moveContact(ada.id, 'core');
    await state.updateContact(ada.id, { company: 'Babbage & Co', tags: ['maths'] });
    expect((await api.getContact(ada.id)).company).toBe('Babbage & Co');

    expect(await state.undo()).toBe(true);
    const undone = await api.getContact(ada.id);
    expect(undone.company).toBe('Analytical Engines');
    expect(undone.tags).toEqual([]);
    expect(undone.orbit).toBe('core');

    expect(await state.undo()).toBe(true);
    expect((await api.getContact(ada.id)).orbit).toBe('outer');

    expect(await state.redo()).toBe(true);
    expect(await state.redo()).toBe(true);
    expect((await api.getContact(ada.id)).company).toBe('Babbage & Co');
  });

  it('keeps edits in the history across a reload', async () => {
    const first = await loaded();
    const ada = (await first.addContact({ name: 'Ada Lovelace' }))!;
    await first.updateContact(ada.id, { notes: 'met at the board' });
    const second = await loaded();
    expect(second.canUndo).toBe(true);
    expect(await second.undo()).toBe(true);
    expect((await api.getContact(ada.id)).notes).toBe('');
  });

  it('does not undo an edit over a later change made elsewhere', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    await state.updateContact(ada.id, { company: 'Acme' });
    const current = await api.getContact(ada.id);
    await api.updateContact(ada.id, { company: 'Globex' }, current.version);
    await state.load();
    expect(await state.undo()).toBe(false);
    expect((await api.getContact(ada.id)).company).toBe('Globex');
  });
});
