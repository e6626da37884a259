// Module worker: the orbit layout of a big network, away from the page's main thread.
import { orbitLayout } from '../../graph/layout';
import { decodeJob, encodeLayout, type LayoutJob } from './layout-runner';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { nodes, ties } = decodeJob(event.data);
  const answer = encodeLayout(event.data, orbitLayout(nodes, ties));
  self.postMessage(answer, { transfer: [answer.xy.buffer] });
};
