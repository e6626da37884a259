// Moving a network between backends: a JSON export from one store, imported through the API
// into an empty store of the other kind, gives back the same network (both directions).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Network } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { neo4jFactory, neo4jSkipReason } from '../../support/neo4j';
import { sqliteFactory } from '../../support/stores';

const skip = neo4jSkipReason();

const req = (t: TestApp, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, contentType?: string) =>
  t.app.inject({
    method,
    url,
    headers: { ...SAME_ORIGIN, ...(contentType ? { 'content-type': contentType } : {}) },
    payload: payload as string,
  });

const network = async (t: TestApp) => {
  const { version: _v, ...rest } = (await req(t, 'GET', '/api/network')).json() as Network;
  return rest;
};

/** The archetypes: two board members in the core, an alum tweener, an outer planet; ties, talk, moves. */
async function seed(t: TestApp): Promise<void> {
  const mk = async (body: object) => (await req(t, 'POST', '/api/contacts', body)).json() as Contact;
  const maya = await mk({
    name: 'Maya Okafor',
    company: 'Riverside Community Trust',
    contexts: ['board', 'worked-together'],
    emails: ['maya.okafor@example.org'],
    profileUrl: 'https://www.linkedin.com/in/maya-okafor',
    wouldTakeMyCall: true,
  });
  const grace = await mk({ name: 'Grace Ito', company: 'Harbour Arts Fund', contexts: ['board'], notes: 'Line one\nline two' });
  const priya = await mk({ name: 'Priya Raman', company: 'Studio Arc', tags: ['alumni'], connectedOn: '2021-11-21', contexts: ['school'] });
  const tom = await mk({ name: 'Tom Vance', company: 'Growth Hackers Inc', sources: ['linkedin'] });
  await req(t, 'PATCH', `/api/contacts/${maya.id}`, { orbit: 'core' });
  await req(t, 'PATCH', `/api/contacts/${grace.id}`, { orbit: 'core' });
  await req(t, 'PATCH', `/api/contacts/${priya.id}`, { orbit: 'tweener' });
  await req(t, 'POST', '/api/ties', { source: maya.id, target: grace.id, weight: 0.8 });
  await req(t, 'POST', '/api/ties', { source: grace.id, target: priya.id });
  await req(t, 'POST', '/api/ties', { source: tom.id, target: priya.id });
  await req(t, 'POST', '/api/interactions', { contactId: maya.id, date: '2025-03-14', kind: 'meeting', direction: 'mutual', note: 'board retreat' });
  await req(t, 'POST', '/api/interactions', { contactId: priya.id, date: '2024-09-01', kind: 'advice', direction: 'received' });
}

describe.skipIf(skip !== null)(`moving a network between SQLite and Neo4j${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let sqlite: TestApp;
  let graph: TestApp;
  beforeEach(async () => {
    sqlite = await makeTestApp(sqliteFactory);
    graph = await makeTestApp(neo4jFactory);
  });
  afterEach(async () => {
    await sqlite?.close();
    await graph?.close();
  });

  for (const [from, to] of [
    ['sqlite', 'neo4j'],
    ['neo4j', 'sqlite'],
  ] as const) {
    it(`gives back the same network exported from ${from} and imported into ${to}`, async () => {
      const source = from === 'sqlite' ? sqlite : graph;
      const target = to === 'sqlite' ? sqlite : graph;
      await seed(source);
      const file = await req(source, 'GET', '/api/export?format=json');
      expect(file.statusCode).toBe(200);
      const imported = await req(target, 'POST', '/api/import', file.body, 'application/json');
      expect(imported.json()).toMatchObject({ format: 'json', created: 4, errors: [] });
      const expected = await network(source);
      expect(expected.contacts).toHaveLength(4);
      expect(expected.ties).toHaveLength(3);
      expect(await network(target)).toEqual(expected);
      expect(await target.store.listAllInteractions()).toEqual(await source.store.listAllInteractions());
    });
  }
});
