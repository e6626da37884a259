// The embedded default store: one SQLite file through better-sqlite3, WAL, migrations run
// at init, every multi-row write in one transaction.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConflictError, InvalidInputError, NotFoundError } from '../../graph/errors';
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
import { MIGRATIONS } from './sqlite-schema';
import { SnapshotReader } from './sqlite-snapshot';
import { topologyOf, type Store, type StoredNetwork, type NetworkForm, type StoredNetworkJson, type StoredTopology, type TieEnds } from './store';

interface ContactRow {
  id: string;
  name: string;
  company: string;
  position: string;
  emails: string;
  phones: string;
  profile_url: string | null;
  location: string;
  tags: string;
  notes: string;
  sources: string;
  connected_on: string | null;
  contexts: string;
  would_take_my_call: number | null;
  orbit: Contact['orbit'];
  version: number;
  created_at: string;
  updated_at: string;
}

/** JSON lists as stored; most are empty, and skipping JSON.parse for them counts at 30,000 rows. */
const parseList = (text: string) => (text === '[]' ? [] : JSON.parse(text));

function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    name: r.name,
    company: r.company,
    position: r.position,
    emails: parseList(r.emails),
    phones: parseList(r.phones),
    profileUrl: r.profile_url,
    location: r.location,
    tags: parseList(r.tags),
    notes: r.notes,
    sources: parseList(r.sources),
    connectedOn: r.connected_on,
    contexts: parseList(r.contexts),
    wouldTakeMyCall: r.would_take_my_call === null ? null : r.would_take_my_call === 1,
    orbit: r.orbit,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** toContact on a raw row, columns in CONTACT_COLUMNS order. */
function contactOfRow(r: unknown[]): Contact {
  return {
    id: r[0] as string,
    name: r[1] as string,
    company: r[2] as string,
    position: r[3] as string,
    emails: parseList(r[4] as string),
    phones: parseList(r[5] as string),
    profileUrl: r[6] as string | null,
    location: r[7] as string,
    tags: parseList(r[8] as string),
    notes: r[9] as string,
    sources: parseList(r[10] as string),
    connectedOn: r[11] as string | null,
    contexts: parseList(r[12] as string),
    wouldTakeMyCall: r[13] === null ? null : r[13] === 1,
    orbit: r[14] as Contact['orbit'],
    version: r[15] as number,
    createdAt: r[16] as string,
    updatedAt: r[17] as string,
  };
}

/** Lists as stored: JSON text, '[]' without a call to JSON.stringify for the usual empty one. */
const listText = (list: readonly string[]) => (list.length === 0 ? '[]' : JSON.stringify(list));

/**
 * A contact's column values in CONTACT_COLUMNS order, bound positionally: at 30,000 rows named
 * parameters (one object per row, each key looked up) cost ~40% more CPU than an array.
 */
function contactValues(c: Contact): unknown[] {
  return [
    c.id,
    c.name,
    c.company,
    c.position,
    listText(c.emails),
    listText(c.phones),
    c.profileUrl,
    c.location,
    listText(c.tags),
    c.notes,
    listText(c.sources),
    c.connectedOn,
    listText(c.contexts),
    c.wouldTakeMyCall === null ? null : c.wouldTakeMyCall ? 1 : 0,
    c.orbit,
    c.version,
    c.createdAt,
    c.updatedAt,
  ];
}

/** Values for CONTACT_SET (every column but id and created_at), then the id. */
function contactSetValues(c: Contact): unknown[] {
  const v = contactValues(c);
  return [...v.slice(1, 16), v[17], c.id];
}

/** Contacts and ties as JSON arrays built by SQLite, keys in the order contactOfRow and getNetwork give. */
const CONTACTS_JSON = `SELECT json_group_array(json_object(
  'id', id, 'name', name, 'company', company, 'position', position, 'emails', json(emails),
  'phones', json(phones), 'profileUrl', profile_url, 'location', location, 'tags', json(tags),
  'notes', notes, 'sources', json(sources), 'connectedOn', connected_on, 'contexts', json(contexts),
  'wouldTakeMyCall', CASE would_take_my_call WHEN 1 THEN json('true') WHEN 0 THEN json('false') END,
  'orbit', orbit, 'version', version, 'createdAt', created_at, 'updatedAt', updated_at)
  ORDER BY created_at, id) FROM contacts`;
