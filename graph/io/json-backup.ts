// Reading the app's own JSON backup (see ./export-json): every record validated again through
// graph/model, ids, versions and timestamps kept, so importing a backup into an empty store
// gives back the same network.
import { InvalidInputError } from '../errors';
import { createContact, createInteraction, createTie, ORBIT_IDS, type ContactInput, type OrbitMove } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION } from './export-json';
import { lineAt } from './decode';
import { addError, emptyImport, type ParsedImport } from './types';
import { errorMessage } from './text';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function instant(v: unknown): string | undefined {
  return typeof v === 'string' && ISO_INSTANT.test(v) ? v : undefined;
}

/** Line of the record whose id is `id` (the export puts each id on its own line). */
function lineOfId(text: string, id: unknown, from: number): number {
  if (typeof id !== 'string') return lineAt(text, from);
  const at = text.indexOf(`"id": ${JSON.stringify(id)}`, from);
  return lineAt(text, at >= 0 ? at : from);
}

export function parseJsonBackup(text: string): ParsedImport {
  const result = emptyImport('json');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec(errorMessage(err));
    addError(result, m ? lineAt(text, +m[1]) : 1, `json import: not valid JSON (${errorMessage(err).slice(0, 120)})`);
    return result;
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    addError(result, 1, `json import: not a Career Orbit backup (expected "format": "${BACKUP_FORMAT}")`);
    return result;
  }
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION || data.version < 1) {
    addError(result, 1, `json import: backup version ${String(data.version).slice(0, 20)} is not supported (this app reads version ${BACKUP_VERSION})`);
    return result;
  }
  for (const list of ['contacts', 'ties', 'interactions'] as const) {
    if (!Array.isArray(data[list])) {
      addError(result, 1, `json import: "${list}" must be a list`);
      return result;
    }
  }
  if (isObject(data.ego)) {
    const { name, headline } = data.ego;
    if (typeof name === 'string' && typeof headline === 'string') result.ego = { name: name.slice(0, 200), headline: headline.slice(0, 300) };
  }
  const guard = (line: number, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      addError(result, line, errorMessage(err));
    }
  };
  const contactsAt = Math.max(0, text.indexOf('"contacts"'));
  for (const raw of data.contacts as unknown[]) {
    const line = lineOfId(text, isObject(raw) ? raw.id : undefined, contactsAt);
    guard(line, () => {
      if (!isObject(raw) || typeof raw.id !== 'string') throw new InvalidInputError('contact: expected an object with an id');
      const createdAt = instant(raw.createdAt);
      const contact = createContact(raw as unknown as ContactInput, createdAt);
      contact.updatedAt = instant(raw.updatedAt) ?? contact.updatedAt;
      if (Number.isInteger(raw.version) && (raw.version as number) > 0) contact.version = raw.version as number;
      result.contacts.push({ line, key: contact.id, contact, keepId: true });
    });
  }
  const tiesAt = Math.max(0, text.indexOf('"ties"'));
  for (const raw of data.ties as unknown[]) {
    const line = lineOfId(text, isObject(raw) ? raw.id : undefined, tiesAt);
    guard(line, () => {
      if (!isObject(raw) || (raw.id !== undefined && typeof raw.id !== 'string')) throw new InvalidInputError('tie: expected an object with a text id');
      const tie = createTie(raw as never, instant(raw.createdAt));
      result.ties.push({ line, source: tie.source, target: tie.target, weight: tie.weight, id: tie.id, createdAt: tie.createdAt });
    });
  }
  const interactionsAt = Math.max(0, text.indexOf('"interactions"'));
  for (const raw of data.interactions as unknown[]) {
    const line = lineOfId(text, isObject(raw) ? raw.id : undefined, interactionsAt);
    guard(line, () => {
      if (!isObject(raw) || (raw.id !== undefined && typeof raw.id !== 'string')) throw new InvalidInputError('interaction: expected an object with a text id');
      const i = createInteraction(raw as never, instant(raw.createdAt));
      result.interactions.push({ line, contactKey: i.contactId, date: i.date, kind: i.kind, direction: i.direction, note: i.note, id: i.id, createdAt: i.createdAt });
    });
  }
  const moves: OrbitMove[] = [];
  for (const raw of Array.isArray(data.orbitMoves) ? data.orbitMoves : []) {
    const ok =
      isObject(raw) &&
      typeof raw.id === 'string' &&
      typeof raw.contactId === 'string' &&
      (ORBIT_IDS as readonly unknown[]).includes(raw.from) &&
      (ORBIT_IDS as readonly unknown[]).includes(raw.to) &&
      instant(raw.at);
    if (ok) moves.push({ id: raw.id as string, contactId: raw.contactId as string, from: raw.from as OrbitMove['from'], to: raw.to as OrbitMove['to'], at: raw.at as string });
    else addError(result, lineOfId(text, isObject(raw) ? raw.id : undefined, 0), 'json import: orbit move needs id, contactId, from, to and at');
  }
  result.orbitMoves = moves;
  return result;
}
