// NetworkState with the real API client against the real app on a SQLite file: the fetch the
// client uses is routed through app.inject instead of a socket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../src/lib/api';
import { NetworkState } from '../../../src/lib/network-state.svelte';
import { Toasts } from '../../../src/lib/toasts.svelte';
import { makeTestApp, type TestApp } from '../../support/app';
import { injectFetch, MemoryStorage } from '../../support/in-process';
import { sqliteFactory } from '../../support/stores';

describe('NetworkState', () => {
  let test: TestApp;
  let api: ApiClient;
  let toasts: Toasts;
  let storage: MemoryStorage;

  beforeEach(async () => {
    test = await makeTestApp(sqliteFactory);
    api = new ApiClient('/api', injectFetch(test));
    toasts = new Toasts();
    storage = new MemoryStorage();
  });

  afterEach(async () => {
    await test.close();
  });

  async function loaded(): Promise<NetworkState> {
    const state = new NetworkState(api, toasts, storage);
    await state.load();
    return state;
  }

  it('loads an empty network and reports it as empty', async () => {
    const state = await loaded();
    expect(state.status).toBe('ready');
    expect(state.isEmpty).toBe(true);
    expect(state.layout.rings.map((r) => r.orbit)).toEqual(['core', 'tweener', 'outer']);
  });

  it('loads the sample network and counts contacts per orbit', async () => {
    const state = await loaded();
    expect(await state.loadSample()).toBe(true);
    expect(state.contacts.length).toBeGreaterThan(50);
    const total = Object.values(state.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(state.contacts.length);
    expect(state.mapContacts.every((c) => c.orbit !== 'archived')).toBe(true);
  });

  it('saves a move, undoes it with the reverse patch, and redoes it', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    expect(ada.orbit).toBe('outer');

    expect(await state.moveContact(ada.id, 'core')).toBe(true);
    expect((await api.getContact(ada.id)).orbit).toBe('core');
    expect(state.contact(ada.id)?.orbit).toBe('core');
    expect(state.layout.rings.find((r) => r.orbit === 'core')?.count).toBe(1);
    expect(state.canUndo).toBe(true);

    expect(await state.undo()).toBe(true);
    expect((await api.getContact(ada.id)).orbit).toBe('outer');
    expect(state.canRedo).toBe(true);

    expect(await state.redo()).toBe(true);
    expect((await api.getContact(ada.id)).orbit).toBe('core');
  });

  it('places a move where the contact was put down, keeps the rest of the map still, and an undo puts it back', async () => {
    const state = await loaded();
    await state.loadSample();
    const before = state.layout;
    const mover = state.mapContacts.find((c) => c.orbit === 'outer')!;
    const home = before.positions[mover.id];
    const tweener = before.rings.find((r) => r.orbit === 'tweener')!;
    const angle = Math.atan2(home.y, home.x) + 0.3;
    const at = { x: tweener.bands[0] * Math.cos(angle), y: tweener.bands[0] * Math.sin(angle) };

    expect(await state.moveContact(mover.id, 'tweener', at)).toBe(true);
    const after = state.layout;
    expect(after.rings.map((r) => r.bands)).toEqual(before.rings.map((r) => r.bands));
    const placed = after.positions[mover.id];
    expect(Math.hypot(placed.x - at.x, placed.y - at.y)).toBeLessThan(4 * (after.options.nodeSize + after.options.spacing));
    const shifted = Object.keys(before.positions).filter(
      (id) => id !== mover.id && (before.positions[id].x !== after.positions[id].x || before.positions[id].y !== after.positions[id].y),
    );
    // Only contacts on the ring it joined made room (the sample's tweener band is nearly full),
    // the core and outer rings stand still.
    expect(shifted.length).toBeLessThan(tweener.count);
    for (const id of shifted) expect(state.contact(id)?.orbit).toBe('tweener');

    expect(await state.undo()).toBe(true);
    expect(state.layout.positions[mover.id].x).toBeCloseTo(home.x, 9);
    expect(state.layout.positions[mover.id].y).toBeCloseTo(home.y, 9);
    expect(state.layout.rings.map((r) => r.count)).toEqual(before.rings.map((r) => r.count));
  });

  it('lays the map out afresh when more than moves changed (a contact added)', async () => {
    const state = await loaded();
    await state.loadSample();
    const before = state.layout;
    await state.addContact({ name: 'Ada Lovelace' });
    const after = state.layout;
    expect(after).not.toBe(before);
    expect(after.positions[state.contacts.at(-1)!.id]).toBeDefined();
  });

  it('runs a quick undo then redo in turn, each on the orbit the previous one left', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    await state.moveContact(ada.id, 'core');
    const [undone, redone] = await Promise.all([state.undo(), state.redo()]);
    expect([undone, redone]).toEqual([true, true]);
    expect((await api.getContact(ada.id)).orbit).toBe('core');
    expect(state.canUndo).toBe(true);
  });

  it('keeps the move history across a reload of the page', async () => {
    const first = await loaded();
    const ada = (await first.addContact({ name: 'Ada Lovelace' }))!;
    await first.moveContact(ada.id, 'tweener');

    const second = await loaded();
    expect(second.canUndo).toBe(true);
    expect(await second.undo()).toBe(true);
    expect((await api.getContact(ada.id)).orbit).toBe('outer');
  });

  it('does not undo over a change made elsewhere since', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    await state.moveContact(ada.id, 'core');
    const current = await api.getContact(ada.id);
    await api.updateContact(ada.id, { orbit: 'tweener' }, current.version);
    await state.load();

    expect(await state.undo()).toBe(false);
    expect((await api.getContact(ada.id)).orbit).toBe('tweener');
    expect(toasts.items.at(-1)?.message).toMatch(/moved since/);
  });

  it('shows the server message and re-reads the contact on a stale version', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    const current = await api.getContact(ada.id);
    await api.updateContact(ada.id, { company: 'Analytical Engines' }, current.version);

    expect(await state.updateContact(ada.id, { position: 'Mathematician' })).toBeNull();
    expect(toasts.items.at(-1)?.kind).toBe('error');
    expect(state.contact(ada.id)?.company).toBe('Analytical Engines');

    const saved = await state.updateContact(ada.id, { position: 'Mathematician' });
    expect(saved?.position).toBe('Mathematician');
    expect(saved?.company).toBe('Analytical Engines');
  });

  it('saves two quick edits in turn, the second on the version the first produced', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    const [first, second] = await Promise.all([
      state.updateContact(ada.id, { name: 'Ada King' }),
      state.updateContact(ada.id, { company: 'Analytical Engines' }),
    ]);
    expect(first?.version).toBe(ada.version + 1);
    expect(second?.version).toBe(ada.version + 2);
    const stored = await api.getContact(ada.id);
    expect([stored.name, stored.company]).toEqual(['Ada King', 'Analytical Engines']);
    expect(toasts.items).toEqual([]);
  });

  it('renames the network owner', async () => {
    const state = await loaded();
    expect(await state.updateEgo({ name: 'Grace Hopper', headline: 'Rear admiral' })).toBe(true);
    expect(state.ego.name).toBe('Grace Hopper');
    const network = await api.network();
    expect([network.ego.name, network.ego.headline]).toEqual(['Grace Hopper', 'Rear admiral']);
  });

  it('refuses an invalid edit with the server message and changes nothing', async () => {
    const state = await loaded();
    const ada = (await state.addContact({ name: 'Ada Lovelace' }))!;
    expect(await state.updateContact(ada.id, { connectedOn: '2026-02-30' })).toBeNull();
    expect(toasts.items.at(-1)?.message).toMatch(/connectedOn/);
    expect((await api.getContact(ada.id)).version).toBe(ada.version);
  });
});
