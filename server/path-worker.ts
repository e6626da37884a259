// Helper thread of the metrics worker: draws shortest-path samples of a sampled betweenness,
// claiming blocks through the counter it shares with the metrics worker until none are left,
// and sends their hits back, transferred. With the
// metrics worker sampling the other blocks and measuring the rest meanwhile, both cores of a
// 2-core machine work on the one network (see metricsOnIndexSplit in
// graph/metrics/network-metrics.ts).
import { parentPort } from 'node:worker_threads';
import { samplePathBlocks, sharedBlocks, type PathPlan } from '../graph/metrics/centrality/path-sampling';

export interface PathBlocksMessage {
  plan: PathPlan;
  /** Int32Array on a SharedArrayBuffer: the next block to claim. */
  counter: Int32Array;
}

parentPort!.on('message', ({ plan, counter }: PathBlocksMessage) => {
  const sums = samplePathBlocks(plan, sharedBlocks(counter));
  parentPort!.postMessage(sums, [sums.hits.buffer as ArrayBuffer]);
});
