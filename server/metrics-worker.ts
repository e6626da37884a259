// Worker thread body: measures each network the main thread sends, away from the event loop,
// from the typed arrays it transferred; the answer's arrays are transferred back. Above the
// sampling threshold the shortest-path samples are shared with a helper thread of its own
// (./path-worker.ts), started with this one so its start-up is paid before the first job; if
// the helper fails, the job is measured again on this thread alone (same answer) and the next
// job starts a new helper.
import { Worker, parentPort } from 'node:worker_threads';
import type { PathPlan, PathSums } from '../graph/metrics/centrality/path-sampling';
import { networkMetricsOfEdges, networkMetricsOfEdgesSplit, type MetricsArrays } from '../graph/metrics/network-metrics';
import { arraysOf, type MetricsMessage } from './metrics-thread';

let helper: Worker | null = null;

function spawnHelper(): Worker {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./path-worker.ts', import.meta.url).href },
  });
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (helper === worker) helper = null;
  });
  // Idle, the helper does not keep this worker alive.
  worker.unref();
  return worker;
}

function sampleElsewhere(plan: PathPlan, counter: Int32Array): Promise<PathSums> {
  const worker = (helper ??= spawnHelper());
  worker.ref();
  return new Promise<PathSums>((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onFailure);
      worker.off('exit', onFailure);
      worker.unref();
    };
    const onMessage = (sums: PathSums) => {
      done();
      resolve(sums);
    };
    const onFailure = () => {
      done();
      if (helper === worker) helper = null;
      void worker.terminate();
      // The blocks it claimed are lost with it: the job is measured again here, alone.
      reject(new Error('path sampling helper failed'));
    };
    worker.on('message', onMessage);
    worker.once('error', onFailure);
    worker.once('exit', onFailure);
    worker.postMessage({ plan, counter });
  });
}

helper = spawnHelper();

parentPort!.on('message', async (job: MetricsMessage) => {
  let answer: MetricsArrays;
  try {
    answer = await networkMetricsOfEdgesSplit(job.ids, job.edges, {}, sampleElsewhere);
  } catch {
    // The same answer on this thread alone (a new helper is started for the next job).
    answer = networkMetricsOfEdges(job.ids, job.edges);
  }
  parentPort!.postMessage(answer, arraysOf(answer));
});
