// A snapshot of the orbit map as SVG, written from the map's own element positions and
// computed styles (no GPL dependency, no canvas): the whole map or the current view, with a
// title and legend, and names shown in full, as initials, or not at all (to share the shape
// of a network without exposing who is in it). Ring labels (orbit names) are always kept.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { escapeXml } from '../../graph/io/xml-reader';
import type { LegendEntry } from './export-png';
import { EGO_NODE_ID } from './map-elements';
import { farFieldOf } from './map-far';
import { INK, MAP_BACKGROUND, MUTED_INK } from './orbit-colors';

export type NameMode = 'full' | 'initials' | 'none';

export interface SvgSnapshotOptions {
  area: 'all' | 'view';
  names: NameMode;
  title?: string;
  subtitle?: string;
  legend?: LegendEntry[];
  background?: string;
}

interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';
/** Average glyph width as a share of the font size, to size label backgrounds and ellipses. */
const GLYPH = 0.56;

/** `Maya Okafor` -> `MO`; `Tomás de la Vega` -> `TV`. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || /^\p{L}/u.test(w));
  if (words.length === 0) return '';
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const picked = caps.length >= 2 ? [caps[0], caps[caps.length - 1]] : [words[0], words[words.length - 1]].slice(0, words.length > 1 ? 2 : 1);
  return picked.map((w) => [...w][0].toUpperCase()).join('');
}

/** `ada-lovelace-orbit-map-2026-11-25.svg`, the PNG name with the SVG extension. */
export function svgFileName(pngName: string): string {
  return pngName.replace(/\.png$/, '.svg');
}

const num = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

function isPerson(node: NodeSingular): boolean {
  return node.id() === EGO_NODE_ID || node.hasClass('contact');
}

function labelText(node: NodeSingular, names: NameMode): string {
  let text = String(node.style('label') ?? '');
  if (!text) return '';
  if (isPerson(node)) {
    if (names === 'none') return '';
    if (names === 'initials') text = initials(text);
  }
  if (node.style('text-transform') === 'uppercase') text = text.toUpperCase();
  const maxWidth = node.numericStyle('text-max-width');
  const fontSize = node.numericStyle('font-size');
  const maxChars = Number.isFinite(maxWidth) && maxWidth > 0 ? Math.max(3, Math.floor(maxWidth / (fontSize * GLYPH))) : Infinity;
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.numericStyle('width');
  const h = node.numericStyle('height');
  const opacity = node.numericStyle('opacity');
  const bw = node.numericStyle('border-width') || 0;
  const position = node.style('border-position');
  const grow = position === 'inside' ? -bw / 2 : position === 'outside' ? bw / 2 : 0;
  const rx = Math.max(0, w / 2 + grow);
  const ry = Math.max(0, h / 2 + grow);
  const fillOpacity = node.numericStyle('background-opacity') * opacity;
  const strokeOpacity = node.numericStyle('border-opacity') * opacity;
  const attrs = [
    `fill="${escapeXml(String(node.style('background-color')))}"`,
    fillOpacity < 1 ? `fill-opacity="${num(fillOpacity)}"` : '',
    bw > 0 ? `stroke="${escapeXml(String(node.style('border-color')))}" stroke-width="${num(bw)}"` : '',
    bw > 0 && strokeOpacity < 1 ? `stroke-opacity="${num(strokeOpacity)}"` : '',
    bw > 0 && node.style('border-style') === 'dashed' ? 'stroke-dasharray="6 6"' : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (rx === 0 || ry === 0 || (fillOpacity === 0 && (bw === 0 || strokeOpacity === 0))) return '';
  const shape = String(node.style('shape'));
  if (shape === 'ellipse') return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(rx)}" ry="${num(ry)}" ${attrs}/>`;
  const r = shape.includes('round') ? Math.min(rx, ry) * 0.3 : 0;
  return `<rect x="${num(x - rx)}" y="${num(y - ry)}" width="${num(2 * rx)}" height="${num(2 * ry)}" rx="${num(r)}" ${attrs}/>`;
}

function labelSvg(node: NodeSingular, names: NameMode): string {
  const text = labelText(node, names);
  if (!text) return '';
  const { x, y } = node.position();
  const w = node.numericStyle('width');
  const h = node.numericStyle('height');
  const fontSize = node.numericStyle('font-size');
  const halign = node.style('text-halign');
  const valign = node.style('text-valign');
  const ax = x + (halign === 'right' ? w / 2 : halign === 'left' ? -w / 2 : 0) + (node.numericStyle('text-margin-x') || 0);
  const ay = y + (valign === 'bottom' ? h / 2 : valign === 'top' ? -h / 2 : 0) + (node.numericStyle('text-margin-y') || 0);
  const anchor = halign === 'right' ? 'start' : halign === 'left' ? 'end' : 'middle';
  const baseline = valign === 'bottom' ? 'hanging' : valign === 'top' ? 'text-after-edge' : 'central';
  const rotation = node.numericStyle('text-rotation');
  const rotate = Number.isFinite(rotation) && rotation !== 0 ? ` transform="rotate(${num((rotation * 180) / Math.PI)} ${num(ax)} ${num(ay)})"` : '';
  const textWidth = text.length * fontSize * GLYPH;
  const bgOpacity = node.numericStyle('text-background-opacity') || 0;
  const pad = node.numericStyle('text-background-padding') || 0;
  const left = anchor === 'start' ? ax : anchor === 'end' ? ax - textWidth : ax - textWidth / 2;
  const top = baseline === 'hanging' ? ay : baseline === 'central' ? ay - fontSize * 0.6 : ay - fontSize * 1.2;
  const background =
    bgOpacity > 0
      ? `<rect x="${num(left - pad)}" y="${num(top - pad)}" width="${num(textWidth + 2 * pad)}" height="${num(fontSize * 1.2 + 2 * pad)}" rx="${num(Math.min(3, fontSize / 3))}" fill="${escapeXml(String(node.style('text-background-color')))}" fill-opacity="${num(bgOpacity)}"/>`
      : '';
  const weight = String(node.style('font-weight'));
  return `<g${rotate}>${background}<text x="${num(ax)}" y="${num(ay)}" font-size="${num(fontSize)}"${weight !== 'normal' ? ` font-weight="${escapeXml(weight)}"` : ''} fill="${escapeXml(String(node.style('color')))}" text-anchor="${anchor}" dominant-baseline="${baseline}">${escapeXml(text)}</text></g>`;
}

