// The Neo4j store runs the same contract as SQLite, on a real Neo4j (the harness the test
// setup starts, or NEO4J_URI), plus what only Neo4j has: connection checks and the graph model.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { UnavailableError } from '../../../graph/errors';
import { createContact, createInteraction, createTie } from '../../../graph/model';
import { createNeo4jStore } from '../../../server/store/neo4j-store';
import { makeNeo4jTestStore, neo4jConnection, neo4jSkipReason } from '../../support/neo4j';
import { storeContract } from './contract';

const skip = neo4jSkipReason();
if (skip) {
  describe('neo4j store', () => {
    it.skip(`needs Neo4j: ${skip}`, () => {});
  });
} else {
  storeContract('neo4j', makeNeo4jTestStore);

  describe('createNeo4jStore', () => {
    it('refuses an unreachable server with UnavailableError naming the URI', async () => {
      const err = await createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }).catch((e) => e);
      expect(err).toBeInstanceOf(UnavailableError);
      expect(err.message).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    });

    it('refuses wrong credentials with UnavailableError naming the user', async () => {
      const conn = await neo4jConnection();
      const err = await createNeo4jStore({ ...conn, user: 'neo4j', password: 'not-the-password' }).catch((e) => e);
      if (err instanceof Error) {
        expect(err).toBeInstanceOf(UnavailableError);
        expect(err.message).toMatch(/^Neo4j refused the credentials for user 'neo4j'/);
      } else {
        // A server with auth disabled (possible with NEO4J_URI) accepts any password.
        await err.close();
        expect(conn.password).toBeUndefined();
      }
    });

    it('refuses a database the server does not have', async () => {
      const conn = await neo4jConnection();
      const err = await createNeo4jStore({ ...conn, database: 'nosuchdb' }).catch((e) => e);
      expect(err).toBeInstanceOf(UnavailableError);
      expect(err.message).toMatch(/no database 'nosuchdb'/);
    });
  });

  describe('makeNeo4jTestStore', () => {
    it('refuses a second open store, since both would share one database', async () => {
      const first = await makeNeo4jTestStore();
      try {
        await expect(makeNeo4jTestStore()).rejects.toThrow(/one Neo4j test store/);
      } finally {
        await first.close();
      }
      const again = await makeNeo4jTestStore();
      await again.close();
    });
  });

  describe('Neo4jStore graph model', () => {
    it('stores contacts, KNOWS ties, interactions and moves as a graph with integer versions', async () => {
      const store = await makeNeo4jTestStore();
      try {
        const a = await store.insertContact(createContact({ name: 'Ada', company: 'Atlas', tags: ['board'] }));
        const b = await store.insertContact(createContact({ name: 'Ben', company: 'Borealis' }));
        await store.insertTie(createTie({ source: a.id, target: b.id, weight: 0.5 }));
        await store.insertInteraction(createInteraction({ contactId: a.id, date: '2025-01-02', kind: 'call', direction: 'mutual' }));
        await store.updateContact(a.id, { orbit: 'core' });

        const conn = await neo4jConnection();
        const auth = conn.user ? neo4j.auth.basic(conn.user, conn.password ?? '') : undefined;
        const driver = neo4j.driver(conn.uri, auth);
        try {
          const r = await driver.executeQuery(
            `MATCH (a:Contact {id: $a})-[k:KNOWS]-(b:Contact {id: $b}),
                   (i:Interaction)-[:WITH]->(a), (m:OrbitMove)-[:OF]->(a), (meta:Meta)
             RETURN a.version AS version, a.tags AS tags, k.weight AS weight, i.kind AS kind,
                    m.to AS to, meta.version AS writes, a.orbit AS orbit`,
            { a: a.id, b: b.id },
            { database: conn.database ?? 'neo4j' },
          );
          expect(r.records).toHaveLength(1);
          const row = r.records[0];
          // Stored as Cypher INTEGER, not FLOAT: the lossless Integer type says so.
          expect(neo4j.isInt(row.get('version'))).toBe(true);
          expect(row.get('version').toNumber()).toBe(2);
          expect(neo4j.isInt(row.get('writes'))).toBe(true);
          expect(row.get('tags')).toEqual(['board']);
          expect(row.get('weight')).toBe(0.5);
          expect(row.get('kind')).toBe('call');
          expect(row.get('to')).toBe('core');
          expect(row.get('orbit')).toBe('core');
          const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, {
            database: conn.database ?? 'neo4j',
          });
          expect(constraints.records[0].get('names')).toEqual(
            expect.arrayContaining(['orbit_contact_id', 'orbit_knows_id', 'orbit_interaction_id']),
          );
        } finally {
          await driver.close();
        }
        const net = await store.getNetwork();
        expect(JSON.parse(JSON.stringify(net))).toEqual(net);
        expect(typeof net.version).toBe('number');
      } finally {
        await store.close();
      }
    });

    it('writes the same batch one query per row when asked (the benchmark peer)', async () => {
      const store = await makeNeo4jTestStore({ batchSize: 1 });
      try {
        const people = Array.from({ length: 12 }, (_, i) => createContact({ name: `P${i}` }));
        const ties = people.slice(1).map((p, i) => createTie({ source: people[i].id, target: p.id }));
        await store.applyBatch({ createContacts: people, updateContacts: [], createTies: ties, createInteractions: [] });
        const net = await store.getNetwork();
        expect(net.contacts).toHaveLength(12);
        expect(net.ties).toHaveLength(11);
      } finally {
        await store.close();
      }
    });
  });
}
