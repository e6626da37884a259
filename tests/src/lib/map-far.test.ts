import { describe, expect, it } from 'vitest';
import { fadedDot } from '../../../src/lib/map-far';
import { EMPTY_OVERLAY } from '../../../src/lib/map-overlay';

const explore = { matching: null, focus: null, focusRoot: null, cursor: null, changed: null };

describe('fadedDot: a far-field dot fades exactly when its node would', () => {
  it('stays full with no filter, focus or lit overlay', () => {
    expect(fadedDot('a', { overlay: EMPTY_OVERLAY, explore })).toBe(false);
    expect(fadedDot('a', { overlay: null, explore: null })).toBe(false);
  });

  it('fades when a filter leaves the contact out', () => {
    const state = { overlay: null, explore: { ...explore, matching: new Set(['b']) } };
    expect(fadedDot('a', state)).toBe(true);
    expect(fadedDot('b', state)).toBe(false);
  });

  it('fades outside a focused neighbourhood', () => {
    const state = { overlay: null, explore: { ...explore, focus: new Map([['b', 1]]), focusRoot: 'b' } };
    expect(fadedDot('a', state)).toBe(true);
    expect(fadedDot('b', state)).toBe(false);
  });

  it('fades off a lit intro path, and outside the weak-ties view', () => {
    const path = { ...EMPTY_OVERLAY, path: { contacts: new Set(['b']), ties: new Set<string>() } };
    expect(fadedDot('a', { overlay: path, explore: null })).toBe(true);
    expect(fadedDot('b', { overlay: path, explore: null })).toBe(false);
    const weak = { ...EMPTY_OVERLAY, weak: { contacts: new Set(['c']), ties: new Set<string>() } };
    expect(fadedDot('a', { overlay: weak, explore: null })).toBe(true);
    expect(fadedDot('c', { overlay: weak, explore: null })).toBe(false);
  });
});
