import type { OrbitDef } from './orbits';
import type { ContextId, Direction, InteractionKind, OrbitId } from './vocabulary';

/** The user at the centre of the map. */
export interface Ego {
  id: 'ego';
  name: string;
  headline: string;
}

export interface Contact {
  id: string;
  name: string;
  company: string;
  position: string;
  emails: string[];
  phones: string[];
  /** Normalised profile URL (LinkedIn or other), the strongest person key. */
  profileUrl: string | null;
  location: string;
  tags: string[];
  notes: string;
  /** Where the contact came from: 'manual', 'linkedin', 'vcard', ... (kept on merge). */
  sources: string[];
  /** ISO date (YYYY-MM-DD) the connection was made, when known. */
  connectedOn: string | null;
  contexts: ContextId[];
  /** Self-report: would this person take my call? null when unanswered. */
  wouldTakeMyCall: boolean | null;
  orbit: OrbitId;
  /** Increments on every change; a PATCH with a stale version gets a conflict. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An undirected tie between two contacts (never the ego: the ego knows everyone). */
export interface Tie {
  id: string;
  source: string;
  target: string;
  /** Optional strength of the tie between the two contacts, (0, 1]. */
  weight: number | null;
  createdAt: string;
}

export interface Interaction {
  id: string;
  contactId: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  kind: InteractionKind;
  direction: Direction;
  note: string;
  createdAt: string;
}

/** A dated change of orbit: the history behind drags and undo. */
export interface OrbitMove {
  id: string;
  contactId: string;
  from: OrbitId;
  to: OrbitId;
  at: string;
}

/** What GET /api/network answers. */
export interface Network {
  ego: Ego;
  orbits: OrbitDef[];
  contacts: Contact[];
  ties: Tie[];
  /** Increments on every write; caches (metrics) key on it. */
  version: number;
}

/**
 * The ties as one array per field, all in the same order (GET /api/network?ties=columns). At
 * 30,000 contacts and 90,000 ties that is 6 MB of JSON against 10 MB as objects; SQLite builds
 * it in ~0.12 s against ~0.28 s, and it parses in about half the time (~85 against ~165 ms in Node).
 */
export interface TieColumns {
  id: string[];
  source: string[];
  target: string[];
  weight: (number | null)[];
  createdAt: string[];
}

/**
 * The contacts as one array per field, all in the same order (GET /api/network?contacts=columns).
 * At 30,000 contacts that is 7 MB of JSON against 12.6 MB as objects (every field name written
 * once, not 30,000 times); SQLite builds it in ~0.1 s against ~0.15-0.23 s.
 */
export type ContactColumns = { [K in keyof Contact]: Contact[K][] };

/** A Network with its contacts and ties as columns (GET /api/network?contacts=columns&ties=columns): what the page asks for. */
export interface ColumnarNetwork extends Omit<Network, 'contacts' | 'ties'> {
  contactColumns: ContactColumns;
  tieColumns: TieColumns;
}

/** Fields a user may set on a contact; everything but `name` is optional on create. */
export interface ContactFields {
  name: string;
  company: string;
  position: string;
  emails: string[];
  phones: string[];
  profileUrl: string | null;
  location: string;
  tags: string[];
  notes: string;
  sources: string[];
  connectedOn: string | null;
  contexts: ContextId[];
  wouldTakeMyCall: boolean | null;
  orbit: OrbitId;
}

export type ContactInput = Partial<ContactFields> & { name: string; id?: string };
export type ContactPatch = Partial<ContactFields>;

export interface TieInput {
  source: string;
  target: string;
  weight?: number | null;
  id?: string;
}

export interface InteractionInput {
  contactId: string;
  date: string;
  kind: InteractionKind;
  direction: Direction;
  note?: string;
  id?: string;
}

/**
 * Everything one import or bulk load writes, applied by a store in a single transaction:
 * all of it or none of it.
 */
export interface WriteBatch {
  createContacts: Contact[];
  /** Full new state of existing contacts; `version` is the version they were read at. */
  updateContacts: Contact[];
  createTies: Tie[];
  createInteractions: Interaction[];
  /** Orbit history written as given (a backup being restored); contacts must exist. */
  createOrbitMoves?: OrbitMove[];
}
