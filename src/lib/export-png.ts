// A snapshot of the whole orbit map as a PNG: cytoscape renders every element at 2x (more if
// the map is narrow), then a canvas adds a title and the legend on a solid background.
// Chromium refuses canvases past 65,535 px a side or 268,435,456 px in all (toBlob answers
// null); the scale is lowered to stay inside PNG_LIMITS, well inside both.
import type { Core } from 'cytoscape';
import { initials, type NameMode } from './export-svg';
import { EGO_NODE_ID } from './map-elements';
import { farFieldOf } from './map-far';
import { INK, MAP_BACKGROUND, MUTED_INK } from './orbit-colors';

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface PngSnapshotOptions {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  background?: string;
  /** The whole map (default) or what is in view now. */
  area?: 'all' | 'view';
  /** People's names in full (default), as initials, or hidden; ring names always show. */
  names?: NameMode;
}

export const PNG_LIMITS = {
  scale: 2,
  minWidth: 1600,
  // Chromium allows 16,384 px a side, but encoding a 200-megapixel PNG takes half a minute
  // and gives a file few viewers open; 8,192 px still draws a 30,000-contact map's dots
  // several pixels wide.
  maxSide: 8_192,
  maxPixels: 8_192 * 8_192,
} as const;

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

/** `Ada Lovelace` on 2026-11-25 -> `ada-lovelace-orbit-map-2026-11-25.png`. */
export function snapshotFileName(egoName: string, date = new Date()): string {
  const slug = egoName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slug || 'my'}-orbit-map-${day}.png`;
}

/** The export scale: 2x, raised for a narrow map, lowered to respect the canvas caps. */
export function exportScale(mapWidth: number, mapHeight: number, chrome: { x: number; y: number }): number {
  let scale = Math.max(PNG_LIMITS.scale, (PNG_LIMITS.minWidth - chrome.x) / Math.max(1, mapWidth));
  const fits = (s: number) => {
    const w = mapWidth * s + chrome.x * (s / PNG_LIMITS.scale);
    const h = mapHeight * s + chrome.y * (s / PNG_LIMITS.scale);
    return w <= PNG_LIMITS.maxSide && h <= PNG_LIMITS.maxSide && w * h <= PNG_LIMITS.maxPixels;
  };
  while (!fits(scale) && scale > 0.05) scale *= 0.9;
  return scale;
}

export async function renderMapPng(cy: Core, options: PngSnapshotOptions): Promise<Blob> {
  const background = options.background ?? MAP_BACKGROUND;
  const area = options.area ?? 'all';
  const bb = area === 'view' ? { w: cy.width(), h: cy.height() } : cy.elements().boundingBox();
  // Title above and legend below, in 2x pixels; scaled along with the map.
  const chrome = { x: 160, y: 260 };
  const scale = exportScale(bb.w, bb.h, chrome);
  const u = scale / PNG_LIMITS.scale;

  // On a big map the far field's dots go under cytoscape's drawing, which is then made on a
  // transparent background; both use the same model-to-pixel transform.
  const far = farFieldOf(cy);
  const dots = far?.active ? far : null;
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const modelBox = area === 'all' ? cy.elements().boundingBox() : null;
  const map = await renderMap(cy, area, scale, dots ? undefined : background, options.names ?? 'full');
  let bitmap = await createImageBitmap(map);
  if (dots) {
    const under = document.createElement('canvas');
    under.width = bitmap.width;
    under.height = bitmap.height;
    const uctx = under.getContext('2d');
    if (!uctx) throw new Error('This browser cannot draw the export (no 2D canvas).');
    uctx.fillStyle = background;
    uctx.fillRect(0, 0, under.width, under.height);
    if (modelBox) uctx.setTransform(scale, 0, 0, scale, -modelBox.x1 * scale, -modelBox.y1 * scale);
    else uctx.setTransform(scale * viewport.zoom, 0, 0, scale * viewport.zoom, viewport.pan.x * scale, viewport.pan.y * scale);
    dots.paint(uctx, scale * (modelBox ? 1 : viewport.zoom), undefined, options.names ?? 'full');
    uctx.setTransform(1, 0, 0, 1, 0, 0);
    uctx.drawImage(bitmap, 0, 0);
    bitmap.close();
    bitmap = await createImageBitmap(under);
  }

  const pad = Math.round(80 * u);
  const header = Math.round(130 * u);
  const footer = Math.round(130 * u);
  const { width: mapWidth, height: mapHeight } = bitmap;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(PNG_LIMITS.minWidth, mapWidth + 2 * pad);
  canvas.height = header + mapHeight + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the export (no 2D canvas).');

  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, Math.round((canvas.width - mapWidth) / 2), header);
  bitmap.close();

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `700 ${Math.round(40 * u)}px ${FONT}`;
  ctx.fillText(options.title, pad, Math.round(70 * u));
  ctx.fillStyle = MUTED_INK;
  ctx.font = `400 ${Math.round(24 * u)}px ${FONT}`;
  ctx.fillText(options.subtitle, pad, Math.round(108 * u));

  drawLegend(ctx, options.legend, pad, header + mapHeight + Math.round(70 * u), u);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`The map is too large to export as one image (${canvas.width} x ${canvas.height} px).`);
  return blob;
}

/** View-state classes (hover, selection) that do not belong in a snapshot. */
const VIEW_CLASSES = ['hover', 'selected', 'highlight'] as const;

/**
 * The whole map or the current view at `scale`. For the whole map labels are hidden by zoom
 * (min-zoomed-font-size), so the viewport is set to zoom 1 while drawing and put back before
 * the next frame; view-state classes and the name choice are applied for the drawing the
 * same way.
 */
async function renderMap(cy: Core, area: 'all' | 'view', scale: number, background: string | undefined, names: NameMode): Promise<Blob> {
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const pixelRatio = globalThis.devicePixelRatio || 1;
  const viewState = VIEW_CLASSES.map((c) => [c, cy.elements(`.${c}`)] as const);
  const people = names === 'full' ? cy.collection() : cy.nodes('.contact').union(cy.getElementById(EGO_NODE_ID));
  let pending: Promise<Blob>;
  try {
    for (const [c, eles] of viewState) eles.removeClass(c);
    people.forEach((n) => {
      n.style('label', names === 'initials' ? initials(String(n.data('label') ?? '')) : '');
    });
    if (area === 'all') cy.viewport({ zoom: 1, pan: viewport.pan });
    // Drawing happens synchronously inside png(); only the encoding is awaited.
    pending = cy.png({ full: area === 'all', scale: scale / pixelRatio, output: 'blob-promise', bg: background });
  } finally {
    if (area === 'all') cy.viewport(viewport);
    people.removeStyle('label');
    for (const [c, eles] of viewState) eles.addClass(c);
  }
  return pending;
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: LegendEntry[], x: number, baseline: number, u: number): void {
  ctx.font = `500 ${Math.round(26 * u)}px ${FONT}`;
  const r = Math.round(11 * u);
  let at = x;
  for (const entry of legend) {
    ctx.beginPath();
    ctx.arc(at + r, baseline - r + Math.round(2 * u), r, 0, 2 * Math.PI);
    ctx.fillStyle = entry.color;
    ctx.fill();
    at += 2 * r + Math.round(12 * u);
    const text = `${entry.label}  ${entry.count}`;
    ctx.fillStyle = INK;
    ctx.fillText(text, at, baseline);
    at += ctx.measureText(text).width + Math.round(44 * u);
  }
}

/** Save a blob through the browser's download mechanism. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
