import { describe, expect, it } from 'vitest';
import { countByOrbit, lastInteractionDates, movesBetween, neighbourhood, newSinceLastImport, orbitFlows, orbitsAsOf, wentQuiet } from '../../../graph/explore';
import { contact, move } from './fixtures';

// a: outer -> tweener (Feb 10) -> core (Mar 5); b: core -> outer (Mar 1); c created Mar 2 in outer.
const people = [
  contact('a', { orbit: 'core' }),
  contact('b', { orbit: 'outer' }),
  contact('c', { orbit: 'outer', createdAt: '2026-03-02T09:00:00.000Z' }),
];
const moves = [
  move('a', 'outer', 'tweener', '2026-02-10T12:00:00.000Z'),
  move('b', 'core', 'outer', '2026-03-01T08:00:00.000Z'),
  move('a', 'tweener', 'core', '2026-03-05T16:00:00.000Z'),
];

describe('orbitsAsOf', () => {
  it('undoes every move after the date and leaves out contacts created later', () => {
    expect(Object.fromEntries(orbitsAsOf(people, moves, '2026-02-01'))).toEqual({ a: 'outer', b: 'core' });
    expect(Object.fromEntries(orbitsAsOf(people, moves, '2026-02-10'))).toEqual({ a: 'tweener', b: 'core' });
    expect(Object.fromEntries(orbitsAsOf(people, moves, '2026-03-03'))).toEqual({ a: 'tweener', b: 'outer', c: 'outer' });
    expect(Object.fromEntries(orbitsAsOf(people, moves, '2026-04-01'))).toEqual({ a: 'core', b: 'outer', c: 'outer' });
  });
});

describe('countByOrbit', () => {
  it('counts the contacts of each orbit on a past day, every orbit present', () => {
    expect(countByOrbit(orbitsAsOf(people, moves, '2026-02-01').values())).toEqual({ core: 1, tweener: 0, outer: 1, archived: 0 });
    expect(countByOrbit(orbitsAsOf(people, moves, '2026-03-03').values())).toEqual({ core: 0, tweener: 1, outer: 2, archived: 0 });
  });
});

describe('orbitFlows', () => {
  it('lists who moved in and out of each orbit between two days', () => {
    const flows = orbitFlows(people, moves, '2026-02-01', '2026-03-31');
    expect(flows.core).toEqual({ movedIn: ['a'], movedOut: ['b'] });
    expect(flows.outer.movedIn.sort()).toEqual(['b', 'c']);
    expect(flows.outer.movedOut).toEqual(['a']);
    expect(flows.tweener).toEqual({ movedIn: [], movedOut: [] });
  });

  it('counts a move out and back again as no change', () => {
    const roundTrip = [move('b', 'outer', 'core', '2026-04-02T00:00:00.000Z'), move('b', 'core', 'outer', '2026-04-03T00:00:00.000Z')];
    const flows = orbitFlows(people, [...moves, ...roundTrip], '2026-04-01', '2026-04-30');
    expect(flows.core).toEqual({ movedIn: [], movedOut: [] });
  });
});

describe('movesBetween', () => {
  it('keeps moves within the days, newest first', () => {
    expect(movesBetween(moves, '2026-03-01', '2026-03-05').map((m) => m.contactId)).toEqual(['a', 'b']);
  });
});

describe('wentQuiet', () => {
  it('lists core and tweener contacts whose last interaction is before the date, quietest first', () => {
    const last = lastInteractionDates([
      { contactId: 'a', date: '2025-12-01' },
      { contactId: 'a', date: '2026-01-20' },
      { contactId: 'd', date: '2025-06-01' },
      { contactId: 'e', date: '2026-03-01' },
    ]);
    expect(last.get('a')).toBe('2026-01-20');
    const contacts = [contact('a', { orbit: 'core' }), contact('d', { orbit: 'tweener' }), contact('e', { orbit: 'core' }), contact('f', { orbit: 'core' })];
    expect(wentQuiet(contacts, last, '2026-02-01')).toEqual([
      { id: 'd', lastContact: '2025-06-01' },
      { id: 'a', lastContact: '2026-01-20' },
    ]);
  });
});

describe('newSinceLastImport', () => {
  it('finds the latest import and everyone created with it or after', () => {
    const contacts = [
      contact('old', { sources: ['linkedin'], createdAt: '2026-01-01T00:00:00.000Z' }),
      contact('x', { sources: ['manual', 'vcard'], createdAt: '2026-02-01T00:00:00.000Z' }),
      contact('y', { sources: ['vcard'], createdAt: '2026-02-01T00:00:00.000Z' }),
      contact('hand', { sources: ['manual'], createdAt: '2026-02-03T00:00:00.000Z' }),
    ];
    expect(newSinceLastImport(contacts)).toEqual({ at: '2026-02-01T00:00:00.000Z', newIds: ['x', 'y', 'hand'] });
  });

  it('answers null when nothing was imported', () => {
    expect(newSinceLastImport([contact('a'), contact('s', { sources: ['sample'] })])).toEqual({ at: null, newIds: [] });
  });
});

describe('neighbourhood', () => {
  it('finds contacts within the depth with their distance', () => {
    const ties = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
    ];
    expect(Object.fromEntries(neighbourhood(ties, 'b', 1))).toEqual({ b: 0, a: 1, c: 1 });
    expect(Object.fromEntries(neighbourhood(ties, 'a', 2))).toEqual({ a: 0, b: 1, c: 2 });
    expect(neighbourhood(ties, 'a', 0).size).toBe(1);
  });
});
