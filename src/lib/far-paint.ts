// Painting the far field (map-far.ts) from a display list: its ties, dots and names as flat
// arrays, in model coordinates. The same function paints on the page (the first picture of a
// view, the PNG export) and in far-paint-worker.ts, which repaints the picture while the old
// one stays on screen: canvas drawing is recorded and rasterised when the picture is first
// used, so on the page a repaint of a 1,500-contact map's 4,500 ties cost the frame that
// showed it 20-40 ms, however it was sliced. In the worker that cost is off the page's thread.

/** Lines drawn alike: segments as x1, y1, x2, y2 in model units. */
export interface TieBatch {
  color: string;
  opacity: number;
  width: number;
  segments: Float64Array;
}

/** Dots drawn alike: x, y and radius in model units. */
export interface DotBatch {
  fill: string;
  alpha: number;
  dots: Float64Array;
}

/** A name beside its dot: drawn at (x, y), turned by `rot` radians. */
export interface NameItem {
  text: string;
  x: number;
  y: number;
  rot: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  size: number;
  alpha: number;
}

export interface DisplayList {
  /** Device pixels per model unit (dots below ~1.5 px are squares). */
  zoom: number;
  ties: TieBatch[];
  dots: DotBatch[];
  ink: string;
  fontFamily: string;
  names: NameItem[];
}

/** A repaint for the worker: the picture's size in pixels and the model point at its top left. */
export interface PaintRequest {
  id: number;
  width: number;
  height: number;
  x1: number;
  y1: number;
  list: DisplayList;
}

export interface PaintAnswer {
  id: number;
  bitmap: ImageBitmap | null;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Paint `list` into `ctx`, already transformed to model coordinates at `list.zoom`. */
export function paintDisplayList(ctx: Context2D, list: DisplayList): void {
  for (const tie of list.ties) {
    ctx.strokeStyle = tie.color;
    ctx.globalAlpha = tie.opacity;
    ctx.lineWidth = tie.width;
    ctx.beginPath();
    const s = tie.segments;
    for (let k = 0; k < s.length; k += 4) {
      ctx.moveTo(s[k]!, s[k + 1]!);
      ctx.lineTo(s[k + 2]!, s[k + 3]!);
    }
    ctx.stroke();
  }
  // Below ~1.5 device pixels a square is indistinguishable from a disc and far cheaper.
  const minRadius = 0.75 / list.zoom;
  for (const group of list.dots) {
    ctx.fillStyle = group.fill;
    ctx.globalAlpha = group.alpha;
    ctx.beginPath();
    const d = group.dots;
    for (let k = 0; k < d.length; k += 3) {
      const x = d[k]!;
      const y = d[k + 1]!;
      const r = Math.max(minRadius, d[k + 2]!);
      if (r * list.zoom < 1.5) ctx.rect(x - r, y - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    }
    ctx.fill();
  }
  ctx.fillStyle = list.ink;
  for (const name of list.names) {
    ctx.globalAlpha = name.alpha;
    ctx.font = `${name.size}px ${list.fontFamily}`;
    ctx.textAlign = name.align;
    ctx.textBaseline = name.baseline;
    ctx.save();
    ctx.translate(name.x, name.y);
    if (name.rot !== 0) ctx.rotate(name.rot);
    ctx.fillText(name.text, 0, 0);
    ctx.restore();
  }
  ctx.globalAlpha = 1;
}

/** Paint a request on a fresh OffscreenCanvas and hand back its bitmap (the worker's job). */
export function paintRequest(request: PaintRequest): ImageBitmap | null {
  const canvas = new OffscreenCanvas(Math.max(1, request.width), Math.max(1, request.height));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const z = request.list.zoom;
  ctx.setTransform(z, 0, 0, z, -request.x1 * z, -request.y1 * z);
  paintDisplayList(ctx, request.list);
  return canvas.transferToImageBitmap();
}
