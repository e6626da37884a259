// Worker thread body: measures each network the main thread sends, away from the event loop,
// from the typed arrays it transferred; the answer's arrays are transferred back.
import { parentPort } from 'node:worker_threads';
import { networkMetricsOfEdges } from '../graph/metrics/network-metrics';
import { arraysOf, type MetricsMessage } from './metrics-thread';

parentPort!.on('message', (job: MetricsMessage) => {
  const answer = networkMetricsOfEdges(job.ids, job.edges);
  parentPort!.postMessage(answer, arraysOf(answer));
});
