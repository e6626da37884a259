// A bounded undo/redo history of user actions (orbit moves, later other edits). Pure data:
// the caller applies an entry's effect; the stack only remembers what can be undone or redone.

export interface UndoStackOptions<T> {
  /** How many entries the undo side keeps; the oldest fall off first. */
  limit?: number;
  /** Entries to start from, e.g. a history saved by `entries()` before a page reload. */
  initial?: UndoEntries<T>;
}

/** Both sides of the history, oldest first. */
export interface UndoEntries<T> {
  undo: T[];
  redo: T[];
}

export const UNDO_DEFAULTS = { limit: 100 } as const;

export class UndoStack<T> {
  readonly limit: number;
  #done: T[] = [];
  #undone: T[] = [];

  constructor(options: UndoStackOptions<T> = {}) {
    const limit = options.limit ?? UNDO_DEFAULTS.limit;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`undo stack: limit must be a positive integer, got ${limit}`);
    }
    this.limit = limit;
    if (options.initial) {
      this.#done = options.initial.undo.slice(-limit);
      this.#undone = options.initial.redo.slice();
    }
  }

  /** Record a new action; it clears what could be redone, as in every editor. */
  push(entry: T): void {
    this.#done.push(entry);
    if (this.#done.length > this.limit) this.#done.splice(0, this.#done.length - this.limit);
    this.#undone = [];
  }

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  /** The entry to reverse, moved to the redo side; undefined when there is nothing to undo. */
  undo(): T | undefined {
    const entry = this.#done.pop();
    if (entry !== undefined) this.#undone.push(entry);
    return entry;
  }

  /** The entry to apply again, moved back to the undo side; undefined when there is none. */
  redo(): T | undefined {
    const entry = this.#undone.pop();
    if (entry !== undefined) this.#done.push(entry);
    return entry;
  }

  /** The next entry undo() would return, without moving it. */
  peekUndo(): T | undefined {
    return this.#done.at(-1);
  }

  /** The next entry redo() would return, without moving it. */
  peekRedo(): T | undefined {
    return this.#undone.at(-1);
  }

  /** Put back an entry whose undo or redo failed to apply, so the history stays truthful. */
  restore(entry: T, side: 'undo' | 'redo'): void {
    if (side === 'undo') {
      if (this.#undone.at(-1) === entry) this.#undone.pop();
      this.#done.push(entry);
    } else {
      if (this.#done.at(-1) === entry) this.#done.pop();
      this.#undone.push(entry);
    }
  }

  get size(): { undo: number; redo: number } {
    return { undo: this.#done.length, redo: this.#undone.length };
  }

  /** A copy of both sides, oldest first, to save and pass back as `initial`. */
  entries(): UndoEntries<T> {
    return { undo: this.#done.slice(), redo: this.#undone.slice() };
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}