const TIES_JSON = `SELECT json_group_array(json_object(
  'id', id, 'source', source, 'target', target, 'weight', weight, 'createdAt', created_at)
  ORDER BY created_at, id) FROM ties`;

/** The same contacts as CONTACTS_JSON, as one array per field (ContactColumns): the subquery's sort feeds every column in turn. */
const CONTACT_COLUMNS_JSON = `SELECT json_object('id', json_group_array(id), 'name', json_group_array(name),
  'company', json_group_array(company), 'position', json_group_array(position), 'emails', json_group_array(json(emails)),
  'phones', json_group_array(json(phones)), 'profileUrl', json_group_array(profile_url), 'location', json_group_array(location),
  'tags', json_group_array(json(tags)), 'notes', json_group_array(notes), 'sources', json_group_array(json(sources)),
  'connectedOn', json_group_array(connected_on), 'contexts', json_group_array(json(contexts)),
  'wouldTakeMyCall', json_group_array(CASE would_take_my_call WHEN 1 THEN json('true') WHEN 0 THEN json('false') END),
  'orbit', json_group_array(orbit), 'version', json_group_array(version), 'createdAt', json_group_array(created_at),
  'updatedAt', json_group_array(updated_at))
  FROM (SELECT * FROM contacts ORDER BY created_at, id)`;

/** The same ties as TIES_JSON, as one array per field (TieColumns): the subquery's sort feeds every column in turn. */
const TIE_COLUMNS_JSON = `SELECT json_object('id', json_group_array(id), 'source', json_group_array(source),
  'target', json_group_array(target), 'weight', json_group_array(weight), 'createdAt', json_group_array(created_at))
  FROM (SELECT id, source, target, weight, created_at FROM ties ORDER BY created_at, id)`;

const VERSION = 'SELECT version FROM network_version WHERE id = 1';
const EGO = "SELECT name, headline FROM ego WHERE id = 'ego'";

const CONTACT_COLUMNS =
  'id, name, company, position, emails, phones, profile_url, location, tags, notes, sources, connected_on, contexts, would_take_my_call, orbit, version, created_at, updated_at';
const CONTACT_VALUES = CONTACT_COLUMNS.split(', ')
  .map(() => '?')
  .join(', ');
const CONTACT_SET = CONTACT_COLUMNS.split(', ')
  .filter((c) => c !== 'id' && c !== 'created_at')
  .map((c) => `${c} = ?`)
  .join(', ');

function sqliteCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** Translate constraint failures into the domain's typed errors; rethrow anything else. */
function translate(err: unknown, what: string): never {
  const code = sqliteCode(err);
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new ConflictError(`${what}: a record with that id or key exists already`);
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    throw new NotFoundError(`${what}: it refers to a contact that does not exist`);
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    throw new InvalidInputError(`${what}: a value is outside what is allowed`);
  }
  throw err;
}

/**
 * From this many contacts GET /api/network's JSON is built by a reader thread (sqlite-reader-thread.mjs)
 * rather than on the event loop: ~0.5 s at 30,000 contacts that would hold up every other
 * request, the page's own scripts included. Below, it takes a few milliseconds.
 */
