// Network measures in a worker thread. At 30,000 contacts they take tens of seconds of CPU
// (sampled betweenness and closeness included); on the event loop that would stall every
// other request for as long, so big networks are measured in a node:worker_threads worker.
import { Worker } from 'node:worker_threads';
import { contactGraph, networkMetrics, type NetworkMetrics } from '../graph/metrics';
import type { Contact, Tie } from '../graph/model';

export interface MetricsJob {
  contacts: Pick<Contact, 'id' | 'name'>[];
  ties: Pick<Tie, 'id' | 'source' | 'target' | 'weight'>[];
}

/** Below this many contacts a worker's start-up (~0.5 s) costs more than it saves. */
export const OFF_THREAD_ABOVE = 2000;

/** The same answer as networkMetrics(contactGraph(contacts, ties)), computed in a worker thread. */
export function metricsOffThread(job: MetricsJob): Promise<NetworkMetrics> {
  const slim: MetricsJob = {
    contacts: job.contacts.map((c) => ({ id: c.id, name: c.name })),
    ties: job.ties.map((t) => ({ id: t.id, source: t.source, target: t.target, weight: t.weight })),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./metrics-worker.ts', import.meta.url).href, job: slim },
    });
    let settled = false;
    worker.once('message', (m: NetworkMetrics) => {
      settled = true;
      resolve(m);
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

/** Measures for a network: inline when small, in a worker thread when big. */
export function measureNetwork(job: MetricsJob, offThreadAbove = OFF_THREAD_ABOVE): Promise<NetworkMetrics> {
  if (job.contacts.length <= offThreadAbove) return Promise.resolve(networkMetrics(contactGraph(job.contacts, job.ties)));
  return metricsOffThread(job);
}
