// Burt's constraint (Burt 1992, Structural Holes, eq. 2.4): c(i) = sum over neighbours j of
// (p_ij + sum_q p_iq p_qj)^2, with p the proportional tie strength. Same conventions as
// networkx `structuralholes.constraint` (undirected, weights summed both ways, which cancel);
// NaN for a contact without ties, where it is undefined.
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, collect, type Csr } from '../csr';
import type { EdgeWeightGetter } from '../weights';
import { strengths } from './proportions';

export const DEFAULTS = { getEdgeWeight: null as EdgeWeightGetter };
export type ConstraintOptions = Partial<typeof DEFAULTS>;

export function constraint(graph: AbstractGraph, options: ConstraintOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  const csr = buildCsr(graph, o.getEdgeWeight);
  return collect(csr, constraintOnIndex(csr));
}

/** The same on a prebuilt index (weighted when the index is). */
export function constraintOnIndex(csr: Csr): Float64Array {
  const { starts, neighbors, weights } = csr;
  const n = csr.ids.length;
  const strength = strengths(csr);
  // pi[q] = p(i, q) for the contact i being processed, 0 elsewhere.
  const pi = new Float64Array(n);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (starts[i + 1] === starts[i] || strength[i] === 0) {
      result[i] = NaN;
      continue;
    }
    for (let j = starts[i]; j < starts[i + 1]; j++) pi[neighbors[j]] = weights[j] / strength[i];
    let total = 0;
    for (let j = starts[i]; j < starts[i + 1]; j++) {
      const v = neighbors[j];
      // Indirect investment in v through the neighbours q that i and v share.
      let indirect = 0;
      for (let k = starts[v]; k < starts[v + 1]; k++) {
        const q = neighbors[k];
        if (q !== i && pi[q] > 0) indirect += pi[q] * (weights[k] / strength[q]);
      }
      const local = pi[v] + indirect;
      total += local * local;
    }
    for (let j = starts[i]; j < starts[i + 1]; j++) pi[neighbors[j]] = 0;
    result[i] = total;
  }
  return result;
}
