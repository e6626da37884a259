import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/lib/explore-list';
import { contact } from '../../graph/explore/fixtures';

const people = [contact('b', { name: 'Bea', orbit: 'outer' }), contact('a', { name: 'Al', orbit: 'core' }), contact('c', { name: 'Cy', orbit: 'tweener' })];
const facts = (id: string) => (id === 'c' ? undefined : { score: id === 'a' ? 70 : 20, nurture: null, lastContact: null, community: 0, mutualTies: 1 });

describe('sortRows', () => {
  it('sorts by name, orbit or score in either direction', () => {
    expect(sortRows(people, facts, 'name', false).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(sortRows(people, facts, 'orbit', false).map((c) => c.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(people, facts, 'score', true).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts contacts without a value last in both directions', () => {
    expect(sortRows(people, facts, 'score', false).map((c) => c.id)).toEqual(['b', 'a', 'c']);
  });
});
