// Shared by constraint and effective size: p(i,j), the share of i's ties invested in j
// (Burt 1992, eq. 2.4; networkx `normalized_mutual_weight` with sum), on the index.
import type { Csr } from '../csr';

/** strength[i]: sum of i's tie weights (its degree when unweighted). */
export function strengths(csr: Csr): Float64Array {
  const n = csr.ids.length;
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = csr.starts[i]; j < csr.starts[i + 1]; j++) s[i] += csr.weights[j];
  }
  return s;
}

/** maxTie[i]: i's strongest tie weight (networkx `normalized_mutual_weight` with max). */
export function strongestTies(csr: Csr): Float64Array {
  const n = csr.ids.length;
  const m = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = csr.starts[i]; j < csr.starts[i + 1]; j++) m[i] = Math.max(m[i], csr.weights[j]);
  }
  return m;
}
