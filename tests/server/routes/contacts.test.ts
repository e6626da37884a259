import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

for (const factory of storeFactories()) {
  describe(`contacts API on ${factory.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await makeTestApp(factory);
    });
    afterEach(async () => {
      await t.close();
    });

    const post = (url: string, payload: unknown) =>
      t.app.inject({ method: 'POST', url, headers: SAME_ORIGIN, payload: payload as object });

    it('reports health with the store kind', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: SAME_ORIGIN });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ok: true, store: factory.name });
    });

    it('creates a contact in the outer orbit and reads it back', async () => {
      const res = await post('/api/contacts', { name: 'Noor Haddad', company: 'Atlas Design', contexts: ['school'] });
      expect(res.statusCode).toBe(201);
      const c = res.json() as Contact;
      expect(c).toMatchObject({ name: 'Noor Haddad', orbit: 'outer', version: 1, contexts: ['school'], sources: ['manual'] });
      expect(res.headers.etag).toBe('"1"');
      const got = await t.app.inject({ method: 'GET', url: `/api/contacts/${c.id}`, headers: SAME_ORIGIN });
      expect(got.json()).toEqual(c);
    });

    it('moves a contact between orbits with If-Match and refuses a stale version', async () => {
      const c = (await post('/api/contacts', { name: 'Ravi' })).json() as Contact;
      const moved = await t.app.inject({
        method: 'PATCH',
        url: `/api/contacts/${c.id}`,
        headers: { ...SAME_ORIGIN, 'if-match': '"1"' },
        payload: { orbit: 'core' },
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ orbit: 'core', version: 2 });
      const stale = await t.app.inject({
        method: 'PATCH',
        url: `/api/contacts/${c.id}`,
        headers: { ...SAME_ORIGIN, 'if-match': '"1"' },
        payload: { orbit: 'tweener' },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toBe('ConflictError');
      expect((await t.store.getContact(c.id)).orbit).toBe('core');
      const moves = await t.app.inject({ method: 'GET', url: `/api/contacts/${c.id}/moves`, headers: SAME_ORIGIN });
      expect(moves.json()).toMatchObject([{ from: 'outer', to: 'core' }]);
    });

    it('lists the network with orbits inside-out', async () => {
      const a = (await post('/api/contacts', { name: 'A', orbit: 'core' })).json() as Contact;
      const b = (await post('/api/contacts', { name: 'B' })).json() as Contact;
      const tie = await post('/api/ties', { source: a.id, target: b.id });
      expect(tie.statusCode).toBe(201);
      const net = (await t.app.inject({ method: 'GET', url: '/api/network', headers: SAME_ORIGIN })).json();
      expect(net.orbits.map((o: { id: string }) => o.id)).toEqual(['core', 'tweener', 'outer', 'archived']);
      expect(net.contacts).toHaveLength(2);
      expect(net.ties).toHaveLength(1);
      expect(net.ego.id).toBe('ego');
      const del = await t.app.inject({ method: 'DELETE', url: `/api/ties/${tie.json().id}`, headers: SAME_ORIGIN });
      expect(del.statusCode).toBe(204);
    });

    it('records interactions and lists them newest first', async () => {
      const c = (await post('/api/contacts', { name: 'Lena' })).json() as Contact;
      await post('/api/interactions', { contactId: c.id, date: '2024-05-01', kind: 'call', direction: 'given' });
      const r = await post('/api/interactions', { contactId: c.id, date: '2025-05-01', kind: 'advice', direction: 'received' });
      expect(r.statusCode).toBe(201);
      const list = await t.app.inject({ method: 'GET', url: `/api/contacts/${c.id}/interactions`, headers: SAME_ORIGIN });
      expect(list.json().map((i: { date: string }) => i.date)).toEqual(['2025-05-01', '2024-05-01']);
    });

    it('deletes a contact and answers 404 afterwards', async () => {
      const c = (await post('/api/contacts', { name: 'Gone' })).json() as Contact;
      expect((await t.app.inject({ method: 'DELETE', url: `/api/contacts/${c.id}`, headers: SAME_ORIGIN })).statusCode).toBe(204);
      const res = await t.app.inject({ method: 'GET', url: `/api/contacts/${c.id}`, headers: SAME_ORIGIN });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('NotFoundError');
    });

    it('stores names with markup and formulas as plain text', async () => {
      const name = '<img src=x onerror=alert(1)> =1+1';
      const c = (await post('/api/contacts', { name })).json() as Contact;
      expect((await t.store.getContact(c.id)).name).toBe(name);
    });

    it('updates the ego', async () => {
      const res = await t.app.inject({ method: 'PATCH', url: '/api/ego', headers: SAME_ORIGIN, payload: { name: 'Mara' } });
      expect(res.json()).toMatchObject({ id: 'ego', name: 'Mara' });
    });
  });
}
