// Shapes shared by every importer: what a parser returns, before it is merged into a network.
import type { Contact, Direction, Ego, InteractionKind, OrbitMove } from '../model';

export const IMPORT_FORMATS = [
  'linkedin',
  'linkedin-messages',
  'vcard',
  'google',
  'outlook',
  'csv',
  'graphml',
  'gexf',
  'json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A problem at one line of the source file (1-based). */
export interface ImportError {
  line: number;
  message: string;
}

/** A validated contact and the key other records of the same file use to point at it. */
export interface ParsedContact {
  line: number;
  /** File-local key (a node id, a profile URL, a row number); unique within the file. */
  key: string;
  contact: Contact;
  /** The file carries the app's own ids (JSON backup): keep the id and match on it first. */
  keepId?: boolean;
}

export interface ParsedTie {
  line: number;
  source: string;
  target: string;
  weight: number | null;
  /** Only a JSON backup carries these. */
  id?: string;
  createdAt?: string;
}

export interface ParsedInteraction {
  line: number;
  contactKey: string;
  date: string;
  kind: InteractionKind;
  direction: Direction;
  note: string;
  /** Only a JSON backup carries these. */
  id?: string;
  createdAt?: string;
}

export interface ParsedImport {
  format: ImportFormat;
  contacts: ParsedContact[];
  ties: ParsedTie[];
  interactions: ParsedInteraction[];
  errors: ImportError[];
  /** Rows deliberately ignored (blank rows, drafts, the user's own messages to nobody). */
  skipped: number;
  /** Only a JSON backup carries these. */
  ego?: Pick<Ego, 'name' | 'headline'>;
  orbitMoves?: OrbitMove[];
}

export function emptyImport(format: ImportFormat): ParsedImport {
  return { format, contacts: [], ties: [], interactions: [], errors: [], skipped: 0 };
}

/** Errors kept per file: enough to fix a file, not so many that a binary blob floods the answer. */
export const MAX_ERRORS = 100;

export function addError(result: ParsedImport, line: number, message: string): void {
  if (result.errors.length < MAX_ERRORS) result.errors.push({ line, message });
  else if (result.errors.length === MAX_ERRORS) {
    result.errors.push({ line, message: 'too many errors; stopped listing them here' });
  }
}
