// The Neo4j store: the same Store contract as SQLite, on a Neo4j server through neo4j-driver.
// One driver per store (one store per process), `database` on every session, transaction
// functions (executeRead / executeWrite) whose writes are safe to retry, bulk writes as
// `UNWIND $rows` batches inside one transaction. The graph model is in ./neo4j-records.ts.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ConflictError, NotFoundError, UnavailableError } from '../../graph/errors';
import {
  newId,
  patchContact,
  type Contact,
  type ContactPatch,
  type Ego,
  type Interaction,
  type OrbitMove,
  type Tie,
  type WriteBatch,
} from '../../graph/model';
import { applyBatchInTx, bump, missingContacts, recordMoves } from './neo4j-batch';
import {
  contactProps,
  interactionProps,
  noContact,
  tieRow,
  toContact,
  toInteraction,
  toNumber,
  toOrbitMove,
  toTie,
  translateNeo4jError,
  type Neo4jTarget,
} from './neo4j-records';
import { SCHEMA, SEED } from './neo4j-schema';
import { topologyOf, type Store, type StoredNetwork, type StoredTopology, type TieEnds } from './store';

export interface Neo4jOptions {
  /** bolt://, neo4j://, bolt+s:// or neo4j+s:// (hosted Neo4j). */
  uri: string;
  /** Omit both for a server with auth disabled. */
  user?: string;
  password?: string;
  /** Defaults to 'neo4j', the default database. */
  database?: string;
  /** Rows per UNWIND statement in applyBatch (default 5,000; 1 means one query per row). */
  batchSize?: number;
}

