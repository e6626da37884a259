// Bulk writes for the Neo4j store: a WriteBatch becomes a few `UNWIND $rows` statements of up
// to `batchSize` rows each, all inside the caller's one transaction (all or nothing).
// `CREATE` for rows known to be new, existence checks done set-wise before writing.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { ConflictError, NotFoundError } from '../../graph/errors';
import type { Contact, OrbitMove, Tie, WriteBatch } from '../../graph/model';
import { newId } from '../../graph/model';
import { contactProps, interactionProps, noContact, tieRow, toNumber } from './neo4j-records';

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Count one more write on the network's version. */
export async function bump(tx: ManagedTransaction): Promise<void> {
  await tx.run("MATCH (m:Meta {key: 'network'}) SET m.version = m.version + 1");
}

/** The ids among `ids` that name no contact, in the order given. */
export async function missingContacts(tx: ManagedTransaction, ids: string[], size = 5000): Promise<string[]> {
  const missing: string[] = [];
  for (const part of chunks([...new Set(ids)], size)) {
    const r = await tx.run(
      'UNWIND $ids AS id OPTIONAL MATCH (c:Contact {id: id}) WITH id, c WHERE c IS NULL RETURN id',
      { ids: part },
    );
    missing.push(...r.records.map((x) => x.get('id') as string));
  }
  return missing;
}

/** Record orbit moves; `seq` keeps moves made at the same instant in the order they were made. */
export async function recordMoves(tx: ManagedTransaction, moves: OrbitMove[], size = 5000): Promise<void> {
  if (moves.length === 0) return;
  const r = await tx.run(
    "MATCH (m:Meta {key: 'network'}) SET m.moves = coalesce(m.moves, 0) + $n RETURN m.moves - $n AS base",
    { n: neo4j.int(moves.length) },
  );
  let seq = toNumber(r.records[0].get('base'));
  for (const part of chunks(moves, size)) {
    const rows = part.map((m) => ({ ...m, seq: neo4j.int(++seq) }));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (c:Contact {id: row.contactId})
       CREATE (m:OrbitMove {id: row.id, contactId: row.contactId, from: row.from, to: row.to, at: row.at, seq: row.seq})-[:OF]->(c)`,
      { rows },
    );
  }
}

async function createContacts(tx: ManagedTransaction, contacts: Contact[], size: number): Promise<void> {
  for (const part of chunks(contacts, size)) {
    await tx.run('UNWIND $rows AS row CREATE (c:Contact) SET c = row', { rows: part.map(contactProps) });
  }
}

/** Updated contacts carry the version they were read at; it must not have moved since. */
async function updateContacts(tx: ManagedTransaction, contacts: Contact[], size: number): Promise<void> {
  const moves: OrbitMove[] = [];
  const seen = new Set<string>();
  for (const part of chunks(contacts, size)) {
    const r = await tx.run(
      'UNWIND $ids AS id OPTIONAL MATCH (c:Contact {id: id}) RETURN id, c.version AS version, c.orbit AS orbit',
      { ids: part.map((c) => c.id) },
    );
    const current = new Map(r.records.map((x) => [x.get('id') as string, x]));
    for (const c of part) {
      const row = current.get(c.id);
      if (!row || row.get('version') === null) throw noContact(c.id);
      // The same contact twice in one batch: the second copy is stale once the first is written.
      if (toNumber(row.get('version')) !== c.version || seen.has(c.id)) {
        throw new ConflictError(`contact '${c.id}' changed while the batch was prepared`);
      }
      seen.add(c.id);
      if (row.get('orbit') !== c.orbit) {
        moves.push({ id: newId(), contactId: c.id, from: row.get('orbit'), to: c.orbit, at: c.updatedAt });
      }
    }
    await tx.run('UNWIND $rows AS row MATCH (c:Contact {id: row.id}) SET c = row', {
      rows: part.map((c) => contactProps({ ...c, version: c.version + 1 })),
    });
  }
  await recordMoves(tx, moves, size);
}

/** New ties; a tie whose pair (either way round) or id exists already is skipped. */
async function createTies(tx: ManagedTransaction, ties: Tie[], size: number): Promise<void> {
  const pairs = new Set<string>();
  const ids = new Set<string>();
  const fresh: Tie[] = [];
  for (const t of ties) {
    const pair = t.source < t.target ? `${t.source}\u0000${t.target}` : `${t.target}\u0000${t.source}`;
    if (pairs.has(pair) || ids.has(t.id)) continue;
    pairs.add(pair);
    ids.add(t.id);
    fresh.push(t);
  }
  const missing = await missingContacts(tx, fresh.flatMap((t) => [t.source, t.target]), size);
  if (missing.length > 0) throw new NotFoundError(`tie: it refers to a contact that does not exist ('${missing[0]}')`);
  for (const part of chunks(fresh, size)) {
    const taken = await tx.run('UNWIND $ids AS id MATCH ()-[k:KNOWS {id: id}]->() RETURN k.id AS id', {
      ids: part.map((t) => t.id),
    });
    const takenIds = new Set(taken.records.map((x) => x.get('id') as string));
    const rows = part.filter((t) => !takenIds.has(t.id)).map(tieRow);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Contact {id: row.source}), (b:Contact {id: row.target})
       WHERE NOT EXISTS { (a)-[:KNOWS]-(b) }
       CREATE (a)-[:KNOWS {id: row.id, weight: row.weight, createdAt: row.createdAt}]->(b)`,
      { rows },
    );
  }
}

/** Apply a whole batch inside `tx`, in the SQLite store's order: creates, updates, ties, interactions. */
export async function applyBatchInTx(tx: ManagedTransaction, batch: WriteBatch, size: number): Promise<void> {
  await createContacts(tx, batch.createContacts, size);
  await updateContacts(tx, batch.updateContacts, size);
  await createTies(tx, batch.createTies, size);
  if (batch.createInteractions.length > 0) {
    const missing = await missingContacts(tx, batch.createInteractions.map((i) => i.contactId), size);
    if (missing.length > 0) {
      throw new NotFoundError(`interaction: it refers to a contact that does not exist ('${missing[0]}')`);
    }
    for (const part of chunks(batch.createInteractions, size)) {
      await tx.run(
        'UNWIND $rows AS row MATCH (c:Contact {id: row.contactId}) CREATE (i:Interaction)-[:WITH]->(c) SET i = row',
        { rows: part.map(interactionProps) },
      );
    }
  }
  const moves = batch.createOrbitMoves ?? [];
  if (moves.length > 0) {
    const missing = await missingContacts(tx, moves.map((m) => m.contactId), size);
    if (missing.length > 0) throw new NotFoundError(`orbit move: it refers to a contact that does not exist ('${missing[0]}')`);
    await recordMoves(tx, moves, size);
  }
  await bump(tx);
}
