// The orbit-move history kept in the tab's sessionStorage, so Ctrl+Z still undoes a drag after
// the page is reloaded. Only the entries are stored; the server holds the data itself.
import type { UndoEntries } from '../../graph/history';
import type { OrbitId } from '../../graph/model';

/** One undoable orbit change. */
export interface OrbitMoveEntry {
  contactId: string;
  from: OrbitId;
  to: OrbitId;
}

export type HistoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const HISTORY_KEY = 'career-orbit:orbit-moves';
export const HISTORY_LIMIT = 200;

function isEntry(value: unknown): value is OrbitMoveEntry {
  const e = value as OrbitMoveEntry;
  return !!e && typeof e.contactId === 'string' && typeof e.from === 'string' && typeof e.to === 'string';
}

/** The saved history, or undefined when there is none or it is unreadable. */
export function readMoveHistory(storage: HistoryStorage | undefined): UndoEntries<OrbitMoveEntry> | undefined {
  try {
    const raw = storage?.getItem(HISTORY_KEY);
    const parsed = raw ? (JSON.parse(raw) as UndoEntries<OrbitMoveEntry>) : undefined;
    if (!parsed || !Array.isArray(parsed.undo) || !Array.isArray(parsed.redo)) return undefined;
    return { undo: parsed.undo.filter(isEntry), redo: parsed.redo.filter(isEntry) };
  } catch {
    return undefined;
  }
}

export function saveMoveHistory(storage: HistoryStorage | undefined, entries: UndoEntries<OrbitMoveEntry>): void {
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // A full or disabled storage only costs undo across reloads.
  }
}
