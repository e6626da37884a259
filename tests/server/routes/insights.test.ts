import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

const TODAY = '2026-06-01';

for (const factory of storeFactories()) {
  describe(`insights and path API on ${factory.name}`, () => {
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

    /** A board colleague (core), a quiet former colleague placed in the core, and a LinkedIn stranger. */
    async function seed(): Promise<Record<string, Contact>> {
      const maya = await post('/api/contacts', {
        name: 'Maya Okafor', orbit: 'core', contexts: ['board', 'worked-together'], wouldTakeMyCall: true, connectedOn: '2019-03-14',
      });
      const jordan = await post('/api/contacts', { name: 'Jordan Blake', orbit: 'core', contexts: ['worked-together'], connectedOn: '2015-05-01' });
      const sam = await post('/api/contacts', { name: 'Sam Lee', contexts: ['friend-of-friend'], sources: ['linkedin'], connectedOn: '2025-11-20' });
      for (const date of ['2026-05-20', '2026-04-20', '2026-03-20', '2026-02-20', '2026-01-20']) {
        await post('/api/interactions', { contactId: maya.id, date, kind: 'meeting', direction: 'mutual' });
      }
      await post('/api/interactions', { contactId: maya.id, date: '2026-04-02', kind: 'advice', direction: 'given' });
      await post('/api/interactions', { contactId: maya.id, date: '2026-02-11', kind: 'advice', direction: 'received' });
      await post('/api/interactions', { contactId: jordan.id, date: '2023-03-15', kind: 'meeting', direction: 'mutual' });
      await post('/api/interactions', { contactId: jordan.id, date: '2022-06-01', kind: 'help', direction: 'received' });
      await post('/api/ties', { source: maya.id, target: sam.id, weight: 0.9 });
      return { maya, jordan, sam };
    }

    it('scores each contact with reasons, a suggested orbit and flags', async () => {
      const { maya, jordan, sam } = await seed();
      const res = await get(`/api/insights?today=${TODAY}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const byId = Object.fromEntries(body.contacts.map((c: { id: string }) => [c.id, c]));
      expect(byId[maya.id]).toMatchObject({ orbit: 'core', suggestedOrbit: 'core', flags: [] });
      expect(byId[maya.id].score).toBeGreaterThanOrEqual(60);
      expect(byId[maya.id].reasons).toContain('would take your call');
      expect(byId[jordan.id].suggestedOrbit).toBe('tweener');
      expect(byId[jordan.id].flags[0]).toMatchObject({ code: 'misplaced', message: 'you placed them in the core; no two-way contact in 3 years' });
      expect(byId[sam.id]).toMatchObject({ orbit: 'outer', suggestedOrbit: 'outer' });
      expect(body.weaklyHeld).toContain(sam.id);
    });

    it('lists overdue core contacts and ring capacity', async () => {
      const { jordan } = await seed();
      const body = (await get(`/api/insights?today=${TODAY}`)).json();
      expect(body.nurture.map((n: { id: string }) => n.id)).toEqual([jordan.id]);
      expect(body.nurture[0]).toMatchObject({ state: 'dormant', cadenceDays: 60 });
      expect(body.capacity.core).toMatchObject({ count: 2, capacity: 50, over: false });
      expect(body.capacity.outer).toMatchObject({ count: 1, capacity: null });
    });

    it('resets nurture when an interaction is logged', async () => {
      const { jordan } = await seed();
      expect((await get(`/api/insights?today=${TODAY}`)).json().nurture).toHaveLength(1);
      await post('/api/interactions', { contactId: jordan.id, date: '2026-05-30', kind: 'call', direction: 'given' });
      expect((await get(`/api/insights?today=${TODAY}`)).json().nurture).toEqual([]);
    });

    it('answers ?view=facts with only each contact\'s score, nurture state and last interaction', async () => {
      await seed();
      const full = (await get(`/api/insights?today=${TODAY}`)).json();
      const res = await get(`/api/insights?today=${TODAY}&view=facts`);
      expect(res.statusCode).toBe(200);
      const facts = res.json();
      expect(Object.keys(facts).sort()).toEqual(['contacts', 'today']);
      expect(facts.today).toBe(TODAY);
      expect(facts.contacts).toEqual(
        full.contacts.map((c: { id: string; score: number; nurture: { state: string; lastInteraction: string | null } | null }) => ({
          id: c.id,
          score: c.score,
          nurture: c.nurture ? { state: c.nurture.state, lastInteraction: c.nurture.lastInteraction } : null,
        })),
      );
      expect(facts.contacts.some((c: { nurture: unknown }) => c.nurture !== null)).toBe(true);
      expect(res.body.length).toBeLessThan(JSON.stringify(full).length / 3);
      const bad = await get(`/api/insights?view=everything`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toBe("view: expected 'full' or 'facts', got 'everything'");
    });

    it('refuses a malformed day', async () => {
      const res = await get('/api/insights?today=2026-02-30');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('InvalidInputError');
    });

    it('finds the warmest introduction path through a strong tie', async () => {
      const { maya, sam } = await seed();
      const res = await get(`/api/path?to=${sam.id}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.to).toBe(sam.id);
      expect(body.hops.map((h: { from: string; to: string }) => [h.from, h.to])).toEqual([['ego', maya.id], [maya.id, sam.id]]);
      expect(body.hops[1]).toMatchObject({ strength: 0.9, fromName: 'Maya Okafor', toName: 'Sam Lee' });
      expect(body.strength).toBeCloseTo(body.hops[0].strength * 0.9, 12);
    });

    it('answers 404 for a path to an unknown contact and 400 without a target', async () => {
      expect((await get('/api/path?to=nobody')).statusCode).toBe(404);
      expect((await get('/api/path')).statusCode).toBe(400);
    });
  });
}
