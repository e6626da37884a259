// Module worker: the orbit layout of a big network, away from the page's main thread.
import { layOutJob, type LayoutJob } from './layout-runner';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const answer = layOutJob(event.data);
  self.postMessage(answer, { transfer: [answer.xy.buffer] });
};
