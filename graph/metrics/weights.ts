// Edge weight getters, resolved once. Like graphology-metrics: an attribute name, a function,
// or null for a topological measure (every tie counts 1, and the faster unweighted path runs).
import type { Attributes } from 'graphology-types';

export type EdgeWeightFn = (edge: string, attributes: Attributes, source: string, target: string) => number;
export type EdgeWeightGetter = string | EdgeWeightFn | null;

/** A function giving each edge's weight, or null for topological measures. */
export function resolveEdgeWeight(getter: EdgeWeightGetter | undefined): EdgeWeightFn | null {
  if (getter === null || getter === undefined) return null;
  if (typeof getter === 'function') return getter;
  const name = getter;
  return (_edge, attributes) => {
    const w = attributes[name];
    // networkx convention: a missing weight counts 1.
    return typeof w === 'number' && Number.isFinite(w) ? w : 1;
  };
}

/** Tie weight as stored on contact graphs: `weight` when set, 1 otherwise. */
export const tieWeight: EdgeWeightFn = (_edge, attributes) =>
  typeof attributes.weight === 'number' && attributes.weight > 0 ? attributes.weight : 1;
