import { describe, expect, it } from 'vitest';
import { CANVAS_TIES_MAX, canvasTies, fadedDot } from '../../../src/lib/map-far';
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

describe('canvasTies: the ties a big map draws as lines', () => {
  const index = new Map([
    ['c1', 0],
    ['c2', 1],
    ['t1', 2],
    ['o1', 3],
  ]);
  const orbits = ['core', 'core', 'tweener', 'outer'] as const;
  const ties = [
    { source: 'c1', target: 'c2' },
    { source: 'c1', target: 't1' },
    { source: 't1', target: 'o1' },
    // An end that is not on the map (archived, or filtered out of it): never drawn.
    { source: 'o1', target: 'gone' },
  ];

  it('draws every tie between two contacts on the map while the map has few enough', () => {
    expect([...canvasTies(ties, index, orbits, 10)]).toEqual([0, 1, 0, 2, 2, 3]);
  });

  it('past the limit keeps only the ties within the core (the rest appear as their contacts become nodes)', () => {
    expect([...canvasTies(ties, index, orbits, 3)]).toEqual([0, 1]);
  });

  it('allows the 4,500 ties of a 1,500-contact map and thins the 90,000 of a 30,000-contact one', () => {
    expect(CANVAS_TIES_MAX).toBeGreaterThanOrEqual(4_500);
    expect(CANVAS_TIES_MAX).toBeLessThan(90_000);
  });
});
