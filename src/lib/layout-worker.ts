// Module worker: the orbit layout of a big network, away from the page's main thread.
import { orbitLayout } from '../../graph/layout';
import type { LayoutJob, LayoutAnswer } from './layout-runner';

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { id, nodes, ties } = event.data;
  const answer: LayoutAnswer = { id, layout: orbitLayout(nodes, ties) };
  self.postMessage(answer);
};
