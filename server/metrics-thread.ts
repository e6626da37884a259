// Network measures in a worker thread. At 30,000 contacts they take seconds of CPU (sampled
// betweenness and closeness included); on the event loop that would stall every other request
// for as long, so big networks are measured in a node:worker_threads worker. The main thread
// sends only compact typed arrays (tie ends as contact indices, transferred, not copied) and
// the worker builds its index from them; the answer comes back as typed arrays too, so
// neither side spends event-loop time cloning 30,000 objects.
import { Worker } from 'node:worker_threads';
import { metricsByContact, networkMetricsOfEdges, type EdgeList, type MetricsArrays, type NetworkMetrics } from '../graph/metrics';
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
  return [m.degree, m.betweenness, m.closeness, m.eigenvector, m.pagerank, m.clustering, m.community, m.constraint, m.effectiveSize].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** The same answer as networkMetrics(contactGraph(contacts, ties)), computed in a worker thread. */
export function metricsOffThread(job: MetricsJob): Promise<NetworkMetrics> {
  const message = metricsMessage(job);
  const { source, target, weight } = message.edges;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./metrics-worker.ts', import.meta.url).href, job: message },
      transferList: [source.buffer as ArrayBuffer, target.buffer as ArrayBuffer, weight.buffer as ArrayBuffer],
    });
    let settled = false;
    worker.once('message', (m: MetricsArrays) => {
      settled = true;
      resolve(metricsByContact(message.ids, m));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`metrics worker exited with code ${code} before answering`));
    });
  });
}

/** The same measures on the calling thread. */
export function metricsInline(job: MetricsJob): NetworkMetrics {
  const { ids, edges } = metricsMessage(job);
  return metricsByContact(ids, networkMetricsOfEdges(ids, edges));
}

/** Measures for a network: inline when small, in a worker thread when big. */
export function measureNetwork(job: MetricsJob, offThreadAbove = OFF_THREAD_ABOVE): Promise<NetworkMetrics> {
  if (job.contacts.length <= offThreadAbove) return Promise.resolve(metricsInline(job));
  return metricsOffThread(job);
}
