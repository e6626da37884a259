// How the domain maps onto Neo4j for the Neo4j store: property maps in and out, integers
// made explicit, and driver errors translated into the typed errors of graph/errors.
//
// Graph model:
//   (:Ego {id: 'ego', name, headline})
//   (:Meta {key: 'network', version, moves})            write counter, orbit-move sequence
//   (:Contact {id, name, company, ..., orbit, version})  lists stored as lists, dates as ISO text
//   (:Contact)-[:KNOWS {id, weight, createdAt}]->(:Contact)   undirected: source < target
//   (:Interaction {id, contactId, date, kind, direction, note, createdAt})-[:WITH]->(:Contact)
//   (:OrbitMove {id, contactId, from, to, at, seq})-[:OF]->(:Contact)
import neo4j, { Neo4jError } from 'neo4j-driver';
import { ConflictError, InvalidInputError, NotFoundError, OrbitError, UnavailableError } from '../../graph/errors';
import type { Contact, Interaction, OrbitMove, Tie } from '../../graph/model';

/** The properties of a (:Contact) node. Nulls are simply not stored by Neo4j. */
export function contactProps(c: Contact): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    company: c.company,
    position: c.position,
    emails: c.emails,
    phones: c.phones,
    profileUrl: c.profileUrl,
    location: c.location,
    tags: c.tags,
    notes: c.notes,
    sources: c.sources,
    connectedOn: c.connectedOn,
    contexts: c.contexts,
    wouldTakeMyCall: c.wouldTakeMyCall,
    orbit: c.orbit,
    // A JS number would be sent as a Float; versions are integers in the graph.
    version: neo4j.int(c.version),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

type Props = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const orNull = <T>(v: unknown): T | null => (v === undefined || v === null ? null : (v as T));

/** Integers come back as JS numbers (driver option disableLosslessIntegers); guard anyway. */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (typeof v === 'bigint') return Number(v);
  throw new Error(`neo4j store: expected a number, got ${typeof v}`);
}

export function toContact(p: Props): Contact {
  return {
    id: str(p.id),
    name: str(p.name),
    company: str(p.company),
    position: str(p.position),
    emails: list(p.emails),
    phones: list(p.phones),
    profileUrl: orNull<string>(p.profileUrl),
    location: str(p.location),
    tags: list(p.tags),
    notes: str(p.notes),
    sources: list(p.sources),
    connectedOn: orNull<string>(p.connectedOn),
    contexts: list(p.contexts) as Contact['contexts'],
    wouldTakeMyCall: orNull<boolean>(p.wouldTakeMyCall),
    orbit: str(p.orbit) as Contact['orbit'],
    version: toNumber(p.version),
    createdAt: str(p.createdAt),
    updatedAt: str(p.updatedAt),
  };
}

export function tieRow(t: Tie): Props {
  return { id: t.id, source: t.source, target: t.target, weight: t.weight, createdAt: t.createdAt };
}

export function toTie(p: Props): Tie {
  return {
    id: str(p.id),
    source: str(p.source),
    target: str(p.target),
    weight: p.weight === null || p.weight === undefined ? null : toNumber(p.weight),
    createdAt: str(p.createdAt),
  };
}

export function interactionProps(i: Interaction): Props {
  return {
    id: i.id,
    contactId: i.contactId,
    date: i.date,
    kind: i.kind,
    direction: i.direction,
    note: i.note,
    createdAt: i.createdAt,
  };
}

export function toInteraction(p: Props): Interaction {
  return {
    id: str(p.id),
    contactId: str(p.contactId),
    date: str(p.date),
    kind: str(p.kind) as Interaction['kind'],
    direction: str(p.direction) as Interaction['direction'],
    note: str(p.note),
    createdAt: str(p.createdAt),
  };
}

export function toOrbitMove(p: Props): OrbitMove {
  return {
    id: str(p.id),
    contactId: str(p.contactId),
    from: str(p.from) as OrbitMove['from'],
    to: str(p.to) as OrbitMove['to'],
    at: str(p.at),
  };
}

/** Where the store talks to, for error messages. */
export interface Neo4jTarget {
  uri: string;
  user: string | null;
  database: string;
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const REFUSED = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

/**
 * Translate a driver error into the domain's typed errors (the same classes the SQLite store
 * throws); domain errors pass through; anything unexpected is rethrown as it is.
 */
export function translateNeo4jError(err: unknown, what: string, target: Neo4jTarget): never {
  if (err instanceof OrbitError) throw err;
  if (err instanceof Neo4jError) {
    const code = err.code;
    if (UNREACHABLE.has(code)) {
      throw new UnavailableError(`cannot reach Neo4j at ${target.uri}: ${err.message}`);
    }
    if (REFUSED.has(code)) {
      throw new UnavailableError(
        `Neo4j refused the credentials for user '${target.user ?? '(none)'}' at ${target.uri}: ${err.message} ` +
          '(check NEO4J_USER and NEO4J_PASSWORD)',
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      throw new UnavailableError(`Neo4j at ${target.uri} has no database '${target.database}' (check NEO4J_DATABASE)`);
    }
    if (code === 'Neo.ClientError.Security.Forbidden') {
      throw new UnavailableError(`Neo4j user '${target.user}' may not write to '${target.database}': ${err.message}`);
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new ConflictError(`${what}: a record with that id or key exists already`);
    }
    if (code === 'Neo.ClientError.Statement.TypeError' || code === 'Neo.ClientError.Statement.ArgumentError') {
      throw new InvalidInputError(`${what}: a value is outside what is allowed (${err.message})`);
    }
  }
  throw err;
}

/** NotFoundError for a missing contact, worded like the SQLite store's. */
export function noContact(id: string): NotFoundError {
  return new NotFoundError(`no contact with id '${id}'`);
}