function edgeSvg(edge: EdgeSingular): string {
  const s = edge.source().position();
  const t = edge.target().position();
  const opacity = edge.numericStyle('opacity') * (edge.numericStyle('line-opacity') || 1);
  return `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="${escapeXml(String(edge.style('line-color')))}" stroke-width="${num(edge.numericStyle('width'))}"${opacity < 1 ? ` stroke-opacity="${num(opacity)}"` : ''}/>`;
}

const meets = (a: Box, b: { x1: number; y1: number; x2: number; y2: number }) =>
  b.x2 >= a.x1 && b.x1 <= a.x1 + a.w && b.y2 >= a.y1 && b.y1 <= a.y1 + a.h;

export function renderMapSvg(cy: Core, options: SvgSnapshotOptions): string {
  const background = options.background ?? MAP_BACKGROUND;
  const visible = cy.elements().filter((e) => e.visible());
  const region: Box =
    options.area === 'view'
      ? cy.extent()
      : visible.boundingBox({ includeLabels: options.names !== 'none', includeOverlays: false });
  const inView = (e: NodeSingular | EdgeSingular) => options.area === 'all' || meets(region, e.boundingBox({ includeLabels: false }));

  // Title above and legend below, sized relative to the map so they read the same at any size.
  const u = Math.max(region.w, 400) / 1000;
  const top = options.title ? 70 * u : 20 * u;
  const bottom = options.legend?.length ? 60 * u : 20 * u;
  const side = 20 * u;
  const vb = { x: region.x1 - side, y: region.y1 - top, w: region.w + 2 * side, h: region.h + top + bottom };

  const z = (e: NodeSingular | EdgeSingular) => e.numericStyle('z-index') || 0;
  const edges = visible.edges().filter(inView).sort((a, b) => z(a) - z(b));
  const nodes = visible.nodes().filter(inView).sort((a, b) => z(a) - z(b));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" width="${Math.round(vb.w)}" height="${Math.round(vb.h)}" font-family="${escapeXml(FONT)}">`,
    `<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${escapeXml(background)}"/>`,
  ];
  if (options.area === 'view') out.push(`<clipPath id="view"><rect x="${num(region.x1)}" y="${num(region.y1)}" width="${num(region.w)}" height="${num(region.h)}"/></clipPath>`, '<g clip-path="url(#view)">');
  else out.push('<g>');
  // A big map's outer planets drawn as dots (map-far.ts) go under its ties and nodes.
  const far = farFieldOf(cy);
  if (far?.active) out.push('<g class="far-field">', far.svg(options.area === 'view' ? { x1: region.x1, y1: region.y1, x2: region.x1 + region.w, y2: region.y1 + region.h } : undefined), '</g>');
  out.push('<g class="ties">', ...edges.map((e) => edgeSvg(e as EdgeSingular)), '</g>');
  out.push('<g class="nodes">', ...nodes.map((n) => nodeSvg(n as NodeSingular)), '</g>');
  out.push('<g class="labels">', ...nodes.map((n) => labelSvg(n as NodeSingular, options.names)), '</g>');
  out.push('</g>');

  if (options.title) {
    out.push(`<text x="${num(region.x1)}" y="${num(vb.y + 34 * u)}" font-size="${num(22 * u)}" font-weight="700" fill="${INK}">${escapeXml(options.title)}</text>`);
    if (options.subtitle) out.push(`<text x="${num(region.x1)}" y="${num(vb.y + 56 * u)}" font-size="${num(13 * u)}" fill="${MUTED_INK}">${escapeXml(options.subtitle)}</text>`);
  }
  if (options.legend?.length) {
    let x = region.x1;
    const y = region.y1 + region.h + 34 * u;
    for (const entry of options.legend) {
      const label = `${entry.label} (${entry.count})`;
      out.push(
        `<circle cx="${num(x + 7 * u)}" cy="${num(y)}" r="${num(7 * u)}" fill="${escapeXml(entry.color)}"/>`,
        `<text x="${num(x + 20 * u)}" y="${num(y)}" font-size="${num(14 * u)}" fill="${INK}" dominant-baseline="central">${escapeXml(label)}</text>`,
      );
      x += (34 + label.length * 14 * GLYPH) * u;
    }
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}

/** The SVG as a Blob for a download link. */
export function svgBlob(svg: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`], { type: 'image/svg+xml' });
}
