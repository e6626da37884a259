import { describe, expect, it } from 'vitest';
import { readMoveHistory, saveMoveHistory, type HistoryStorage } from '../../../src/lib/move-history';

function memory(initial: Record<string, string> = {}): HistoryStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe('move history storage', () => {
  it('gives back what it saved', () => {
    const storage = memory();
    const entries = { undo: [{ contactId: 'a', from: 'outer', to: 'core' } as const], redo: [] };
    saveMoveHistory(storage, entries);
    expect(readMoveHistory(storage)).toEqual(entries);
  });

  it('reads nothing from an empty, broken or foreign value', () => {
    expect(readMoveHistory(memory())).toBeUndefined();
    expect(readMoveHistory(memory({ 'career-orbit:orbit-moves': '{not json' }))).toBeUndefined();
    expect(readMoveHistory(memory({ 'career-orbit:orbit-moves': '[1,2]' }))).toBeUndefined();
    expect(readMoveHistory(undefined)).toBeUndefined();
  });

  it('drops entries that are not moves', () => {
    const raw = JSON.stringify({ undo: [{ contactId: 'a', from: 'outer', to: 'core' }, { nope: 1 }, null], redo: ['x'] });
    expect(readMoveHistory(memory({ 'career-orbit:orbit-moves': raw }))).toEqual({
      undo: [{ contactId: 'a', from: 'outer', to: 'core' }],
      redo: [],
    });
  });

  it('survives a storage that refuses to write', () => {
    const full: HistoryStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveMoveHistory(full, { undo: [], redo: [] })).not.toThrow();
  });
});
