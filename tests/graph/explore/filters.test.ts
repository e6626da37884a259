import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, activeFacetCount, filterOptions, isEmptyFilter, matchingIds, type FilterSpec } from '../../../graph/explore';
import { contact } from './fixtures';

const people = [
  contact('a', { orbit: 'core', company: 'Acme', tags: ['Board'], sources: ['linkedin'], contexts: ['board', 'worked-together'] }),
  contact('b', { orbit: 'tweener', company: 'acme ', tags: ['alumni'], sources: ['vcard'], contexts: ['school'] }),
  contact('c', { orbit: 'outer', company: 'Globex', sources: ['linkedin'], position: 'Product lead' }),
  contact('d', { orbit: 'core', company: 'Globex', sources: ['manual'], contexts: ['client'] }),
];
const facts = {
  community: (id: string) => ({ a: 0, b: 0, c: 1, d: 1 })[id],
  nurture: (id: string) => ({ a: 'ok', b: 'cooling', c: null, d: 'at-risk' } as const)[id],
  score: (id: string) => ({ a: 72, b: 40, c: 5, d: 61 })[id],
};
const spec = (fields: Partial<FilterSpec>): FilterSpec => ({ ...EMPTY_FILTER, ...fields });
const ids = (s: FilterSpec) => [...matchingIds(people, s, facts)].sort();

describe('contact filters', () => {
  it('keeps everyone with an empty filter', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(ids(EMPTY_FILTER)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('widens inside a facet and narrows across facets', () => {
    expect(ids(spec({ orbits: ['core', 'tweener'] }))).toEqual(['a', 'b', 'd']);
    expect(ids(spec({ orbits: ['core', 'tweener'], sources: ['linkedin'] }))).toEqual(['a']);
    expect(activeFacetCount(spec({ orbits: ['core'], sources: ['linkedin'], scoreMin: 10 }))).toBe(3);
  });

  it('matches companies and tags without regard to case or outer spaces', () => {
    expect(ids(spec({ companies: ['ACME'] }))).toEqual(['a', 'b']);
    expect(ids(spec({ tags: ['board'] }))).toEqual(['a']);
  });

  it('filters by context, community, nurture state and score range', () => {
    expect(ids(spec({ contexts: ['board', 'client'] }))).toEqual(['a', 'd']);
    expect(ids(spec({ communities: [1] }))).toEqual(['c', 'd']);
    expect(ids(spec({ nurture: ['cooling', 'at-risk'] }))).toEqual(['b', 'd']);
    expect(ids(spec({ nurture: ['none'] }))).toEqual(['c']);
    expect(ids(spec({ scoreMin: 40, scoreMax: 65 }))).toEqual(['b', 'd']);
  });

  it('matches nothing on a facet whose facts are not loaded', () => {
    expect(matchingIds(people, spec({ scoreMin: 0 })).size).toBe(0);
    expect(matchingIds(people, spec({ nurture: ['ok'] })).size).toBe(0);
  });

  it('matches free text against the starts of words', () => {
    expect(ids(spec({ query: 'prod' }))).toEqual(['c']);
    expect(ids(spec({ query: 'glob lead' }))).toEqual(['c']);
    expect(ids(spec({ query: 'roduct' }))).toEqual([]);
  });

  it('lists the values present for each facet', () => {
    const options = filterOptions(people);
    expect(options.sources).toEqual(['linkedin', 'manual', 'vcard']);
    expect(options.companies).toEqual(['acme', 'Acme', 'Globex'].sort((x, y) => x.localeCompare(y)));
    expect(options.contexts).toContain('worked-together');
  });
});
