// Closeness centrality (Freeman 1979) with the Wasserman & Faust (1994) correction for
// disconnected graphs that networkx applies by default: (r/T)(r/(n-1)) for r reachable
// contacts at total distance T, from a search from every contact on the typed-array index;
// above `sampleAbove` contacts estimated from sampled pivots (Eppstein & Wang 2004, see
// ./pivot-sampling.ts). Without the correction, graphology-metrics. Hop distances only.
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, collect } from '../csr';
import { pivotOptions } from './betweenness';
import { estimateByPivots } from './pivot-sampling';

export const DEFAULTS = {
  wassermanFaust: true,
  sampleAbove: 5000,
  pivots: 500,
  seed: 1,
};
export type ClosenessOptions = Partial<typeof DEFAULTS>;

export function closeness(graph: AbstractGraph, options: ClosenessOptions = {}): Record<string, number> {
  const o = { ...DEFAULTS, ...options };
  if (graph.order === 0) return {};
  if (o.wassermanFaust) {
    const csr = buildCsr(graph, null);
    return collect(csr, estimateByPivots(csr, pivotOptions(csr, graph.order > o.sampleAbove, o)).closeness);
  }
  return closenessCentrality(graph, { wassermanFaust: o.wassermanFaust });
}
