import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

for (const factory of storeFactories()) {
  describe(`sample network API on ${factory.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await makeTestApp(factory);
    });
    afterEach(async () => {
      await t.close();
    });

    it('loads the sample into an empty network, across all three orbits', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/sample', headers: SAME_ORIGIN });
      expect(res.statusCode).toBe(201);
      const net = (await t.app.inject({ method: 'GET', url: '/api/network', headers: SAME_ORIGIN })).json();
      expect(net.contacts.length).toBe(res.json().created);
      expect(net.contacts.length).toBeGreaterThanOrEqual(60);
      expect(net.ties.length).toBe(res.json().ties);
      for (const orbit of ['core', 'tweener', 'outer']) {
        expect(net.contacts.some((c: { orbit: string }) => c.orbit === orbit)).toBe(true);
      }
      expect(net.ego.name).not.toBe('You');
      expect((await t.store.listAllInteractions()).length).toBe(res.json().interactions);
    });

    it('refuses to load over an existing network and leaves it as it was', async () => {
      await t.app.inject({ method: 'POST', url: '/api/contacts', headers: SAME_ORIGIN, payload: { name: 'Mine' } });
      const before = await t.store.getNetwork();
      const res = await t.app.inject({ method: 'POST', url: '/api/sample', headers: SAME_ORIGIN });
      expect(res.statusCode).toBe(409);
      expect((await t.store.getNetwork()).contacts).toEqual(before.contacts);
    });
  });
}
