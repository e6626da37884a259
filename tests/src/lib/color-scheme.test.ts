import { describe, expect, it } from 'vitest';
import { ColorScheme, type SchemeQuery } from '../../../src/lib/color-scheme.svelte';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../src/lib/palette';

/** A stand-in for matchMedia('(prefers-color-scheme: dark)') whose setting can be flipped. */
function fakeQuery(matches: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const query: SchemeQuery & { flip(to: boolean): void; listeners: typeof listeners } = {
    matches,
    listeners,
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    flip(to) {
      for (const l of listeners) l({ matches: to });
    },
  };
  return query;
}

describe('ColorScheme', () => {
  it('starts in the theme the system asks for', () => {
    expect(new ColorScheme(fakeQuery(true)).palette).toBe(DARK_PALETTE);
    expect(new ColorScheme(fakeQuery(false)).theme).toBe('light');
  });

  it('stays light where there is no matchMedia', () => {
    expect(new ColorScheme(null).palette).toBe(LIGHT_PALETTE);
  });

  it('follows the system setting when it changes, until destroyed', () => {
    const query = fakeQuery(false);
    const scheme = new ColorScheme(query);
    query.flip(true);
    expect(scheme.theme).toBe('dark');
    query.flip(false);
    expect(scheme.palette).toBe(LIGHT_PALETTE);
    scheme.destroy();
    expect(query.listeners.size).toBe(0);
  });
});
