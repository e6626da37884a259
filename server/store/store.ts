// The storage contract. Every backend (SQLite, Neo4j) implements it and runs the same
// contract suite (tests/server/store/contract.ts). Backends throw the typed errors of
// graph/errors: NotFoundError, ConflictError, InvalidInputError, UnavailableError.
import type {
  Contact,
  ContactPatch,
  Ego,
  Interaction,
  OrbitMove,
  Tie,
  WriteBatch,
} from '../../graph/model';

export type StoreKind = 'sqlite' | 'neo4j';

/** A snapshot of the stored network (orbit definitions come from graph/, not the store). */
export interface StoredNetwork {
  ego: Ego;
  contacts: Contact[];
  ties: Tie[];
  version: number;
}

/** How GET /api/network writes the contacts, and the ties: an object each, or as columns (ContactColumns, TieColumns). */
export type RecordsAs = 'objects' | 'columns';
export interface NetworkForm {
  contacts: RecordsAs;
  ties: RecordsAs;
}

/**
 * The same snapshot with contacts and ties as JSON text (JSON.parse gives getNetwork's contacts
 * and ties, or their columns, as asked).
 */
export interface StoredNetworkJson {
  ego: Ego;
  /** How many contacts contactsJson holds. */
  contactCount: number;
  /** The contacts as a JSON array of Contact objects, or as ContactColumns, as asked: JSON text, or its UTF-8 bytes (a big network read on the reader thread). */
  contactsJson: string | Uint8Array;
  /** The ties as a JSON array of Tie objects, or as TieColumns, as asked. */
  tiesJson: string | Uint8Array;
  version: number;
}

/**
 * What the network measures need and no more: contact ids and tie ends, as getNetwork orders
 * them. At 30,000 contacts reading this takes about a third of the CPU of getNetwork (no
 * contact objects), and GET /api/metrics waits for it before its worker can start.
 */
export interface StoredTopology {
  contactIds: string[];
  /** Per tie: its ends as indices into contactIds (-1 for an end that is not a contact) and its weight, NaN when unknown. */
  ties: { source: Int32Array; target: Int32Array; weight: Float64Array };
  version: number;
}

/** A tie as [source id, target id, weight or null], as a store reads it. */
export type TieEnds = readonly [string, string, number | null];

/** Ties given by their ends' ids, as indices into `contactIds` (see StoredTopology). */
export function topologyOf(contactIds: string[], ties: ArrayLike<TieEnds>, version: number): StoredTopology {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < contactIds.length; i++) indexOf.set(contactIds[i], i);
  const m = ties.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const t = ties[e];
    source[e] = indexOf.get(t[0]) ?? -1;
    target[e] = indexOf.get(t[1]) ?? -1;
    weight[e] = t[2] ?? NaN;
  }
  return { contactIds, ties: { source, target, weight }, version };
}

export interface Store {
  readonly kind: StoreKind;
  /** Create or migrate the schema (idempotent); call once before anything else. */
  init(): Promise<void>;
  /** Release connections and files. */
  close(): Promise<void>;

  /** The ego, its network, and the write version, read consistently. */
  getNetwork(): Promise<StoredNetwork>;
  /**
   * Optional: getNetwork as JSON text, for a backend that can write it faster than objects
   * (SQLite builds it in C: at 30,000 contacts ~0.4 s against ~1 s for rows, objects and
   * JSON.stringify). GET /api/network uses it when present.
   */
  getNetworkJson?(form?: NetworkForm): Promise<StoredNetworkJson>;
  /** Contact ids and tie ends in getNetwork's order, with the write version, read consistently (for the measures). */
  getTopology(): Promise<StoredTopology>;
  /**
   * Optional: call `listener` after every bulk write (applyBatch) commits, with the number of
   * contacts now stored; returns a function that removes it. GET /api/network uses it to start
   * re-reading a big network right after an import, which the page reloads next.
   */
  onBulkWrite?(listener: (contacts: number) => void): () => void;
  /** A counter that increases on every write; caches key on it. */
  getVersion(): Promise<number>;
  /** Change the ego's name or headline. */
  updateEgo(patch: Partial<Pick<Ego, 'name' | 'headline'>>): Promise<Ego>;

  /** One contact; NotFoundError if absent. */
  getContact(id: string): Promise<Contact>;
  /** Insert a contact built by graph/model createContact; ConflictError if the id exists. */
  insertContact(contact: Contact): Promise<Contact>;
  /**
   * Apply a patch: the store reads the contact, applies graph/model patchContact, and writes
   * it in one transaction. ConflictError when `expectedVersion` is given and differs.
   * An orbit change is recorded as an OrbitMove dated now.
   */
  updateContact(id: string, patch: ContactPatch, expectedVersion?: number): Promise<Contact>;
  /** Delete a contact with its ties and interactions; NotFoundError if absent. */
  deleteContact(id: string): Promise<void>;

  /** Insert a tie built by createTie; NotFoundError if an end is missing, ConflictError if the pair is tied already. */
  insertTie(tie: Tie): Promise<Tie>;
  /** Delete a tie; NotFoundError if absent. */
  deleteTie(id: string): Promise<void>;

  /** Insert an interaction built by createInteraction; NotFoundError if the contact is missing. */
  insertInteraction(interaction: Interaction): Promise<Interaction>;
  /** A contact's interactions, newest first; NotFoundError if the contact is missing. */
  listInteractions(contactId: string): Promise<Interaction[]>;
  /** Every interaction, for analysis. */
  listAllInteractions(): Promise<Interaction[]>;
  /** Orbit moves, oldest first; only one contact's when `contactId` is given. */
  listOrbitMoves(contactId?: string): Promise<OrbitMove[]>;

  /**
   * Apply a whole batch in one transaction: all of it or none of it. Updated contacts carry
   * the version they were read at (ConflictError if it moved); a tie whose pair exists is
   * skipped; orbit changes among the updates are recorded as moves.
   */
  applyBatch(batch: WriteBatch): Promise<void>;
  /** Remove every contact, tie, interaction and move (the ego stays). */
  clear(): Promise<void>;
}
