// Burt's effective size (Burt 1992, ch. 2): the number of a contact's ties minus their
// redundancy, sum over neighbours j of (1 - sum_q p_iq m_jq), with m the tie weight over j's
// strongest tie. Unweighted this is n - 2t/n (Borgatti 1997). networkx `effective_size`
// conventions; NaN for a contact without ties.
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, collect, type Csr } from '../csr';
import type { EdgeWeightGetter } from '../weights';
import { strengths, strongestTies } from './proportions';

export const DEFAULTS = { getEdgeWeight: null as EdgeWeightGetter };
export type EffectiveSizeOptions = Partial<typeof DEFAULTS>;

export function effectiveSize(graph: AbstractGraph, options: EffectiveSizeOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  const csr = buildCsr(graph, o.getEdgeWeight);
  return collect(csr, effectiveSizeOnIndex(csr));
}

/** The same on a prebuilt index (weighted when the index is). */
export function effectiveSizeOnIndex(csr: Csr): Float64Array {
  const { starts, neighbors, weights } = csr;
  const n = csr.ids.length;
  const strength = strengths(csr);
  const strongest = strongestTies(csr);
  const pi = new Float64Array(n);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = starts[i + 1] - starts[i];
    if (d === 0) {
      result[i] = NaN;
      continue;
    }
    for (let j = starts[i]; j < starts[i + 1]; j++) pi[neighbors[j]] = weights[j] / strength[i];
    let size = 0;
    for (let j = starts[i]; j < starts[i + 1]; j++) {
      const v = neighbors[j];
      let redundancy = 0;
      for (let k = starts[v]; k < starts[v + 1]; k++) {
        const q = neighbors[k];
        if (q !== i && pi[q] > 0) redundancy += pi[q] * (weights[k] / strongest[v]);
      }
      size += 1 - redundancy;
    }
    for (let j = starts[i]; j < starts[i + 1]; j++) pi[neighbors[j]] = 0;
    result[i] = size;
  }
  return result;
}
