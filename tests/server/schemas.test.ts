import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../graph/errors';
import { oneOf } from '../../server/schemas';

describe('oneOf (a query parameter taking one of a few words)', () => {
  it('gives the word, or the fallback when the parameter is absent', () => {
    expect(oneOf('ties', 'columns', ['objects', 'columns'], 'objects')).toBe('columns');
    expect(oneOf('ties', undefined, ['objects', 'columns'], 'objects')).toBe('objects');
  });

  it('refuses another word, naming the parameter, the words it takes and the one it got', () => {
    expect(() => oneOf('view', 'everything', ['full', 'facts'], 'full')).toThrow(InvalidInputError);
    expect(() => oneOf('view', 'everything', ['full', 'facts'], 'full')).toThrow("view: expected 'full' or 'facts', got 'everything'");
    expect(() => oneOf('format', 'xls', ['json', 'csv', 'gexf'], 'json')).toThrow("format: expected 'json', 'csv' or 'gexf', got 'xls'");
    // Case matters: the words are exact.
    expect(() => oneOf('ties', 'Columns', ['objects', 'columns'], 'objects')).toThrow(/got 'Columns'/);
  });
});
