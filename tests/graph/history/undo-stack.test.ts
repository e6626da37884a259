import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../graph/history';

describe('UndoStack', () => {
  it('starts with nothing to undo or redo', () => {
    const stack = new UndoStack<string>();
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(false);
    expect(stack.undo()).toBeUndefined();
    expect(stack.redo()).toBeUndefined();
  });

  it('undoes the most recent entry first', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    expect(stack.undo()).toBe('b');
    expect(stack.undo()).toBe('a');
    expect(stack.canUndo).toBe(false);
  });

  it('redoes what was undone, in reverse order of undoing', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    stack.undo();
    stack.undo();
    expect(stack.canRedo).toBe(true);
    expect(stack.redo()).toBe('a');
    expect(stack.redo()).toBe('b');
    expect(stack.canRedo).toBe(false);
    expect(stack.undo()).toBe('b');
  });

  it('clears the redo side when a new entry is pushed', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.undo();
    stack.push('c');
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBeUndefined();
    expect(stack.undo()).toBe('c');
  });

  it('drops the oldest entries past its limit', () => {
    const stack = new UndoStack<number>({ limit: 3 });
    for (let i = 1; i <= 5; i++) stack.push(i);
    expect(stack.size).toEqual({ undo: 3, redo: 0 });
    expect([stack.undo(), stack.undo(), stack.undo(), stack.undo()]).toEqual([5, 4, 3, undefined]);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new UndoStack({ limit: 0 })).toThrow(RangeError);
    expect(() => new UndoStack({ limit: 1.5 })).toThrow(RangeError);
  });

  it('peeks without moving entries', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    expect(stack.peekUndo()).toBe('a');
    expect(stack.canUndo).toBe(true);
    stack.undo();
    expect(stack.peekRedo()).toBe('a');
    expect(stack.peekUndo()).toBeUndefined();
  });

  it('puts back an entry whose undo failed to apply', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    const entry = stack.undo()!;
    stack.restore(entry, 'undo');
    expect(stack.size).toEqual({ undo: 1, redo: 0 });
    expect(stack.undo()).toBe('a');
  });

  it('puts back an entry whose redo failed to apply', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.undo();
    const entry = stack.redo()!;
    stack.restore(entry, 'redo');
    expect(stack.size).toEqual({ undo: 0, redo: 1 });
    expect(stack.redo()).toBe('a');
  });

  it('keeps entries by identity, so equal-looking moves stay distinct', () => {
    const stack = new UndoStack<{ id: string }>();
    const first = { id: 'x' };
    const second = { id: 'x' };
    stack.push(first);
    stack.push(second);
    expect(stack.undo()).toBe(second);
    expect(stack.undo()).toBe(first);
  });

  it('empties both sides on clear', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    stack.undo();
    stack.clear();
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(false);
  });

  it('starts from saved entries and gives back the same history', () => {
    const first = new UndoStack<string>();
    first.push('a');
    first.push('b');
    first.push('c');
    first.undo();
    const saved = JSON.parse(JSON.stringify(first.entries()));
    const second = new UndoStack<string>({ initial: saved });
    expect(second.entries()).toEqual({ undo: ['a', 'b'], redo: ['c'] });
    expect(second.redo()).toBe('c');
    expect(second.undo()).toBe('c');
    expect(second.undo()).toBe('b');
  });

  it('trims saved entries to its limit, keeping the newest', () => {
    const stack = new UndoStack<number>({ limit: 2, initial: { undo: [1, 2, 3], redo: [] } });
    expect(stack.entries().undo).toEqual([2, 3]);
  });
});
