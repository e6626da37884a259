import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactColumnsOf, contactsOfColumns, createContact, createTie, ORBITS, tieColumnsOf, tiesOfColumns } from '../../../graph/model';
import { syntheticNetwork } from '../../../graph/sample';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { sqliteFactory, storeFactories } from '../../support/stores';

for (const factory of storeFactories()) {
  describe(`network API on ${factory.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await makeTestApp(factory);
      const net = syntheticNetwork({ contacts: 300 });
      await t.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
    });
    afterEach(async () => {
      await t.close();
    });

    /** GET /api/network with this accept-encoding, and a query string when given (`?ties=columns`). */
    const get = (encoding: string, query = '') =>
      t.app.inject({ method: 'GET', url: `/api/network${query}`, headers: { ...SAME_ORIGIN, 'accept-encoding': encoding } });

    it('answers gzip to a client that accepts it, with the same network and the security headers', async () => {
      const plain = await get('identity');
      const zipped = await get('gzip, deflate, br');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['x-content-type-options']).toBe('nosniff');
      expect(zipped.headers['content-security-policy']).toContain("default-src 'self'");
      expect(zipped.rawPayload.length * 5).toBeLessThan(plain.rawPayload.length);
      const body = JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'));
      expect(body).toEqual(plain.json());
      expect(body.contacts).toHaveLength(300);
      expect(body.orbits.map((o: { id: string }) => o.id)).toEqual(['core', 'tweener', 'outer', 'archived']);
    });

    it("answers exactly the store's network, whatever the names and weights hold", async () => {
      const odd = [
        createContact({ name: 'Zoë "Zee" O\'Brien', notes: 'line one\nline two\ttab \\ back', tags: ['ünï', '<b>x</b>'], wouldTakeMyCall: true }),
        createContact({ name: '=HYPERLINK("http://x")', company: '🚀 Rocket, Inc.', emails: ['a@b.org', 'c@d.org'], wouldTakeMyCall: false }),
        createContact({ name: '\u2028 separators \u2029', phones: ['+1 555 0100'], contexts: ['board', 'worked-together'] }),
      ];
      const ties = [
        createTie({ source: odd[0].id, target: odd[1].id, weight: 0.1 + 0.2 }),
        createTie({ source: odd[1].id, target: odd[2].id, weight: 1 / 3 }),
        createTie({ source: odd[0].id, target: odd[2].id, weight: 1 }),
      ];
      await t.store.applyBatch({ createContacts: odd, updateContacts: [], createTies: ties, createInteractions: [] });
      const stored = await t.store.getNetwork();
      const body = JSON.parse(gunzipSync((await get('gzip')).rawPayload).toString('utf8'));
      expect(body).toEqual({ ego: stored.ego, orbits: [...ORBITS], contacts: stored.contacts, ties: stored.ties, version: stored.version });
      expect(body.ties.map((x: { weight: number }) => x.weight)).toEqual(expect.arrayContaining([0.1 + 0.2, 1 / 3, 1]));
    });

    it('leaves small answers uncompressed', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { ...SAME_ORIGIN, 'accept-encoding': 'gzip' } });
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.json().ok).toBe(true);
    });

    it('answers the ties as columns when asked: the same ties in the same order, and a 400 for another form', async () => {
      const stored = await t.store.getNetwork();
      const res = await get('gzip', '?ties=columns');
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(gunzipSync(res.rawPayload).toString('utf8'));
      expect(Object.keys(body)).toEqual(['ego', 'orbits', 'contacts', 'tieColumns', 'version']);
      expect(body.tieColumns).toEqual(tieColumnsOf(stored.ties));
      expect({ ...body, tieColumns: undefined, ties: tiesOfColumns(body.tieColumns) }).toEqual({ ...(await get('identity')).json(), tieColumns: undefined });
      // Smaller than the objects: the field names are written once.
      expect(res.rawPayload.length).toBeLessThan((await get('gzip')).rawPayload.length);
      const bad = await get('identity', '?ties=rows');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toBe("ties: expected 'objects' or 'columns', got 'rows'");
    });

    it('answers the contacts as columns too when asked (the form the page asks for): the same contacts in the same order', async () => {
      const stored = await t.store.getNetwork();
      const res = await get('gzip', '?contacts=columns&ties=columns');
      expect(res.statusCode).toBe(200);
      const body = JSON.parse(gunzipSync(res.rawPayload).toString('utf8'));
      expect(Object.keys(body)).toEqual(['ego', 'orbits', 'contactColumns', 'tieColumns', 'version']);
      expect(body.contactColumns).toEqual(contactColumnsOf(stored.contacts));
      expect(contactsOfColumns(body.contactColumns)).toEqual(stored.contacts);
      expect(tiesOfColumns(body.tieColumns)).toEqual(stored.ties);
      // Lists, nulls and booleans come through as they are stored.
      expect(body.contactColumns.wouldTakeMyCall).toEqual(stored.contacts.map((c) => c.wouldTakeMyCall));
      expect(body.contactColumns.tags).toEqual(stored.contacts.map((c) => c.tags));
      // Contacts as columns with ties as objects is a form of its own.
      const mixed = (await get('identity', '?contacts=columns')).json();
      expect(Object.keys(mixed)).toEqual(['ego', 'orbits', 'contactColumns', 'ties', 'version']);
      expect(mixed.ties).toEqual(stored.ties);
      expect(res.rawPayload.length).toBeLessThan((await get('gzip', '?ties=columns')).rawPayload.length);
      const bad = await get('identity', '?contacts=table');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toBe("contacts: expected 'objects' or 'columns', got 'table'");
    });

    it('answers the new network after a write', async () => {
      const before = (await get('identity')).json();
      const moved = before.contacts.find((c: { orbit: string }) => c.orbit === 'outer');
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/contacts/${moved.id}`,
        headers: SAME_ORIGIN,
        payload: { orbit: 'core' },
      });
      expect(patch.statusCode).toBe(200);
      const after = (await get('identity')).json();
      expect(after.version).toBeGreaterThan(before.version);
      expect(after.contacts.find((c: { id: string }) => c.id === moved.id).orbit).toBe('core');
    });
  });
}

