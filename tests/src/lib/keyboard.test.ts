import { describe, expect, it } from 'vitest';
import { isUndoShortcut } from '../../../src/lib/keyboard';

function key(init: Partial<KeyboardEvent> & { key: string }, tagName = 'BODY'): KeyboardEvent {
  return { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: { tagName, isContentEditable: false }, ...init } as unknown as KeyboardEvent;
}

describe('isUndoShortcut', () => {
  it('reads Ctrl+Z as undo and Ctrl+Shift+Z or Ctrl+Y as redo', () => {
    expect(isUndoShortcut(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(isUndoShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(isUndoShortcut(key({ key: 'y', ctrlKey: true }))).toBe('redo');
  });

  it('accepts Cmd on a Mac', () => {
    expect(isUndoShortcut(key({ key: 'z', metaKey: true }))).toBe('undo');
  });

  it('leaves text fields their own undo', () => {
    expect(isUndoShortcut(key({ key: 'z', ctrlKey: true }, 'INPUT'))).toBeNull();
    expect(isUndoShortcut(key({ key: 'z', ctrlKey: true }, 'TEXTAREA'))).toBeNull();
  });

  it('ignores plain keys and other chords', () => {
    expect(isUndoShortcut(key({ key: 'z' }))).toBeNull();
    expect(isUndoShortcut(key({ key: 'z', ctrlKey: true, altKey: true }))).toBeNull();
    expect(isUndoShortcut(key({ key: 'x', ctrlKey: true }))).toBeNull();
  });
});
