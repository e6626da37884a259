import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridges, contactGraph } from '../../../graph/metrics';
import type { Contact } from '../../../graph/model';
import { syntheticNetwork } from '../../../graph/sample';
import { metricsInline } from '../../../server/metrics-thread';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

for (const factory of storeFactories()) {
  describe(`metrics API on ${factory.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await makeTestApp(factory);
    });
    afterEach(async () => {
      await t.close();
    });

    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: SAME_ORIGIN });
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: SAME_ORIGIN, payload });
      expect(res.statusCode).toBe(201);
      return res.json();
    };

    /** Two triangles joined by c-x. */
    async function barbell(): Promise<Record<string, Contact>> {
      const ids: Record<string, Contact> = {};
      for (const name of ['a', 'b', 'c', 'x', 'y', 'z']) ids[name] = await post('/api/contacts', { name });
      for (const [s, e] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']]) {
        await post('/api/ties', { source: ids[s].id, target: ids[e].id });
      }
      return ids;
    }

    it('answers the documented shape, computed without the ego', async () => {
      const ids = await barbell();
      const res = await get('/api/metrics');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.approximate).toBe(false);
      expect(body.summary).toMatchObject({ nodes: 6, edges: 7, communities: 2, components: 1 });
      expect(body.summary.density).toBeCloseTo(7 / 15, 12);
      expect(body.summary.modularity).toBeGreaterThan(0.3);
      const c = body.contacts[ids.c.id];
      expect(Object.keys(c).sort()).toEqual(
        ['betweenness', 'closeness', 'clustering', 'community', 'constraint', 'degree', 'effectiveSize', 'eigenvector', 'mutualTies', 'pagerank'].sort(),
      );
      // c is on every path between the triangles: 3 x 3 pairs (less its own 3) over (n-1)(n-2)/2.
      expect(c.betweenness).toBeCloseTo(6 / 10, 12);
      expect(c).toMatchObject({ degree: 3, mutualTies: 3 });
      expect(body.contacts[ids.a.id].clustering).toBe(1);
      expect(body.contacts[ids.a.id].community).not.toBe(body.contacts[ids.x.id].community);
    });

    it('recomputes after a change to the network', async () => {
      const ids = await barbell();
      expect((await get('/api/metrics')).json().summary.edges).toBe(7);
      await post('/api/ties', { source: ids.a.id, target: ids.z.id });
      const after = (await get('/api/metrics')).json();
      expect(after.summary.edges).toBe(8);
      expect(after.contacts[ids.a.id].degree).toBe(3);
    });

    it('serves an empty network', async () => {
      const body = (await get('/api/metrics')).json();
      expect(body).toMatchObject({ summary: { nodes: 0, edges: 0 }, contacts: {}, approximate: false });
    });

    it('gives null for Burt measures of a contact without ties', async () => {
      const lone = await post('/api/contacts', { name: 'Lone' });
      const body = (await get('/api/metrics')).json();
      expect(body.contacts[lone.id]).toMatchObject({ degree: 0, constraint: null, effectiveSize: null });
    });

    it('lists bridges and who both contacts of a pair know', async () => {
      const ids = await barbell();
      const bridges = (await get('/api/bridges')).json().bridges;
      expect(bridges).toHaveLength(1);
      expect([bridges[0].source, bridges[0].target].sort()).toEqual([ids.c.id, ids.x.id].sort());
      expect(bridges[0]).toMatchObject({ graphBridge: true, communityBridge: true });
      const pair = (await get(`/api/mutual?a=${ids.a.id}&b=${ids.b.id}`)).json();
      expect(pair).toMatchObject({ count: 1, mutual: [ids.c.id] });
      const of = (await get(`/api/contacts/${ids.c.id}/mutual`)).json();
      expect(of.mutual.sort()).toEqual([ids.a.id, ids.b.id, ids.x.id].sort());
    });

    it('lists the bridges graph/metrics finds on the contact graph, on a bigger network', async () => {
      const net = syntheticNetwork({ contacts: 400, seed: 5 });
      await t.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      const communities: Record<string, number> = {};
      for (const [id, m] of Object.entries((await get('/api/metrics')).json().contacts as Record<string, { community: number }>)) communities[id] = m.community;
      const stored = await t.store.getNetwork();
      const expected = bridges(contactGraph(stored.contacts, stored.ties), communities);
      expect(expected.length).toBeGreaterThan(10);
      expect((await get('/api/bridges')).json().bridges).toEqual(expected);
    });

    it('measures from the topology it reads what the whole stored network gives', async () => {
      const net = syntheticNetwork({ contacts: 400, seed: 3 });
      await t.store.applyBatch({ createContacts: net.contacts, updateContacts: [], createTies: net.ties, createInteractions: [] });
      const body = (await get('/api/metrics')).json();
      const expected = metricsInline(await t.store.getNetwork());
      expect(body.summary).toEqual(expected.summary);
      expect(body.contacts).toEqual(JSON.parse(JSON.stringify(expected.contacts)));
    });

    it('answers 404 for an unknown contact and 400 without a pair', async () => {
      const ids = await barbell();
      expect((await get(`/api/mutual?a=${ids.a.id}&b=nobody`)).statusCode).toBe(404);
      expect((await get(`/api/mutual?a=${ids.a.id}`)).statusCode).toBe(400);
    });
  });
}