describe('network API after a bulk write to a big network', () => {
  it('reads and compresses the new network before it is asked for, and answers it once asked', async () => {
    const t = await makeTestApp(sqliteFactory);
    try {
      let reads = 0;
      const read = t.store.getNetworkJson!.bind(t.store);
      t.store.getNetworkJson = (form) => {
        reads++;
        return read(form);
      };
      const net = syntheticNetwork({ contacts: 5000, seed: 2 });
      await t.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      // Under way before any GET (once the promise callbacks queued by the write have run),
      // in the form the page asks for: contacts and ties as columns.
      await new Promise((r) => setImmediate(r));
      expect(reads).toBe(1);
      const res = await t.app.inject({ method: 'GET', url: '/api/network?contacts=columns&ties=columns', headers: { ...SAME_ORIGIN, 'accept-encoding': 'gzip' } });
      expect(reads).toBe(1);
      const body = JSON.parse(gunzipSync(res.rawPayload).toString('utf8'));
      const stored = await t.store.getNetwork();
      expect(body.version).toBe(stored.version);
      expect(contactsOfColumns(body.contactColumns)).toEqual(stored.contacts);
      expect(tiesOfColumns(body.tieColumns)).toEqual(stored.ties);
      // The other form of the same version is read when asked for.
      expect((await t.app.inject({ method: 'GET', url: '/api/network', headers: SAME_ORIGIN })).json().ties).toEqual(stored.ties);
      expect(reads).toBe(2);
      // A small write is not read ahead: the next GET reads it.
      await t.store.updateEgo({ name: 'Robin After' });
      expect(reads).toBe(2);
      const after = (await t.app.inject({ method: 'GET', url: '/api/network?contacts=columns&ties=columns', headers: SAME_ORIGIN })).json();
      expect(reads).toBe(3);
      expect(after.ego.name).toBe('Robin After');
    } finally {
      await t.close();
    }
  });
});

