// The orbit-move history kept in the tab's sessionStorage, so Ctrl+Z still undoes a drag after
// the page is reloaded. Only the entries are stored; the server holds the data itself.
import type { UndoEntries } from '../../graph/history';
import type { Contact, ContactPatch, OrbitId } from '../../graph/model';

/** One undoable orbit change. */
export interface OrbitMoveEntry {
  contactId: string;
  from: OrbitId;
  to: OrbitId;
}

/** One undoable edit of a contact's fields (the panel): the changed fields before and after. */
export interface FieldEditEntry {
  kind: 'edit';
  contactId: string;
  before: ContactPatch;
  after: ContactPatch;
}

export type HistoryEntry = OrbitMoveEntry | FieldEditEntry;

/** The edit `patch` made from `before` to `after`, limited to fields that changed; null if none did. */
export function fieldEdit(before: Contact, after: Contact, patch: ContactPatch): FieldEditEntry | null {
  const keys = (Object.keys(patch) as (keyof ContactPatch)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (keys.length === 0) return null;
  const pick = (c: Contact) => Object.fromEntries(keys.map((k) => [k, c[k]])) as ContactPatch;
  return { kind: 'edit', contactId: after.id, before: pick(before), after: pick(after) };
}

/** True when the contact's fields are those the entry expects (nobody changed them since). */
export function fieldsMatch(contact: Contact, fields: ContactPatch): boolean {
  return (Object.keys(fields) as (keyof ContactPatch)[]).every((k) => JSON.stringify(contact[k]) === JSON.stringify(fields[k]));
}

export type HistoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const HISTORY_KEY = 'career-orbit:orbit-moves';
export const HISTORY_LIMIT = 200;

function isEntry(value: unknown): value is HistoryEntry {
  const edit = value as FieldEditEntry;
  if (edit?.kind === 'edit') return typeof edit.contactId === 'string' && typeof edit.before === 'object' && typeof edit.after === 'object';
  const e = value as OrbitMoveEntry;
  return !!e && typeof e.contactId === 'string' && typeof e.from === 'string' && typeof e.to === 'string';
}

/** The saved history, or undefined when there is none or it is unreadable. */
export function readMoveHistory(storage: HistoryStorage | undefined): UndoEntries<HistoryEntry> | undefined {
  try {
    const raw = storage?.getItem(HISTORY_KEY);
    const parsed = raw ? (JSON.parse(raw) as UndoEntries<HistoryEntry>) : undefined;
    if (!parsed || !Array.isArray(parsed.undo) || !Array.isArray(parsed.redo)) return undefined;
    return { undo: parsed.undo.filter(isEntry), redo: parsed.redo.filter(isEntry) };
  } catch {
    return undefined;
  }
}

export function saveMoveHistory(storage: HistoryStorage | undefined, entries: UndoEntries<HistoryEntry>): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // A full or disabled storage only costs undo across reloads.
  }
}
