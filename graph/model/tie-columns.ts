// Ties as columns and back (GET /api/network?ties=columns): the same ties, in the same order.
import type { Tie, TieColumns } from './types';

export function tieColumnsOf(ties: readonly Tie[]): TieColumns {
  return {
    id: ties.map((t) => t.id),
    source: ties.map((t) => t.source),
    target: ties.map((t) => t.target),
    weight: ties.map((t) => t.weight),
    createdAt: ties.map((t) => t.createdAt),
  };
}

/** The ties of `columns`; an error when a column is missing or of another length than `id`. */
export function tiesOfColumns(columns: TieColumns): Tie[] {
  const { id, source, target, weight, createdAt } = columns;
  const n = id?.length;
  for (const [name, column] of Object.entries({ id, source, target, weight, createdAt })) {
    if (!Array.isArray(column) || column.length !== n) throw new Error(`tie columns: '${name}' is not an array of ${n} values`);
  }
  const ties = new Array<Tie>(n);
  for (let i = 0; i < n; i++) ties[i] = { id: id[i]!, source: source[i]!, target: target[i]!, weight: weight[i] as number | null, createdAt: createdAt[i]! };
  return ties;
}
