// The warmest introduction path from the user to a contact: Dijkstra (1959) from the ego,
// which is tied to every contact with its tie-strength score, over ties between contacts
// with their stored weight. A hop of strength s in (0, 1] costs -ln(s), so the cheapest path
// is the one whose strengths multiply to the most: the best chance that every hop holds and
// passes the introduction on. Each extra hop costs something unless it is perfectly strong.
import type { AbstractGraph } from 'graphology-types';
import { NotFoundError } from '../errors';
import { buildCsr } from '../metrics/csr';
import type { EdgeWeightGetter } from '../metrics/weights';

export const EGO = 'ego';

export const DEFAULTS = {
  /** Strength assumed for a tie between contacts with no stored weight. */
  unknownTieStrength: 0.5,
  /** Strengths are clamped up to this so a zero score still gives a finite cost. */
  minStrength: 0.01,
  getEdgeWeight: 'weight' as EdgeWeightGetter,
};
export type IntroPathOptions = Partial<typeof DEFAULTS>;

export interface IntroHop {
  from: string;
  to: string;
  /** The hop's strength in (0, 1]: the user's tie score / 100 for the first hop, the tie weight after. */
  strength: number;
}

export interface IntroPath {
  to: string;
  hops: IntroHop[];
  /** Product of the hops' strengths. */
  strength: number;
  /** Sum of -ln(strength) over the hops. */
  cost: number;
}

/** A binary min-heap of (cost, node) pairs on typed arrays; stale entries are skipped on pop. */
class CostHeap {
  private cost: Float64Array;
  private node: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.cost = new Float64Array(Math.max(capacity, 1));
    this.node = new Int32Array(Math.max(capacity, 1));
  }
  push(cost: number, node: number): void {
    if (this.size === this.cost.length) {
      const c = new Float64Array(this.size * 2);
      c.set(this.cost);
      this.cost = c;
      const n = new Int32Array(this.size * 2);
      n.set(this.node);
      this.node = n;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cost[p] <= cost) break;
      this.cost[i] = this.cost[p];
      this.node[i] = this.node[p];
      i = p;
    }
    this.cost[i] = cost;
    this.node[i] = node;
  }
  /** Remove the cheapest entry and return its node (its cost is read first with `peekCost`). */
  pop(): number {
    const top = this.node[0];
    const lastCost = this.cost[--this.size];
    const lastNode = this.node[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.cost[c + 1] < this.cost[c]) c++;
      if (this.cost[c] >= lastCost) break;
      this.cost[i] = this.cost[c];
      this.node[i] = this.node[c];
      i = c;
    }
    this.cost[i] = lastCost;
    this.node[i] = lastNode;
    return top;
  }
  peekCost(): number {
    return this.cost[0];
  }
}

/**
 * The warmest path from the ego to `target`. `egoStrength` gives the user's tie strength to
 * each contact in [0, 1] (score / 100); contacts missing from it count as minStrength.
 */
export function introPath(
  graph: AbstractGraph,
  egoStrength: Record<string, number>,
  target: string,
  options: IntroPathOptions = {},
): IntroPath {
  const o = { ...DEFAULTS, ...options };
  if (!graph.hasNode(target)) throw new NotFoundError(`intro path: no contact '${target}'`);
  const clamp = (s: number) => Math.min(1, Math.max(o.minStrength, Number.isFinite(s) ? s : 0));
  const getter: EdgeWeightGetter =
    typeof o.getEdgeWeight === 'string'
      ? (_e, attributes) => {
          const w = attributes[o.getEdgeWeight as string];
          return typeof w === 'number' && w > 0 ? w : o.unknownTieStrength;
        }
      : o.getEdgeWeight ?? (() => o.unknownTieStrength);
  const csr = buildCsr(graph, getter);
  const n = csr.ids.length;
  const goal = csr.indexOf.get(target)!;

  // Every contact starts at the cost of the user's direct tie to it (a virtual ego source).
  const dist = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new CostHeap(n * 2);
  for (let i = 0; i < n; i++) {
    dist[i] = -Math.log(clamp(egoStrength[csr.ids[i]] ?? 0));
    heap.push(dist[i], i);
  }
  while (heap.size > 0) {
    const cost = heap.peekCost();
    const v = heap.pop();
    if (done[v] || cost > dist[v]) continue;
    done[v] = 1;
    if (v === goal) break;
    for (let j = csr.starts[v]; j < csr.starts[v + 1]; j++) {
      const w = csr.neighbors[j];
      if (done[w]) continue;
      const next = cost - Math.log(clamp(csr.weights[j]));
      if (next < dist[w] - 1e-15) {
        dist[w] = next;
        prev[w] = v;
        heap.push(next, w);
      }
    }
  }

  const chain: number[] = [];
  for (let v = goal; v !== -1; v = prev[v]) chain.push(v);
  chain.reverse();
  const hops: IntroHop[] = [{ from: EGO, to: csr.ids[chain[0]], strength: clamp(egoStrength[csr.ids[chain[0]]] ?? 0) }];
  for (let k = 1; k < chain.length; k++) {
    const a = chain[k - 1];
    const b = chain[k];
    let weight = o.unknownTieStrength;
    for (let j = csr.starts[a]; j < csr.starts[a + 1]; j++) if (csr.neighbors[j] === b) weight = csr.weights[j];
    hops.push({ from: csr.ids[a], to: csr.ids[b], strength: clamp(weight) });
  }
  const strength = hops.reduce((p, h) => p * h.strength, 1);
  return { to: target, hops, strength, cost: dist[goal] };
}
