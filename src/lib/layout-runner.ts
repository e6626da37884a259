// Where the orbit layout runs: on the main thread for small networks (a few ms), in a module
// Web Worker past LARGE_LAYOUT contacts (30,000 take about half a second of layout, which
// would freeze the page). Without Worker support (tests in Node) it always runs inline.
import { orbitLayout, type LayoutNode, type LayoutTie, type OrbitLayout } from '../../graph/layout';

export const LARGE_LAYOUT = 3000;

export interface LayoutJob {
  id: number;
  nodes: LayoutNode[];
  ties: LayoutTie[];
}

export interface LayoutAnswer {
  id: number;
  layout: OrbitLayout;
}

export class LayoutRunner {
  #worker: Worker | null = null;
  #next = 1;
  #waiting = new Map<number, { resolve: (l: OrbitLayout) => void; reject: (e: Error) => void }>();

  /** True when a network of `count` contacts is laid out in the worker. */
  offThread(count: number): boolean {
    return count >= LARGE_LAYOUT && typeof Worker !== 'undefined';
  }

  /**
   * Start the worker ahead of need (while the network is on its way), so a big network's
   * layout does not also wait for the worker's module to load. A no-op without Worker support.
   */
  warm(): void {
    if (typeof Worker !== 'undefined') this.#ensureWorker();
  }

  run(nodes: LayoutNode[], ties: LayoutTie[]): Promise<OrbitLayout> {
    if (!this.offThread(nodes.length)) return Promise.resolve(orbitLayout(nodes, ties));
    const worker = this.#ensureWorker();
    const id = this.#next++;
    const job: LayoutJob = {
      id,
      nodes: nodes.map((n) => ({ id: n.id, orbit: n.orbit })),
      ties: ties.map((t) => ({ source: t.source, target: t.target })),
    };
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const waiting = this.#waiting.get(event.data.id);
      this.#waiting.delete(event.data.id);
      waiting?.resolve(event.data.layout);
    };
    worker.onerror = (event) => {
      const error = new Error(`The layout worker failed: ${event.message || 'unknown error'}`);
      for (const w of this.#waiting.values()) w.reject(error);
      this.#waiting.clear();
      this.#worker?.terminate();
      this.#worker = null;
    };
    this.#worker = worker;
    return worker;
  }
}
