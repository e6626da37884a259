// The store contract: every backend runs these same assertions (see sqlite.test.ts and
// neo4j.test.ts). A fresh, empty store per test; ids are random.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../graph/errors';
import { createContact, createInteraction, createTie, newId, type Contact } from '../../../graph/model';
import type { Store } from '../../../server/store/store';

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const person = (name: string, extra: Partial<Contact> = {}) => createContact({ name, ...extra });

    it('starts empty with a default ego', async () => {
      const net = await store.getNetwork();
      expect(net.contacts).toEqual([]);
      expect(net.ties).toEqual([]);
      expect(net.ego.id).toBe('ego');
      expect(typeof net.ego.name).toBe('string');
      expect(typeof net.version).toBe('number');
    });

    it('round-trips every contact field exactly', async () => {
      const c = createContact({
        name: 'Ada <b>Lovelace</b>',
        company: '=HYPERLINK("x")',
        position: 'Trustee',
        emails: ['ada@example.org', 'ada2@example.org'],
        phones: ['+44 20 7946 0000'],
        profileUrl: 'https://www.linkedin.com/in/Ada-L/',
        location: 'London',
        tags: ['board', 'mentor'],
        notes: 'line one\nline two',
        sources: ['manual', 'linkedin'],
        connectedOn: '2019-03-14',
        contexts: ['board', 'worked-together'],
        wouldTakeMyCall: true,
        orbit: 'core',
      });
      await store.insertContact(c);
      expect(await store.getContact(c.id)).toEqual(c);
      const net = await store.getNetwork();
      expect(net.contacts).toEqual([c]);
      const nulls = createContact({ name: 'No Extras' });
      await store.insertContact(nulls);
      expect(await store.getContact(nulls.id)).toEqual(nulls);
    });

    it('refuses a second contact with the same id', async () => {
      const c = person('Bea');
      await store.insertContact(c);
      await expect(store.insertContact({ ...c, name: 'Other' })).rejects.toBeInstanceOf(ConflictError);
      expect((await store.getContact(c.id)).name).toBe('Bea');
    });

    it('throws NotFoundError for a missing contact', async () => {
      await expect(store.getContact('nope')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.updateContact('nope', { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.deleteContact('nope')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.listInteractions('nope')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('updates a contact, bumps its version and records an orbit move', async () => {
      const c = await store.insertContact(person('Cy'));
      const moved = await store.updateContact(c.id, { orbit: 'core', company: 'Acme' }, 1);
      expect(moved.version).toBe(2);
      expect(moved.orbit).toBe('core');
      expect(moved.company).toBe('Acme');
      expect(await store.getContact(c.id)).toEqual(moved);
      const moves = await store.listOrbitMoves(c.id);
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({ contactId: c.id, from: 'outer', to: 'core' });
      expect(Number.isNaN(Date.parse(moves[0].at))).toBe(false);
      await store.updateContact(c.id, { notes: 'no move' });
      expect(await store.listOrbitMoves(c.id)).toHaveLength(1);
      expect(await store.listOrbitMoves()).toHaveLength(1);
    });

    it('refuses a stale version with ConflictError and changes nothing', async () => {
      const c = await store.insertContact(person('Dee'));
      await store.updateContact(c.id, { orbit: 'tweener' }, 1);
      await expect(store.updateContact(c.id, { orbit: 'core' }, 1)).rejects.toBeInstanceOf(ConflictError);
      const now = await store.getContact(c.id);
      expect(now.orbit).toBe('tweener');
      expect(now.version).toBe(2);
    });

    it('refuses an invalid patch with InvalidInputError and changes nothing', async () => {
      const c = await store.insertContact(person('Eve'));
      await expect(store.updateContact(c.id, { connectedOn: '2024-02-30' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(store.updateContact(c.id, { orbit: 'sun' as never })).rejects.toBeInstanceOf(InvalidInputError);
      expect(await store.getContact(c.id)).toEqual(c);
    });

    it('stores ties once per pair and deletes them', async () => {
      const a = await store.insertContact(person('A'));
      const b = await store.insertContact(person('B'));
      const tie = await store.insertTie(createTie({ source: b.id, target: a.id, weight: 0.5 }));
      await expect(store.insertTie(createTie({ source: a.id, target: b.id }))).rejects.toBeInstanceOf(ConflictError);
      await expect(store.insertTie(createTie({ source: a.id, target: 'ghost' }))).rejects.toBeInstanceOf(NotFoundError);
      const net = await store.getNetwork();
      expect(net.ties).toEqual([tie]);
      await store.deleteTie(tie.id);
      expect((await store.getNetwork()).ties).toEqual([]);
      await expect(store.deleteTie(tie.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('stores interactions newest first and refuses them for missing contacts', async () => {
      const a = await store.insertContact(person('A'));
      const old = await store.insertInteraction(
        createInteraction({ contactId: a.id, date: '2020-01-01', kind: 'call', direction: 'given' }),
      );
      const recent = await store.insertInteraction(
        createInteraction({ contactId: a.id, date: '2025-06-01', kind: 'advice', direction: 'received', note: 'résumé' }),
      );
      expect(await store.listInteractions(a.id)).toEqual([recent, old]);
      expect(await store.listAllInteractions()).toHaveLength(2);
      await expect(
        store.insertInteraction(createInteraction({ contactId: 'ghost', date: '2020-01-01', kind: 'call', direction: 'given' })),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('deletes a contact with its ties, interactions and moves', async () => {
      const a = await store.insertContact(person('A'));
      const b = await store.insertContact(person('B'));
      await store.insertTie(createTie({ source: a.id, target: b.id }));
      await store.insertInteraction(createInteraction({ contactId: a.id, date: '2024-01-01', kind: 'call', direction: 'mutual' }));
      await store.updateContact(a.id, { orbit: 'core' });
      await store.deleteContact(a.id);
      const net = await store.getNetwork();
      expect(net.contacts.map((c) => c.id)).toEqual([b.id]);
      expect(net.ties).toEqual([]);
      expect(await store.listAllInteractions()).toEqual([]);
      expect(await store.listOrbitMoves()).toEqual([]);
    });

    it('increases the version on every write', async () => {
      const v0 = await store.getVersion();
      const a = await store.insertContact(person('A'));
      const v1 = await store.getVersion();
      await store.updateContact(a.id, { notes: 'x' });
      const v2 = await store.getVersion();
      await store.updateEgo({ name: 'Me' });
      const v3 = await store.getVersion();
      expect(v1).toBeGreaterThan(v0);
      expect(v2).toBeGreaterThan(v1);
      expect(v3).toBeGreaterThan(v2);
      expect((await store.getNetwork()).version).toBe(v3);
    });

    it('reads the topology as getNetwork orders contacts and ties, ends as indices', async () => {
      const contacts = ['A', 'B', 'C'].map((n) => person(n));
      const ties = [
        createTie({ source: contacts[0].id, target: contacts[1].id, weight: 0.5 }),
        createTie({ source: contacts[2].id, target: contacts[0].id }),
      ];
      await store.applyBatch({ createContacts: contacts, updateContacts: [], createTies: ties, createInteractions: [] });
      const net = await store.getNetwork();
      const topology = await store.getTopology();
      expect(topology.version).toBe(net.version);
      expect(topology.contactIds).toEqual(net.contacts.map((c) => c.id));
      const ids = topology.contactIds;
      expect(Array.from(topology.ties.source, (i) => ids[i])).toEqual(net.ties.map((t) => t.source));
      expect(Array.from(topology.ties.target, (i) => ids[i])).toEqual(net.ties.map((t) => t.target));
      expect(Array.from(topology.ties.weight)).toEqual(net.ties.map((t) => t.weight ?? NaN));
    });

    it('updates the ego', async () => {
      const ego = await store.updateEgo({ name: 'Mara Quinn', headline: 'Design leader' });
      expect(ego).toEqual({ id: 'ego', name: 'Mara Quinn', headline: 'Design leader' });
      expect((await store.getNetwork()).ego).toEqual(ego);
    });

    it('applies a batch as one transaction', async () => {
      const existing = await store.insertContact(person('Old', { emails: ['old@example.org'] }));
      const fresh = [person('N1'), person('N2'), person('N3')];
      await store.applyBatch({
        createContacts: fresh,
        updateContacts: [{ ...existing, orbit: 'tweener', emails: ['old@example.org', 'new@example.org'] }],
        createTies: [createTie({ source: fresh[0].id, target: fresh[1].id }), createTie({ source: fresh[1].id, target: existing.id })],
        createInteractions: [createInteraction({ contactId: fresh[2].id, date: '2025-01-02', kind: 'email', direction: 'received' })],
      });
      const net = await store.getNetwork();
      expect(net.contacts).toHaveLength(4);
      expect(net.ties).toHaveLength(2);
      const updated = await store.getContact(existing.id);
      expect(updated.version).toBe(2);
      expect(updated.emails).toEqual(['old@example.org', 'new@example.org']);
      expect(updated.orbit).toBe('tweener');
      expect(await store.listOrbitMoves(existing.id)).toHaveLength(1);
      expect(await store.listInteractions(fresh[2].id)).toHaveLength(1);
    });

    it('writes orbit history given in a batch as it was', async () => {
      const c = person('Restored', { orbit: 'core' });
      const moves = [
        { id: newId(), contactId: c.id, from: 'outer' as const, to: 'tweener' as const, at: '2023-01-05T10:00:00.000Z' },
        { id: newId(), contactId: c.id, from: 'tweener' as const, to: 'core' as const, at: '2024-02-06T11:00:00.000Z' },
      ];
      await store.applyBatch({ createContacts: [c], updateContacts: [], createTies: [], createInteractions: [], createOrbitMoves: moves });
      expect(await store.listOrbitMoves(c.id)).toEqual(moves);
      await expect(
        store.applyBatch({
          createContacts: [],
          updateContacts: [],
          createTies: [],
          createInteractions: [],
          createOrbitMoves: [{ ...moves[0], id: newId(), contactId: 'ghost' }],
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('skips batch ties whose pair exists already', async () => {
      const a = await store.insertContact(person('A'));
      const b = await store.insertContact(person('B'));
      const first = await store.insertTie(createTie({ source: a.id, target: b.id }));
      await store.applyBatch({
        createContacts: [],
        updateContacts: [],
        createTies: [createTie({ source: b.id, target: a.id })],
        createInteractions: [],
      });
      expect((await store.getNetwork()).ties).toEqual([first]);
    });

    it('rolls back the whole batch when any part fails', async () => {
      const existing = await store.insertContact(person('Old'));
      const before = await store.getNetwork();
      const fresh = [person('N1'), person('N2')];
      await expect(
        store.applyBatch({
          createContacts: fresh,
          updateContacts: [],
          createTies: [createTie({ source: fresh[0].id, target: fresh[1].id })],
          createInteractions: [createInteraction({ contactId: 'ghost', date: '2025-01-02', kind: 'email', direction: 'received' })],
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.applyBatch({
          createContacts: [person('N3')],
          updateContacts: [{ ...existing, version: 7, name: 'Stale' }],
          createTies: [],
          createInteractions: [],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        store.applyBatch({ createContacts: [person('N4'), { ...existing }], updateContacts: [], createTies: [], createInteractions: [] }),
      ).rejects.toBeInstanceOf(ConflictError);
      const after = await store.getNetwork();
      expect(after.contacts).toEqual(before.contacts);
      expect(after.ties).toEqual(before.ties);
      expect(await store.listAllInteractions()).toEqual([]);
    });

    it('clears everything but the ego', async () => {
      await store.updateEgo({ name: 'Keep Me' });
      const a = await store.insertContact(person('A'));
      await store.insertInteraction(createInteraction({ contactId: a.id, date: '2024-01-01', kind: 'call', direction: 'mutual' }));
      await store.clear();
      const net = await store.getNetwork();
      expect(net.contacts).toEqual([]);
      expect(net.ego.name).toBe('Keep Me');
      expect(await store.listAllInteractions()).toEqual([]);
    });

    it('bulk-writes a thousand contacts and ties in one batch', async () => {
      const many = Array.from({ length: 1000 }, (_, i) => person(`P${i}`));
      const ties = many.slice(1).map((c, i) => createTie({ source: many[i].id, target: c.id }));
      await store.applyBatch({ createContacts: many, updateContacts: [], createTies: ties, createInteractions: [] });
      const net = await store.getNetwork();
      expect(net.contacts).toHaveLength(1000);
      expect(net.ties).toHaveLength(999);
    });
  });
}
