// Module worker: repaints the far field's picture (far-paint.ts) away from the page's main thread.
import { paintRequest, type PaintAnswer, type PaintRequest } from './far-paint';

self.onmessage = (event: MessageEvent<PaintRequest>) => {
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = paintRequest(event.data);
  } catch {
    bitmap = null;
  }
  const answer: PaintAnswer = { id: event.data.id, bitmap };
  self.postMessage(answer, { transfer: bitmap ? [bitmap] : [] });
};
