// Network measures in a worker thread. At 30,000 contacts they take seconds of CPU (sampled
// betweenness and closeness included); on the event loop that would stall every other request
// for as long, so big networks are measured in a node:worker_threads worker. The main thread
// sends only compact typed arrays (tie ends as contact indices, transferred, not copied) and
// the worker builds its index from them; the answer comes back as typed arrays too, so
// neither side spends event-loop time cloning 30,000 objects.
import { Worker } from 'node:worker_threads';
import type { EdgeList } from '../graph/metrics/csr';
import { metricsByContact, networkMetricsOfEdges, type MetricsArrays, type NetworkMetrics } from '../graph/metrics/network-metrics';
import type { Contact, Tie } from '../graph/model';

export interface MetricsJob {
  contacts: Pick<Contact, 'id'>[];
  ties: Pick<Tie, 'source' | 'target' | 'weight'>[];
}

/** What the worker receives: contact ids and the ties as index pairs (see csrFromEdges). */
export interface MetricsMessage {
  ids: string[];
  edges: Required<EdgeList>;
}

/** Below this many contacts a worker's start-up (~0.5 s) costs more than it saves. */
export const OFF_THREAD_ABOVE = 2000;

/** Contact ids and ties as typed arrays: -1 for an end that is not a contact, NaN for no weight. */
export function metricsMessage(job: MetricsJob): MetricsMessage {
  const ids = job.contacts.map((c) => c.id);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  const m = job.ties.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const t = job.ties[e];
    source[e] = indexOf.get(t.source) ?? -1;
    target[e] = indexOf.get(t.target) ?? -1;
    weight[e] = t.weight ?? NaN;
  }
  return { ids, edges: { source, target, weight } };
}

/** Every typed array of an answer, to transfer rather than copy. */
export function arraysOf(m: MetricsArrays): ArrayBuffer[] {
  return [m.degree, m.betweenness, m.closeness, m.betweennessError, m.closenessError, m.eigenvector, m.pagerank, m.clustering, m.community, m.constraint, m.effectiveSize].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/**
 * A worker thread that measures networks, one job at a time, kept between jobs: its start-up
 * (~0.8 s of CPU, the TypeScript loader and the modules) is paid by the first job only, not by
 * every network version. Idle, it does not keep the process alive; close() ends it. A worker
 * that fails is dropped and the next job starts a fresh one.
 */
export class MetricsWorker {
  #worker: Worker | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  /** The same answer as networkMetrics(contactGraph(contacts, ties)), computed in the worker. */
  measure(job: MetricsJob): Promise<NetworkMetrics> {
    return this.measureMessage(metricsMessage(job));
  }

  /** measure() of a network already as ids and index pairs (a store's topology); its arrays are transferred. */
  measureMessage(message: MetricsMessage): Promise<NetworkMetrics> {
    const run = this.#queue.then(() => this.#run(message));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Start the worker now, without a job, so a later measure() does not wait for its start-up. */
  warm(): void {
    if (this.#worker) return;
    this.#spawn().unref();
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #spawn(): Worker {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./metrics-worker.ts', import.meta.url).href },
    });
    // A worker that dies while idle is dropped; the next job starts a new one.
    worker.once('exit', () => {
      if (this.#worker === worker) this.#worker = null;
    });
    worker.on('error', () => undefined);
    this.#worker = worker;
    return worker;
  }

  #run(message: MetricsMessage): Promise<NetworkMetrics> {
    const worker = this.#worker ?? this.#spawn();
    worker.ref();
    return new Promise<NetworkMetrics>((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const drop = () => {
        if (this.#worker === worker) this.#worker = null;
      };
      const onMessage = (m: MetricsArrays) => {
        done();
        resolve(metricsByContact(message.ids, m));
      };
      const onError = (err: Error) => {
        done();
        drop();
        void worker.terminate();
        reject(err);
      };
      const onExit = (code: number) => {
        done();
        drop();
        reject(new Error(`metrics worker exited with code ${code} before answering`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const { source, target, weight } = message.edges;
      worker.postMessage(message, [source.buffer as ArrayBuffer, target.buffer as ArrayBuffer, weight.buffer as ArrayBuffer]);
    });
  }
}

/** One job in a worker thread of its own, ended after the answer. */
export async function metricsOffThread(job: MetricsJob | MetricsMessage): Promise<NetworkMetrics> {
  const worker = new MetricsWorker();
  try {
    return await worker.measureMessage('ids' in job ? job : metricsMessage(job));
  } finally {
    await worker.close();
  }
}

/** The same measures on the calling thread. */
export function metricsInline(job: MetricsJob | MetricsMessage): NetworkMetrics {
  const { ids, edges } = 'ids' in job ? job : metricsMessage(job);
  return metricsByContact(ids, networkMetricsOfEdges(ids, edges));
}

/** Measures for a network: inline when small, in a worker thread when big (`worker`, or a one-off). */
export function measureNetwork(
  job: MetricsJob | MetricsMessage,
  offThreadAbove = OFF_THREAD_ABOVE,
  worker?: MetricsWorker,
): Promise<NetworkMetrics> {
  const message = 'ids' in job ? job : metricsMessage(job);
  if (message.ids.length <= offThreadAbove) return Promise.resolve(metricsInline(message));
  return worker ? worker.measureMessage(message) : metricsOffThread(message);
}
