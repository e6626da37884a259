// Worker thread body: the network's measures, computed away from the event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { contactGraph, networkMetrics } from '../graph/metrics';
import type { MetricsJob } from './metrics-thread';

const job = workerData.job as MetricsJob;
parentPort!.postMessage(networkMetrics(contactGraph(job.contacts, job.ties)));
