// Worker thread body: the network's measures, computed away from the event loop from the
// typed arrays the main thread transferred; the answer's arrays are transferred back.
import { parentPort, workerData } from 'node:worker_threads';
import { networkMetricsOfEdges } from '../graph/metrics';
import { arraysOf, type MetricsMessage } from './metrics-thread';

const job = workerData.job as MetricsMessage;
const answer = networkMetricsOfEdges(job.ids, job.edges);
parentPort!.postMessage(answer, arraysOf(answer));
