import { describe, expect, it } from 'vitest';
import { createTie, tieColumnsOf, tiesOfColumns, type TieColumns } from '../../../graph/model';

describe('tie columns', () => {
  const ties = [
    createTie({ source: 'a', target: 'b', weight: 0.5 }),
    createTie({ source: 'b', target: 'c', weight: null }),
    createTie({ source: 'a', target: 'c' }),
  ];

  it('turns ties into one array per field and back, in the same order', () => {
    const columns = tieColumnsOf(ties);
    expect(columns.source).toEqual(['a', 'b', 'a']);
    expect(columns.weight).toEqual([0.5, null, ties[2]!.weight]);
    expect(tiesOfColumns(columns)).toEqual(ties);
    expect(tiesOfColumns(tieColumnsOf([]))).toEqual([]);
  });

  it('refuses columns that are missing or of different lengths, naming the column', () => {
    const columns = tieColumnsOf(ties);
    expect(() => tiesOfColumns({ ...columns, target: ['b', 'c'] })).toThrow(/'target' is not an array of 3 values/);
    const { weight: _, ...noWeight } = columns;
    expect(() => tiesOfColumns(noWeight as unknown as TieColumns)).toThrow(/'weight'/);
  });
});