export const SNAPSHOT_THREAD_FROM = 5000;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  #db: Database.Database;
  #reader: SnapshotReader | null = null;
  readonly #bulkWriteListeners = new Set<(contacts: number) => void>();

  /** `file` is a path, or ':memory:' for a throwaway store. */
  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
  }

  async init(): Promise<void> {
    const db = this.#db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const applied = db.pragma('user_version', { simple: true }) as number;
    if (applied > MIGRATIONS.length) {
      throw new Error(
        `${this.file} was written by a newer Career Orbit (schema ${applied}, this one knows ${MIGRATIONS.length})`,
      );
    }
    for (let i = applied; i < MIGRATIONS.length; i++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[i]);
        db.pragma(`user_version = ${i + 1}`);
      })();
    }
    // The reader thread starts with the store (~0.3 s of start-up and a cold connection that
    // the first big GET /api/network would otherwise wait for); idle, it costs nothing.
    if (this.file !== ':memory:') {
      this.#reader ??= new SnapshotReader(this.file);
      this.#reader.warm();
    }
  }

  async close(): Promise<void> {
    await this.#reader?.close();
    this.#reader = null;
    if (this.#db.open) this.#db.close();
  }

  #bump(): void {
    this.#db.prepare('UPDATE network_version SET version = version + 1 WHERE id = 1').run();
  }

  #version(): number {
    return this.#db.prepare(VERSION).pluck().get() as number;
  }

  #ego(): Ego {
    const row = this.#db.prepare(EGO).get() as {
      name: string;
      headline: string;
    };
    return { id: 'ego', name: row.name, headline: row.headline };
  }

  #contact(id: string): Contact {
    const row = this.#db.prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id = ?`).get(id) as
      | ContactRow
      | undefined;
    if (!row) throw new NotFoundError(`no contact with id '${id}'`);
    return toContact(row);
  }

  async getNetwork(): Promise<StoredNetwork> {
    const db = this.#db;
    // Rows as arrays (raw): no per-row object with 18 named keys to build and then throw away.
    return db.transaction(() => ({
      ego: this.#ego(),
      contacts: (db.prepare(`SELECT ${CONTACT_COLUMNS} FROM contacts ORDER BY created_at, id`).raw().all() as unknown[][]).map(contactOfRow),
      ties: (db.prepare('SELECT id, source, target, weight, created_at FROM ties ORDER BY created_at, id').raw().all() as unknown[][]).map(
        (r): Tie => ({ id: r[0] as string, source: r[1] as string, target: r[2] as string, weight: r[3] as number | null, createdAt: r[4] as string }),
      ),
      version: this.#version(),
    }))();
  }

  async getTopology(): Promise<StoredTopology> {
    const db = this.#db;
    return db.transaction(() => {
      const ids = db.prepare('SELECT id FROM contacts ORDER BY created_at, id').pluck().all() as string[];
      const ties = db.prepare('SELECT source, target, weight FROM ties ORDER BY created_at, id').raw().all() as TieEnds[];
      return topologyOf(ids, ties, this.#version());
    })();
  }

  async getNetworkJson(form: NetworkForm = { contacts: 'objects', ties: 'objects' }): Promise<StoredNetworkJson> {
    const db = this.#db;
    const contactsSql = form.contacts === 'columns' ? CONTACT_COLUMNS_JSON : CONTACTS_JSON;
    const tiesSql = form.ties === 'columns' ? TIE_COLUMNS_JSON : TIES_JSON;
    const count = db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    if (count >= SNAPSHOT_THREAD_FROM && this.file !== ':memory:') {
      this.#reader ??= new SnapshotReader(this.file);
      const read = this.#reader.read([
        { sql: EGO, pluck: false },
        { sql: 'SELECT count(*) FROM contacts', pluck: true },
        { sql: contactsSql, pluck: true, bytes: true },
        { sql: tiesSql, pluck: true, bytes: true },
        { sql: VERSION, pluck: true },
      ]);
      // A reader that cannot open the file (or died) leaves the answer to the event loop.
      const results = await read.catch(() => null);
      if (results) {
        const [ego, contactCount, contactsJson, tiesJson, version] = results;
        const row = ego as { name: string; headline: string };
        return {
          ego: { id: 'ego', name: row.name, headline: row.headline },
          contactCount: contactCount as number,
          contactsJson: contactsJson as Uint8Array,
          tiesJson: tiesJson as Uint8Array,
          version: version as number,
        };
      }
    }
    return db.transaction(() => ({
      ego: this.#ego(),
      contactCount: db.prepare('SELECT count(*) FROM contacts').pluck().get() as number,
      contactsJson: db.prepare(contactsSql).pluck().get() as string,
      tiesJson: db.prepare(tiesSql).pluck().get() as string,
      version: this.#version(),
    }))();
  }

  onBulkWrite(listener: (contacts: number) => void): () => void {
    this.#bulkWriteListeners.add(listener);
    return () => {
      this.#bulkWriteListeners.delete(listener);
    };
  }

  async getVersion(): Promise<number> {
    return this.#version();
  }

  async updateEgo(patch: Partial<Pick<Ego, 'name' | 'headline'>>): Promise<Ego> {
    return this.#db.transaction(() => {
      const ego = { ...this.#ego(), ...patch };
      this.#db.prepare('UPDATE ego SET name = ?, headline = ? WHERE id = ?').run(ego.name, ego.headline, 'ego');
      this.#bump();
      return ego;
    })();
  }

  async getContact(id: string): Promise<Contact> {
    return this.#contact(id);
  }

  async insertContact(contact: Contact): Promise<Contact> {
    try {
      this.#db.transaction(() => {
        this.#db.prepare(`INSERT INTO contacts (${CONTACT_COLUMNS}) VALUES (${CONTACT_VALUES})`).run(contactValues(contact));
        this.#bump();
      })();
    } catch (err) {
      translate(err, `contact '${contact.id}'`);
    }
    return contact;
  }

  async updateContact(id: string, patch: ContactPatch, expectedVersion?: number): Promise<Contact> {
    return this.#db.transaction(() => {
      const current = this.#contact(id);
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ConflictError(
          `contact '${id}' changed since you read it (you have version ${expectedVersion}, it is at ${current.version}); reload and try again`,
        );
      }
      const next = patchContact(current, patch);
      this.#db.prepare(`UPDATE contacts SET ${CONTACT_SET} WHERE id = ?`).run(contactSetValues(next));
      if (next.orbit !== current.orbit) this.#recordMove(id, current.orbit, next.orbit, next.updatedAt);
      this.#bump();
      return next;
    })();
  }

  #recordMove(contactId: string, from: string, to: string, at: string): void {
    this.#db
      .prepare('INSERT INTO orbit_moves (id, contact_id, from_orbit, to_orbit, at) VALUES (?, ?, ?, ?, ?)')
      .run(newId(), contactId, from, to, at);
  }

  async deleteContact(id: string): Promise<void> {
    this.#db.transaction(() => {
      const info = this.#db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
      if (info.changes === 0) throw new NotFoundError(`no contact with id '${id}'`);
      this.#bump();
    })();
  }

  async insertTie(tie: Tie): Promise<Tie> {
    this.#db.transaction(() => {
      this.#contact(tie.source);
      this.#contact(tie.target);
      const existing = this.#db
        .prepare('SELECT id FROM ties WHERE source = ? AND target = ?')
        .get(tie.source, tie.target) as { id: string } | undefined;
      if (existing) throw new ConflictError(`these two contacts are tied already (tie '${existing.id}')`);
      try {
        this.#insertTie(tie);
      } catch (err) {
        translate(err, `tie '${tie.id}'`);
      }
      this.#bump();
    })();
    return tie;
  }

  #insertTie(tie: Tie, orIgnore = false): number {
    return this.#db
      .prepare(
        `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO ties (id, source, target, weight, created_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(tie.id, tie.source, tie.target, tie.weight, tie.createdAt).changes;
  }

  async deleteTie(id: string): Promise<void> {
    this.#db.transaction(() => {
      const info = this.#db.prepare('DELETE FROM ties WHERE id = ?').run(id);
      if (info.changes === 0) throw new NotFoundError(`no tie with id '${id}'`);
      this.#bump();
    })();
  }

  #insertInteraction(i: Interaction): void {
    this.#db
      .prepare(
        'INSERT INTO interactions (id, contact_id, date, kind, direction, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(i.id, i.contactId, i.date, i.kind, i.direction, i.note, i.createdAt);
  }

  async insertInteraction(interaction: Interaction): Promise<Interaction> {
    this.#db.transaction(() => {
      this.#contact(interaction.contactId);
      try {
        this.#insertInteraction(interaction);
      } catch (err) {
        translate(err, `interaction '${interaction.id}'`);
      }
      this.#bump();
    })();
    return interaction;
  }

  #interactions(where: string, ...params: string[]): Interaction[] {
    const rows = this.#db
      .prepare(
        `SELECT id, contact_id, date, kind, direction, note, created_at FROM interactions ${where} ORDER BY date DESC, created_at DESC, id`,
      )
      .all(...params) as {
      id: string;
      contact_id: string;
      date: string;
      kind: Interaction['kind'];
      direction: Interaction['direction'];
      note: string;
      created_at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      contactId: r.contact_id,
      date: r.date,
      kind: r.kind,
      direction: r.direction,
      note: r.note,
      createdAt: r.created_at,
    }));
  }

  async listInteractions(contactId: string): Promise<Interaction[]> {
    this.#contact(contactId);
    return this.#interactions('WHERE contact_id = ?', contactId);
  }

  async listAllInteractions(): Promise<Interaction[]> {
    return this.#interactions('');
  }

  async listOrbitMoves(contactId?: string): Promise<OrbitMove[]> {
    const sql = `SELECT id, contact_id, from_orbit, to_orbit, at FROM orbit_moves ${contactId ? 'WHERE contact_id = ?' : ''} ORDER BY at, rowid`;
    const rows = this.#db.prepare(sql).all(...(contactId ? [contactId] : [])) as {
      id: string;
      contact_id: string;
      from_orbit: OrbitMove['from'];
      to_orbit: OrbitMove['to'];
      at: string;
    }[];
    return rows.map((r) => ({ id: r.id, contactId: r.contact_id, from: r.from_orbit, to: r.to_orbit, at: r.at }));
  }

  async applyBatch(batch: WriteBatch): Promise<void> {
    const db = this.#db;
    const insert = db.prepare(`INSERT INTO contacts (${CONTACT_COLUMNS}) VALUES (${CONTACT_VALUES})`);
    const update = db.prepare(`UPDATE contacts SET ${CONTACT_SET} WHERE id = ? AND version = ?`);
    const orbitOf = db.prepare('SELECT orbit FROM contacts WHERE id = ?');
    db.transaction(() => {
      for (const c of batch.createContacts) {
        try {
          insert.run(contactValues(c));
        } catch (err) {
          translate(err, `contact '${c.id}'`);
        }
      }
      for (const c of batch.updateContacts) {
        const before = orbitOf.get(c.id) as { orbit: string } | undefined;
        if (!before) throw new NotFoundError(`no contact with id '${c.id}'`);
        const info = update.run([...contactSetValues({ ...c, version: c.version + 1 }), c.version]);
        if (info.changes === 0) throw new ConflictError(`contact '${c.id}' changed while the batch was prepared`);
        if (before.orbit !== c.orbit) this.#recordMove(c.id, before.orbit, c.orbit, c.updatedAt);
      }
      const tie = db.prepare('INSERT OR IGNORE INTO ties (id, source, target, weight, created_at) VALUES (?, ?, ?, ?, ?)');
      for (const t of batch.createTies) {
        try {
          tie.run(t.id, t.source, t.target, t.weight, t.createdAt);
        } catch (err) {
          translate(err, `tie '${t.id}'`);
        }
      }
      const interaction = db.prepare(
        'INSERT INTO interactions (id, contact_id, date, kind, direction, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const i of batch.createInteractions) {
        try {
          interaction.run(i.id, i.contactId, i.date, i.kind, i.direction, i.note, i.createdAt);
        } catch (err) {
          translate(err, `interaction '${i.id}'`);
        }
      }
      const move = db.prepare('INSERT INTO orbit_moves (id, contact_id, from_orbit, to_orbit, at) VALUES (?, ?, ?, ?, ?)');
      for (const m of batch.createOrbitMoves ?? []) {
        try {
          move.run(m.id, m.contactId, m.from, m.to, m.at);
        } catch (err) {
          translate(err, `orbit move '${m.id}'`);
        }
      }
      this.#bump();
    })();
    if (this.#bulkWriteListeners.size === 0) return;
    const contacts = db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    for (const listener of this.#bulkWriteListeners) listener(contacts);
  }

  async clear(): Promise<void> {
    this.#db.transaction(() => {
      this.#db.exec('DELETE FROM orbit_moves; DELETE FROM interactions; DELETE FROM ties; DELETE FROM contacts;');
      this.#bump();
    })();
  }
}
