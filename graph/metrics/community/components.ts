// Connected components by breadth-first search over the index (each contact once).
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, type Csr } from '../csr';

export interface ComponentIndex {
  /** Component number of each node index, 0 for the largest. */
  component: Int32Array;
  /** Sizes, largest first. */
  sizes: number[];
}

export function componentIndex(csr: Csr): ComponentIndex {
  const n = csr.ids.length;
  const raw = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const rawSizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (raw[s] !== -1) continue;
    const c = rawSizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = c;
    while (head < tail) {
      const v = queue[head++];
      for (let j = csr.starts[v]; j < csr.starts[v + 1]; j++) {
        const w = csr.neighbors[j];
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  // Renumber largest first (ties by first appearance) so numbers are stable and meaningful.
  const order = rawSizes.map((_, i) => i).sort((a, b) => rawSizes[b] - rawSizes[a] || a - b);
  const rename = new Int32Array(rawSizes.length);
  order.forEach((old, i) => (rename[old] = i));
  const component = new Int32Array(n);
  for (let i = 0; i < n; i++) component[i] = rename[raw[i]];
  return { component, sizes: order.map((i) => rawSizes[i]) };
}

/** Component number per contact (0 = the largest component). */
export function components(graph: AbstractGraph): Record<string, number> {
  const csr = buildCsr(graph, null);
  const { component } = componentIndex(csr);
  const out: Record<string, number> = {};
  csr.ids.forEach((id, i) => (out[id] = component[i]));
  return out;
}

/** How many connected components the graph has (isolated contacts count one each). */
export function componentCount(graph: AbstractGraph): number {
  return componentIndex(buildCsr(graph, null)).sizes.length;
}
