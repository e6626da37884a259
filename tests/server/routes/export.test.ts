import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Network } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { sqliteFactory } from '../../support/stores';

describe('GET /api/export on sqlite', () => {
  let a: TestApp;
  let b: TestApp;
  beforeEach(async () => {
    a = await makeTestApp(sqliteFactory);
    b = await makeTestApp(sqliteFactory);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  const req = (t: TestApp, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, contentType?: string) =>
    t.app.inject({ method, url, headers: { ...SAME_ORIGIN, ...(contentType ? { 'content-type': contentType } : {}) }, payload: payload as string });
  const network = async (t: TestApp) => {
    const { version: _v, ...rest } = (await req(t, 'GET', '/api/network')).json() as Network;
    return rest;
  };

  /** Core, tweener and outer archetypes with ties, an interaction and a hostile name. */
  async function seed(t: TestApp): Promise<Contact[]> {
    const mk = async (body: object) => (await req(t, 'POST', '/api/contacts', body)).json() as Contact;
    const maya = await mk({ name: 'Maya Okafor', company: 'Riverside Community Trust', contexts: ['board', 'worked-together'], emails: ['maya.okafor@example.org'], profileUrl: 'https://www.linkedin.com/in/maya-okafor' });
    const grace = await mk({ name: 'Grace Ito', company: 'Riverside Community Trust', contexts: ['board'], notes: 'Line one\nline two, "quoted"' });
    const priya = await mk({ name: 'Priya Raman', company: 'Studio Arc', tags: ['alumni'], connectedOn: '2021-11-21' });
    const evil = await mk({ name: '=HYPERLINK("http://evil.example")', company: '<b>Markup & Co</b>', phones: ['+1 555 0100'] });
    await req(t, 'PATCH', `/api/contacts/${maya.id}`, { orbit: 'core' });
    await req(t, 'PATCH', `/api/contacts/${grace.id}`, { orbit: 'core' });
    await req(t, 'PATCH', `/api/contacts/${priya.id}`, { orbit: 'tweener' });
    await req(t, 'POST', '/api/ties', { source: maya.id, target: grace.id, weight: 0.8 });
    await req(t, 'POST', '/api/ties', { source: grace.id, target: priya.id });
    await req(t, 'POST', '/api/interactions', { contactId: maya.id, date: '2025-03-14', kind: 'meeting', direction: 'mutual', note: 'board retreat' });
    return [maya, grace, priya, evil];
  }

  it('gives back the same network when a JSON export is imported into an empty store', async () => {
    await seed(a);
    const res = await req(a, 'GET', '/api/export?format=json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="career-orbit-\d{4}-\d{2}-\d{2}\.json"$/);
    const imported = await req(b, 'POST', '/api/import', res.body, 'application/json');
    expect(imported.json()).toMatchObject({ format: 'json', created: 4, errors: [] });
    expect(await network(b)).toEqual(await network(a));
    expect(await b.store.listAllInteractions()).toEqual(await a.store.listAllInteractions());
    const movesOf = async (t: TestApp) => (await t.store.listOrbitMoves()).map(({ id, contactId, from, to, at }) => ({ id, contactId, from, to, at }));
    expect(await movesOf(a)).toHaveLength(3);
    expect(await movesOf(b)).toEqual(await movesOf(a));
    const again = await req(b, 'POST', '/api/import', res.body, 'application/json');
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
  });

  it('round-trips names, orbits and ties through GraphML and GEXF', async () => {
    await seed(a);
    for (const format of ['graphml', 'gexf'] as const) {
      const fresh = await makeTestApp(sqliteFactory);
      try {
        const file = (await req(a, 'GET', `/api/export?format=${format}`)).body;
        expect(file).toContain(format === 'graphml' ? 'attr.name="community"' : 'title="community"');
        expect(file).toContain(format === 'graphml' ? 'attr.name="score" attr.type="double"' : 'title="score" type="double"');
        const res = await req(fresh, 'POST', '/api/import', file, 'application/xml');
        expect(res.json()).toMatchObject({ format, created: 4, errors: [] });
        const got = await network(fresh);
        const summary = (n: Awaited<ReturnType<typeof network>>) => {
          const nameOf = new Map(n.contacts.map((c) => [c.id, c.name]));
          return {
            contacts: n.contacts.map((c) => [c.name, c.orbit, c.company, c.emails, c.contexts]).sort(),
            ties: n.ties.map((t) => [nameOf.get(t.source), nameOf.get(t.target)].sort().join(' - ')).sort(),
          };
        };
        expect(summary(got)).toEqual(summary(await network(a)));
      } finally {
        await fresh.close();
      }
    }
  });

  it('exports CSV that a spreadsheet shows as text and that imports back', async () => {
    await seed(a);
    const res = await req(a, 'GET', '/api/export?format=csv');
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(res.body).toContain("'+1 555 0100");
    expect(res.body.split('\r\n').filter(Boolean).every((l) => !/^[=+\-@]/.test(l))).toBe(true);
    const back = await req(b, 'POST', '/api/import?format=csv', res.body, 'text/csv');
    expect(back.json()).toMatchObject({ created: 4, errors: [] });
    const got = (await network(b)).contacts.map((c) => [c.name, c.orbit, c.phones, c.notes]).sort();
    const want = (await network(a)).contacts.map((c) => [c.name, c.orbit, c.phones, c.notes]).sort();
    expect(got).toEqual(want);
  });

  it('refuses an unknown export format', async () => {
    expect((await req(a, 'GET', '/api/export?format=xlsx')).statusCode).toBe(400);
  });
});
