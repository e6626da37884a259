import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

for (const factory of storeFactories()) {
  describe(`bad input on ${factory.name}`, () => {
    let t: TestApp;
    let existing: Contact;
    beforeEach(async () => {
      t = await makeTestApp(factory, { bodyLimit: 64 * 1024 });
      existing = (
        await t.app.inject({ method: 'POST', url: '/api/contacts', headers: SAME_ORIGIN, payload: { name: 'Keep' } })
      ).json();
    });
    afterEach(async () => {
      await t.close();
    });

    const snapshot = async () => {
      const net = await t.store.getNetwork();
      return { contacts: net.contacts, ties: net.ties, interactions: await t.store.listAllInteractions() };
    };

    const cases: [string, string, string, unknown, number][] = [
      ['a contact without a name', 'POST', '/api/contacts', { company: 'x' }, 400],
      ['an empty name', 'POST', '/api/contacts', { name: '   ' }, 400],
      ['an unknown field', 'POST', '/api/contacts', { name: 'x', salary: 1 }, 400],
      ['an unknown orbit', 'POST', '/api/contacts', { name: 'x', orbit: 'sun' }, 400],
      ['an unknown context', 'POST', '/api/contacts', { name: 'x', contexts: ['drinking-buddy'] }, 400],
      ['an impossible date', 'POST', '/api/contacts', { name: 'x', connectedOn: '2024-13-01' }, 400],
      ['a javascript: profile URL', 'POST', '/api/contacts', { name: 'x', profileUrl: 'javascript:alert(1)' }, 400],
      ['wrong types', 'POST', '/api/contacts', { name: 42 }, 400],
      ['a tie to itself', 'POST', '/api/ties', { source: 'a', target: 'a' }, 400],
      ['a tie to nobody', 'POST', '/api/ties', { source: 'ghost1', target: 'ghost2' }, 404],
      ['an interaction for nobody', 'POST', '/api/interactions', { contactId: 'ghost', date: '2024-01-01', kind: 'call', direction: 'given' }, 404],
      ['an interaction with a bad kind', 'POST', '/api/interactions', { contactId: 'x', date: '2024-01-01', kind: 'telepathy', direction: 'given' }, 400],
      ['an interaction with a bad date', 'POST', '/api/interactions', { contactId: 'x', date: 'yesterday', kind: 'call', direction: 'given' }, 400],
      ['an empty patch', 'PATCH', '/api/contacts/:id', {}, 400],
      ['a patch of an unknown field', 'PATCH', '/api/contacts/:id', { version: 1, hacked: true }, 400],
    ];

    for (const [what, method, url, payload, status] of cases) {
      it(`refuses ${what} with ${status} and changes nothing`, async () => {
        const before = await snapshot();
        const res = await t.app.inject({
          method: method as 'POST',
          url: url.replace(':id', existing.id),
          headers: SAME_ORIGIN,
          payload: payload as object,
        });
        expect(res.statusCode).toBe(status);
        const body = res.json();
        expect(typeof body.message).toBe('string');
        expect(body.message.length).toBeGreaterThan(3);
        expect(body.message).not.toMatch(/at .*\.ts:\d+/);
        expect(await snapshot()).toEqual(before);
      });
    }

    it('refuses malformed JSON with 400', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
        payload: '{"name": "x"',
      });
      expect(res.statusCode).toBe(400);
    });

    it('refuses a body over the limit with 413', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: SAME_ORIGIN,
        payload: { name: 'x', notes: 'y'.repeat(100 * 1024) },
      });
      expect(res.statusCode).toBe(413);
      expect((await t.store.getNetwork()).contacts).toHaveLength(1);
    });

    it('refuses a malformed If-Match', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/contacts/${existing.id}`,
        headers: { ...SAME_ORIGIN, 'if-match': 'banana' },
        payload: { orbit: 'core' },
      });
      expect(res.statusCode).toBe(400);
      expect((await t.store.getContact(existing.id)).orbit).toBe('outer');
    });

    it('answers unknown API paths with a JSON 404', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: SAME_ORIGIN });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('NotFoundError');
    });
  });
}