const CONTACT = 'MATCH (c:Contact {id: $id}) RETURN properties(c) AS c';

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly target: Neo4jTarget;
  #driver: Driver;
  #batchSize: number;

  constructor(options: Neo4jOptions) {
    this.target = { uri: options.uri, user: options.user ?? null, database: options.database || 'neo4j' };
    this.#batchSize = Math.max(1, options.batchSize ?? 5000);
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    this.#driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: 15_000,
      maxTransactionRetryTime: 10_000,
      userAgent: 'career-orbit',
    });
  }

  /** Fail fast with UnavailableError when the server is unreachable or refuses the credentials. */
  async verify(): Promise<void> {
    try {
      await this.#driver.getServerInfo({ database: this.target.database });
    } catch (err) {
      translateNeo4jError(err, 'connecting', this.target);
    }
  }

  async #read<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.target.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } catch (err) {
      return translateNeo4jError(err, what, this.target);
    } finally {
      await session.close();
    }
  }

  async #write<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.target.database });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      return translateNeo4jError(err, what, this.target);
    } finally {
      await session.close();
    }
  }

  async init(): Promise<void> {
    for (const statement of SCHEMA) {
      try {
        await this.#write('creating the schema', (tx) => tx.run(statement));
      } catch (err) {
        // Two processes starting at once may race on the same IF NOT EXISTS; either wins.
        if ((err as { code?: string }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw err;
      }
    }
    await this.#write('creating the ego', (tx) => tx.run(SEED));
  }

  async close(): Promise<void> {
    await this.#driver.close();
  }

  /** Delete everything, the ego and the counters included, then seed again (tests only). */
  async reset(): Promise<void> {
    await this.#write('resetting', (tx) => tx.run('MATCH (n) WHERE n:Contact OR n:Interaction OR n:OrbitMove OR n:Ego OR n:Meta DETACH DELETE n'));
    await this.#write('creating the ego', (tx) => tx.run(SEED));
  }

  async getNetwork(): Promise<StoredNetwork> {
    return this.#read('reading the network', async (tx) => {
      const head = await tx.run(
        "MATCH (e:Ego {id: 'ego'}), (m:Meta {key: 'network'}) RETURN e.name AS name, e.headline AS headline, m.version AS version",
      );
      const contacts = await tx.run('MATCH (c:Contact) RETURN properties(c) AS c ORDER BY c.createdAt, c.id');
      const ties = await tx.run(
        `MATCH (a:Contact)-[k:KNOWS]->(b:Contact)
         RETURN k.id AS id, a.id AS source, b.id AS target, k.weight AS weight, k.createdAt AS createdAt
         ORDER BY k.createdAt, k.id`,
      );
      const h = head.records[0];
      if (!h) throw new UnavailableError(`Neo4j at ${this.target.uri}: the store is not initialised (no ego)`);
      return {
        ego: { id: 'ego', name: h.get('name'), headline: h.get('headline') },
        contacts: contacts.records.map((r) => toContact(r.get('c'))),
        ties: ties.records.map((r) => toTie(r.toObject())),
        version: toNumber(h.get('version')),
      };
    });
  }

  async getTopology(): Promise<StoredTopology> {
    return this.#read('reading the network', async (tx) => {
      const head = await tx.run("MATCH (m:Meta {key: 'network'}) RETURN m.version AS version");
      const contacts = await tx.run('MATCH (c:Contact) RETURN c.id AS id ORDER BY c.createdAt, c.id');
      const ties = await tx.run(
        `MATCH (a:Contact)-[k:KNOWS]->(b:Contact)
         RETURN a.id AS source, b.id AS target, k.weight AS weight
         ORDER BY k.createdAt, k.id`,
      );
      const h = head.records[0];
      if (!h) throw new UnavailableError(`Neo4j at ${this.target.uri}: the store is not initialised (no version)`);
      const ends = ties.records.map((r): TieEnds => {
        const weight = r.get('weight');
        return [r.get('source') as string, r.get('target') as string, weight === null || weight === undefined ? null : toNumber(weight)];
      });
      return topologyOf(
        contacts.records.map((r) => r.get('id') as string),
        ends,
        toNumber(h.get('version')),
      );
    });
  }

  async getVersion(): Promise<number> {
    return this.#read('reading the version', async (tx) => {
      const r = await tx.run("MATCH (m:Meta {key: 'network'}) RETURN m.version AS version");
      return toNumber(r.records[0]?.get('version') ?? 0);
    });
  }

  async updateEgo(patch: Partial<Pick<Ego, 'name' | 'headline'>>): Promise<Ego> {
    return this.#write('updating the ego', async (tx) => {
      const r = await tx.run(
        `MATCH (e:Ego {id: 'ego'})
         SET e.name = coalesce($name, e.name), e.headline = coalesce($headline, e.headline)
         RETURN e.name AS name, e.headline AS headline`,
        { name: patch.name ?? null, headline: patch.headline ?? null },
      );
      await bump(tx);
      return { id: 'ego' as const, name: r.records[0].get('name'), headline: r.records[0].get('headline') };
    });
  }

  async getContact(id: string): Promise<Contact> {
    return this.#read(`contact '${id}'`, async (tx) => {
      const r = await tx.run(CONTACT, { id });
      if (r.records.length === 0) throw noContact(id);
      return toContact(r.records[0].get('c'));
    });
  }

  async insertContact(contact: Contact): Promise<Contact> {
    await this.#write(`contact '${contact.id}'`, async (tx) => {
      await tx.run('CREATE (c:Contact) SET c = $props', { props: contactProps(contact) });
      await bump(tx);
    });
    return contact;
  }

  async updateContact(id: string, patch: ContactPatch, expectedVersion?: number): Promise<Contact> {
    return this.#write(`contact '${id}'`, async (tx) => {
      const r = await tx.run(CONTACT, { id });
      if (r.records.length === 0) throw noContact(id);
      const current = toContact(r.records[0].get('c'));
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ConflictError(
          `contact '${id}' changed since you read it (you have version ${expectedVersion}, it is at ${current.version}); reload and try again`,
        );
      }
      const next = patchContact(current, patch);
      await tx.run('MATCH (c:Contact {id: $id}) SET c = $props', { id, props: contactProps(next) });
      if (next.orbit !== current.orbit) {
        await recordMoves(tx, [{ id: newId(), contactId: id, from: current.orbit, to: next.orbit, at: next.updatedAt }]);
      }
      await bump(tx);
      return next;
    });
  }

  async deleteContact(id: string): Promise<void> {
    await this.#write(`contact '${id}'`, async (tx) => {
      const r = await tx.run(
        `MATCH (c:Contact {id: $id})
         CALL (c) { MATCH (c)<-[:WITH|OF]-(x) WHERE x:Interaction OR x:OrbitMove DETACH DELETE x }
         DETACH DELETE c
         RETURN count(*) AS n`,
        { id },
      );
      if (toNumber(r.records[0]?.get('n') ?? 0) === 0) throw noContact(id);
      await bump(tx);
    });
  }

  async insertTie(tie: Tie): Promise<Tie> {
    await this.#write(`tie '${tie.id}'`, async (tx) => {
      const missing = await missingContacts(tx, [tie.source, tie.target]);
      if (missing.length > 0) throw noContact(missing[0]);
      const existing = await tx.run(
        'MATCH (:Contact {id: $source})-[k:KNOWS]-(:Contact {id: $target}) RETURN k.id AS id LIMIT 1',
        { source: tie.source, target: tie.target },
      );
      if (existing.records.length > 0) {
        throw new ConflictError(`these two contacts are tied already (tie '${existing.records[0].get('id')}')`);
      }
      await tx.run(
        `MATCH (a:Contact {id: $row.source}), (b:Contact {id: $row.target})
         CREATE (a)-[:KNOWS {id: $row.id, weight: $row.weight, createdAt: $row.createdAt}]->(b)`,
        { row: tieRow(tie) },
      );
      await bump(tx);
    });
    return tie;
  }

  async deleteTie(id: string): Promise<void> {
    await this.#write(`tie '${id}'`, async (tx) => {
      const r = await tx.run('MATCH ()-[k:KNOWS {id: $id}]->() DELETE k RETURN count(*) AS n', { id });
      if (toNumber(r.records[0]?.get('n') ?? 0) === 0) throw new NotFoundError(`no tie with id '${id}'`);
      await bump(tx);
    });
  }

  async insertInteraction(interaction: Interaction): Promise<Interaction> {
    await this.#write(`interaction '${interaction.id}'`, async (tx) => {
      const r = await tx.run(
        'MATCH (c:Contact {id: $props.contactId}) CREATE (i:Interaction)-[:WITH]->(c) SET i = $props RETURN count(*) AS n',
        { props: interactionProps(interaction) },
      );
      if (toNumber(r.records[0]?.get('n') ?? 0) === 0) throw noContact(interaction.contactId);
      await bump(tx);
    });
    return interaction;
  }

  async listInteractions(contactId: string): Promise<Interaction[]> {
    return this.#read(`interactions of '${contactId}'`, async (tx) => {
      const c = await tx.run('MATCH (c:Contact {id: $id}) RETURN c.id AS id', { id: contactId });
      if (c.records.length === 0) throw noContact(contactId);
      const r = await tx.run(
        `MATCH (i:Interaction)-[:WITH]->(:Contact {id: $id})
         RETURN properties(i) AS i ORDER BY i.date DESC, i.createdAt DESC, i.id`,
        { id: contactId },
      );
      return r.records.map((x) => toInteraction(x.get('i')));
    });
  }

  async listAllInteractions(): Promise<Interaction[]> {
    return this.#read('interactions', async (tx) => {
      const r = await tx.run(
        'MATCH (i:Interaction) RETURN properties(i) AS i ORDER BY i.date DESC, i.createdAt DESC, i.id',
      );
      return r.records.map((x) => toInteraction(x.get('i')));
    });
  }

  async listOrbitMoves(contactId?: string): Promise<OrbitMove[]> {
    return this.#read('orbit moves', async (tx) => {
      const r = await tx.run(
        `MATCH (m:OrbitMove) WHERE $id IS NULL OR m.contactId = $id
         RETURN properties(m) AS m ORDER BY m.at, m.seq`,
        { id: contactId ?? null },
      );
      return r.records.map((x) => toOrbitMove(x.get('m')));
    });
  }

  async applyBatch(batch: WriteBatch): Promise<void> {
    await this.#write('batch', (tx) => applyBatchInTx(tx, batch, this.#batchSize));
  }

  async clear(): Promise<void> {
    await this.#write('clearing', async (tx) => {
      await tx.run('MATCH (n) WHERE n:Contact OR n:Interaction OR n:OrbitMove DETACH DELETE n');
      await bump(tx);
    });
  }
}

/**
 * Connect, check that the server answers and accepts the credentials, create the schema.
 * Throws UnavailableError with a message saying which of those failed.
 */
export async function createNeo4jStore(options: Neo4jOptions): Promise<Neo4jStore> {
  const store = new Neo4jStore(options);
  try {
    await store.verify();
    await store.init();
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
