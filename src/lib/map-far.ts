// The far field of a big map. From FAR_FIELD_MIN contacts on the map, contacts are not
// cytoscape nodes: cytoscape spends ~0.2-0.4 ms of style work per node and redraws every node
// on each frame, which at 29,000 contacts means half a minute to the first frame and a few
// frames a second while panning (software rendering); at 1,500 it meant 4 s to the first frame
// and 80 ms frames whenever the node layer was redrawn (a drag starting or ending). They are
// drawn instead as dots on a canvas under cytoscape's, following its pan and zoom. The core is
// dots too: at the overview of such a map a node is a pixel or two wide, the same as a dot,
// and its 700 nodes (the 30,000-contact benchmark's core) cost the first frame over a second.
//
// A dot becomes a real node ("promoted") whenever someone needs it as one: the pointer over it
// (so it can be hovered, clicked and dragged like any other), the selected contact and the
// people it knows, a contact being dragged, a contact reached by search, keyboard or focus
// (`ensureOnMap`), and every dot in view once the view is zoomed in to VIEW_PROMOTE_MAX of them
// or fewer. A tie between two nodes is a cytoscape edge; a tie with a dot at one end or both
// is a line on the canvas (a dragged contact's are drawn from where it is, under cytoscape's
// elements). Up to CANVAS_TIES_MAX ties every tie is drawn so; past it only the ties within
// the core are (at 90,000 ties the lines would hide the map and slow every repaint), and the
// others appear as their contacts become nodes.
//
// All of this is view state: the network, its orbits and positions are untouched.
import type { Core, ElementDefinition } from 'cytoscape';
import type { OrbitLayout } from '../../graph/layout';
import type { Contact, OrbitId, Tie } from '../../graph/model';
import { contactElement, labelPlacement, tieElement, type Point } from './map-elements';
import { initials, type NameMode } from './export-svg';
import type { ExploreClasses } from './map-explorer';
import { tieKey, WEAK_COLOR, type MapOverlay } from './map-overlay';
import { NO_REDRAWS, type MapLayer, type MapRedraws, setScratch } from './map-redraw';
import { whenIdle } from './timing';
import { paintDisplayList, type DisplayList, type DotBatch, type NameItem, type PaintAnswer, type PaintRequest, type TieBatch } from './far-paint';

/** Contacts on the map from which they are drawn as dots. */
export const FAR_FIELD_MIN = 1_000;
/** Up to this many ties on the map, every tie is drawn (on the canvas or as an edge); past it, the core's. */
export const CANVAS_TIES_MAX = 20_000;
/** The orbits drawn as dots on a big map. */
export const FAR_ORBITS: readonly OrbitId[] = ['core', 'tweener', 'outer'];
/** Zoomed in to this many dots in view or fewer, they all become nodes. */
export const VIEW_PROMOTE_MAX = 250;
/** Contacts promoted on request (search, keyboard, a drop) kept as nodes, oldest dropped first. */
const PINNED_MAX = 300;
/** Of the selected contact's people, this many at most become nodes to show its ties. */
const NEIGHBOURS_MAX = 200;
/** Dots fade to this opacity when filtered out or out of focus, as nodes do. */
const FADED_ALPHA = 0.14;
const VIEW_SETTLE_MS = 180;
/** Names on dots, as on nodes: this size in model units, drawn from this many screen pixels. */
const NAME_FONT = { tweener: 10, outer: 9.5 } as Record<OrbitId, number>;
const NAME_MIN_PX = 7;
/** How long after a big map is first drawn the painting worker starts. */
const PAINTER_WARM_MS = 1500;
/** The latest a repaint is asked of the worker when the page is never idle (a long animation). */
const REQUEST_IDLE_MS = 250;
const NAME_FONT_FAMILY = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';
/** Dots smaller than this on screen (pixels across) are not picked by the pointer. */
const HOVER_MIN_PX = 3;

/** What the dots show besides their orbit colour: the analysis overlay and explore state. */
export interface FarAppearance {
  overlay: MapOverlay | null;
  explore: ExploreClasses | null;
}

/** Whether a dot is drawn faded, as its node would be (filtered out, out of focus, off a lit path). */
export function fadedDot(id: string, { overlay, explore }: FarAppearance): boolean {
  if (explore?.matching && !explore.matching.has(id)) return true;
  if (explore?.focus && !explore.focus.has(id)) return true;
  const lit = overlay?.path?.contacts ?? overlay?.weak?.contacts;
  return !!lit && !lit.has(id);
}

export interface FarData {
  contacts: readonly Contact[];
  ties: readonly Tie[];
  layout: OrbitLayout;
  /** Where each contact is drawn now (its layout place, or where it was dropped). */
  position: (contact: Contact) => Point;
}

/** The far field of `cy`, when its map has one. */
export function farFieldOf(cy: Core): FarField | null {
  return (cy.scratch('farField') as FarField | undefined) ?? null;
}

/** Make sure these contacts are cytoscape nodes (a no-op on maps without a far field). */
export function ensureOnMap(cy: Core, ids: Iterable<string>): void {
  farFieldOf(cy)?.pin(ids);
}

interface Region {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const inside = (view: Region, region: Region) => view.x1 >= region.x1 && view.y1 >= region.y1 && view.x2 <= region.x2 && view.y2 <= region.y2;

/** The dots of a region painted at `zoom` device pixels per model unit, as of the far field's `version`. */
interface Picture extends Region {
  picture: HTMLCanvasElement | ImageBitmap;
  zoom: number;
  version: number;
}

/** Dots drawn alike: their fill, opacity, indices and radius (model units) by index. */
interface DotGroup {
  fill: string;
  alpha: number;
  members: number[];
  radius: (i: number) => number;
}

const gridKey = (gx: number, gy: number): number => gx * 2_097_152 + gy;

/**
 * The ties the far field's canvas may draw, as pairs of indexes into `orbits` (`index` maps a
 * contact to its own): every tie between two far-field contacts up to `max` ties on the map,
 * past it only those within the core.
 */
export function canvasTies(
  ties: readonly Pick<Tie, 'source' | 'target'>[],
  index: ReadonlyMap<string, number>,
  orbits: readonly OrbitId[],
  max = CANVAS_TIES_MAX,
): Int32Array {
  const every = ties.length <= max;
  const out: number[] = [];
  for (const t of ties) {
    const a = index.get(t.source);
    const b = index.get(t.target);
    if (a !== undefined && b !== undefined && (every || (orbits[a] === 'core' && orbits[b] === 'core'))) out.push(a, b);
  }
  return Int32Array.from(out);
}

export class FarField {
  readonly canvas: HTMLCanvasElement;
  /** Set by the owner: called after nodes were added or removed by a promotion. */
  onpromote: (() => void) | null = null;

  private readonly cy: Core;
  private readonly container: HTMLElement;
  private enabled = false;
  private contacts = new Map<string, Contact>();
  private data: FarData | null = null;
  /** The ties the canvas may draw (all, or the core's on a map past CANVAS_TIES_MAX), as pairs of far-field indexes. */
  private canvasTies: Int32Array = new Int32Array(0);
  /** Ties by contact, built on first need (not every update: ~0.2 s at 90,000 ties). */
  private adjacency: Map<string, Tie[]> | null = null;
  /** Every contact of FAR_ORBITS (promoted or not), with its position and orbit. */
  private ids: string[] = [];
  private orbits: OrbitId[] = [];
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private index = new Map<string, number>();
  private grid = new Map<number, number[]>();
  private cell = 40;
  private appearance: FarAppearance = { overlay: null, explore: null };

  private view = new Set<string>();
  private pinned = new Map<string, true>();
  private keep = new Set<string>();
  /** The contact being dragged (a node while held, its dot and lines left off the picture). */
  private holding: string | null = null;
  /** Cytoscape's layers, under whose elements the held contact's ties to dots are drawn. */
  private readonly redraws: MapRedraws;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  private hover: string | null = null;

  private frame = 0;
  /** The dots painted at one zoom over a region a little larger than the view (see draw). */
  private cache: Picture | null = null;
  /** The canvas the cache replaced, reused by the next picture painted here. */
  private spare: HTMLCanvasElement | null = null;
  private version = 0;
  /** The zoom (device pixels per unit) and view of the last draw. */
  private want: { pixels: number; view: Region } | null = null;
  private lastZoom = 0;
  private zoomSettled = true;
  /** The worker painting pictures (false: it failed or cannot, so pictures are painted here). */
  private painter: Worker | null | false = null;
  /** The picture asked of the worker and not yet received. */
  private painting: (Region & { id: number; zoom: number; version: number }) | null = null;
  private paintId = 0;
  private requestTimer: (() => void) | undefined;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private sharpTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly teardown: () => void;

  constructor(cy: Core, container: HTMLElement, redraws: MapRedraws = NO_REDRAWS) {
    this.cy = cy;
    this.container = container;
    this.redraws = redraws;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'orbit-far-field';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:0';
    container.prepend(this.canvas);
    setScratch(cy, 'farField', this);
    redraws.underlay((ctx, layer) => this.drawHeld(ctx, layer));

    const onviewport = () => {
      this.schedule();
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.promoteInView(), VIEW_SETTLE_MS);
    };
    const onmove = (event: MouseEvent) => this.pointerAt(event);
    cy.on('viewport resize', onviewport);
    container.addEventListener('mousemove', onmove, { passive: true });
    this.teardown = () => {
      cy.off('viewport resize', onviewport);
      container.removeEventListener('mousemove', onmove);
      redraws.underlay(null);
    };
  }

  destroy(): void {
    this.teardown();
    clearTimeout(this.settleTimer);
    clearTimeout(this.sharpTimer);
    clearTimeout(this.releaseTimer);
    this.requestTimer?.();
    clearTimeout(this.warmTimer);
    cancelAnimationFrame(this.frame);
    if (this.painter) this.painter.terminate();
    this.painter = false;
    if (this.cache && !(this.cache.picture instanceof HTMLCanvasElement)) this.cache.picture.close();
    this.cache = null;
    this.canvas.remove();
    setScratch(this.cy, 'farField', undefined);
  }

  /** Whether the map is big enough to draw its outer planets and tweeners as dots. */
  get active(): boolean {
    return this.enabled;
  }

  /** Outer planets drawn as dots now (not promoted). */
  get dotCount(): number {
    if (!this.enabled) return 0;
    // The promoted are few (in view, pinned, kept, hovered, held): counted from their sets, not
    // by asking of every contact (~5 ms at 30,000, after every sync of the map's test hooks).
    const promoted = new Set<string>();
    for (const set of [this.view, this.pinned.keys(), this.keep]) for (const id of set) if (this.index.has(id)) promoted.add(id);
    for (const id of [this.hover, this.holding]) if (id !== null && this.index.has(id)) promoted.add(id);
    return this.ids.length - promoted.size;
  }

  /** True for a contact drawn as a dot, not as a node. */
  isDot(id: string): boolean {
    return this.enabled && this.index.has(id) && !this.isPromoted(id);
  }

  /** Whether this orbit's contacts are drawn as dots. */
  drawsOrbit(orbit: OrbitId): boolean {
    return this.enabled && FAR_ORBITS.includes(orbit);
  }

  /** The contacts of a far orbit and where they are (all of them, dots or promoted). */
  planets(orbit: OrbitId): { id: string; x: number; y: number }[] {
    const out: { id: string; x: number; y: number }[] = [];
    for (let i = 0; i < this.ids.length; i++) if (this.orbits[i] === orbit) out.push({ id: this.ids[i]!, x: this.xs[i]!, y: this.ys[i]! });
    return out;
  }

  /** Where a far-field contact is and its orbit; null for contacts that are always nodes. */
  place(id: string): { orbit: OrbitId; x: number; y: number } | null {
    const i = this.index.get(id);
    return i === undefined ? null : { orbit: this.orbits[i]!, x: this.xs[i]!, y: this.ys[i]! };
  }

  /** Take the network as the map is about to draw it; `minContacts` turns the far field on. */
  update(data: FarData, minContacts = FAR_FIELD_MIN): void {
    if (this.updateInPlace(data, minContacts)) return;
    this.data = data;
    this.enabled = data.contacts.length >= minContacts;
    this.contacts = new Map();
    for (const c of data.contacts) this.contacts.set(c.id, c);
    this.adjacency = null;
    const far = this.enabled ? data.contacts.filter((c) => FAR_ORBITS.includes(c.orbit)) : [];
    this.ids = far.map((c) => c.id);
    this.orbits = far.map((c) => c.orbit);
    this.xs = new Float64Array(far.length);
    this.ys = new Float64Array(far.length);
    this.index = new Map();
    this.cell = Math.max(8, data.layout.options.nodeSize * 2);
    this.grid = new Map();
    far.forEach((c, i) => {
      const p = data.position(c);
      this.xs[i] = p.x;
      this.ys[i] = p.y;
      this.index.set(c.id, i);
      const key = this.cellKey(p.x, p.y);
      const bucket = this.grid.get(key);
      if (bucket) bucket.push(i);
      else this.grid.set(key, [i]);
    });
    this.canvasTies = this.enabled ? canvasTies(data.ties, this.index, this.orbits) : new Int32Array(0);
    // Started soon, so the first repaint (often a contact picked up) does not wait for it, but
    // not in the way of the first frame.
    if (this.enabled && this.painter === null) this.warmTimer ??= setTimeout(() => this.warm(), PAINTER_WARM_MS);
    for (const set of [this.view, this.keep]) for (const id of set) if (!this.contacts.has(id)) set.delete(id);
    if (this.holding !== null && !this.contacts.has(this.holding)) this.holding = null;
    for (const id of this.pinned.keys()) if (!this.contacts.has(id)) this.pinned.delete(id);
    this.invalidate();
  }

  /**
   * Take a network that differs from the last one only in orbits, names or places (a move, an
   * undo, an edit: the same contacts in the same order, the same ties), changing just those
   * contacts and the dots whose places changed. Rebuilding it all took 2-4 ms at 1,500 contacts
   * and tens of milliseconds at 30,000, in the task that applies a saved move. False (nothing
   * done) for any other change.
   */
  private updateInPlace(data: FarData, minContacts: number): boolean {
    const before = this.data;
    if (!before || !this.enabled || data.contacts.length < minContacts) return false;
    if (data.ties !== before.ties || data.contacts.length !== before.contacts.length) return false;
    if (data.layout.options.nodeSize !== before.layout.options.nodeSize) return false;
    const changed: Contact[] = [];
    for (let i = 0; i < data.contacts.length; i++) {
      const c = data.contacts[i]!;
      const was = before.contacts[i]!;
      if (c === was) continue;
      if (c.id !== was.id || FAR_ORBITS.includes(c.orbit) !== FAR_ORBITS.includes(was.orbit)) return false;
      changed.push(c);
    }
    this.data = data;
    let coreChanged = false;
    for (const c of changed) {
      this.contacts.set(c.id, c);
      const i = this.index.get(c.id);
      if (i === undefined || this.orbits[i] === c.orbit) continue;
      coreChanged ||= this.orbits[i] === 'core' || c.orbit === 'core';
      this.orbits[i] = c.orbit;
    }
    // Past CANVAS_TIES_MAX the canvas draws the core's ties only: a contact joining or leaving the core changes which.
    if (coreChanged && data.ties.length > CANVAS_TIES_MAX) this.canvasTies = canvasTies(data.ties, this.index, this.orbits);
    // The new layout may have moved others too (neighbours making room for a moved contact):
    // when it is the last one or says what changed since, those, the changed contacts and the
    // dropped ones (pinned) are looked at; else every dot.
    const moved = data.layout === before.layout ? [] : data.layout.moved?.from === before.layout ? data.layout.moved.ids : null;
    const check = (i: number) => {
      const p = data.position(this.contacts.get(this.ids[i]!)!);
      if (p.x !== this.xs[i] || p.y !== this.ys[i]) this.moveDot(i, p);
    };
    if (moved) {
      for (const id of [...moved, ...changed.map((c) => c.id), ...this.pinned.keys()]) {
        const i = this.index.get(id);
        if (i !== undefined) check(i);
      }
    } else {
      for (let i = 0; i < this.ids.length; i++) check(i);
    }
    this.invalidate();
    return true;
  }

  setAppearance(appearance: Partial<FarAppearance>): void {
    // Re-applied as they were to newly promoted nodes: the dots need no repaint for that.
    const same = (Object.keys(appearance) as (keyof FarAppearance)[]).every((k) => appearance[k] === this.appearance[k]);
    if (same) return;
    this.appearance = { ...this.appearance, ...appearance };
    // A lit intro path is drawn with its ties, so its people are nodes.
    if (appearance.overlay?.path) this.pin(appearance.overlay.path.contacts);
    this.invalidate();
  }

  /** The selected contact (and the people it knows) stay nodes while it is selected. */
  setSelected(id: string | null): void {
    const next = new Set<string>();
    if (this.enabled && id !== null && this.contacts.has(id)) {
      next.add(id);
      for (const t of this.tiesOf(id).slice(0, NEIGHBOURS_MAX)) next.add(t.source === id ? t.target : t.source);
    }
    const before = this.keep;
    this.keep = next;
    this.reconcile([...before, ...next]);
  }

  /**
   * A contact is being dragged (`id`) or was put down (null). While it is held its dot and its
   * lines leave the picture, and its ties to dots are drawn from where it is under the elements
   * of cytoscape's layer that holds it (the drag layer while it is dragged, the node layer while
   * it snaps into place), in the stylesheet's look for a dragged contact's ties (its ties to
   * nodes are edges, which cytoscape moves). Cytoscape redraws that layer whenever the contact
   * or the view moves. No node is added or removed, so cytoscape does not redraw the map as
   * the drag starts and ends.
   */
  hold(id: string | null): void {
    clearTimeout(this.releaseTimer);
    const holding = this.enabled && id !== null && this.index.has(id) ? id : null;
    if (holding === this.holding) return;
    const layers = new Set<MapLayer>();
    const before = this.holding;
    if (before !== null) layers.add(this.layerOf(before));
    this.holding = holding;
    if (holding !== null) layers.add(this.layerOf(holding));
    if (before !== null) this.reconcile([before], false);
    this.invalidate();
    this.redraws.redrawLayers(layers);
  }

  /** Where the node of `id` is drawn (both layers' lines are redrawn for a node already gone). */
  private layerOf(id: string): MapLayer {
    const node = this.cy.getElementById(id);
    return node.empty() ? 'node' : this.redraws.layerOf(node);
  }

  /** The held contact's ties to dots, if it is drawn on `layer` (`ctx` in model coordinates). */
  private drawHeld(ctx: CanvasRenderingContext2D, layer: MapLayer): void {
    const id = this.holding;
    if (id === null) return;
    const node = this.cy.getElementById(id);
    if (node.empty() || this.redraws.layerOf(node) !== layer) return;
    const at = node.position();
    const look = this.edgeLook('edge.drag-tie');
    ctx.strokeStyle = look.color;
    ctx.globalAlpha = look.opacity;
    ctx.lineWidth = look.width;
    ctx.beginPath();
    for (const t of this.tiesOf(id)) {
      const other = this.index.get(t.source === id ? t.target : t.source);
      if (other === undefined || !this.isDot(this.ids[other]!)) continue;
      ctx.moveTo(at.x, at.y);
      ctx.lineTo(this.xs[other]!, this.ys[other]!);
    }
    ctx.stroke();
  }

  /** Put `id` down after `delayMs` (its snap animation), unless another contact is picked up first. */
  release(id: string, delayMs: number): void {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => {
      if (this.holding === id) this.hold(null);
    }, delayMs);
  }

  /** A contact was dropped somewhere else: its dot and ties follow it (`position` gives the new place). */
  relocate(id: string): void {
    const i = this.index.get(id);
    const contact = this.contacts.get(id);
    if (i === undefined || !contact || !this.data) return;
    this.moveDot(i, this.data.position(contact));
    this.invalidate();
  }

  /** Move dot `i` to `p`, in the grid too. */
  private moveDot(i: number, p: Point): void {
    const bucket = this.grid.get(this.cellKey(this.xs[i]!, this.ys[i]!));
    const at = bucket?.indexOf(i) ?? -1;
    if (at >= 0) bucket!.splice(at, 1);
    this.xs[i] = p.x;
    this.ys[i] = p.y;
    const key = this.cellKey(p.x, p.y);
    const next = this.grid.get(key);
    if (next) next.push(i);
    else this.grid.set(key, [i]);
  }

  /** Promote these contacts and keep them as nodes (most recent PINNED_MAX). */
  pin(ids: Iterable<string>): void {
    if (!this.enabled) return;
    const touched: string[] = [];
    for (const id of ids) {
      if (!this.index.has(id)) continue;
      this.pinned.delete(id);
      this.pinned.set(id, true);
      touched.push(id);
    }
    while (this.pinned.size > PINNED_MAX) {
      const oldest = this.pinned.keys().next().value as string;
      this.pinned.delete(oldest);
      touched.push(oldest);
    }
    this.reconcile(touched);
  }

  /** Repaint the dots (their data, look or promotions changed) on the next frame. */
  invalidate(): void {
    this.version++;
    this.schedule();
  }

  /** Draw the dots on the next animation frame. */
  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /**
   * Draw now. Painting 27,000 dots takes ~100 ms in software, too slow for every frame of a
   * pan, so they are painted once per zoom into a cached picture covering the view and a
   * margin around it; while the view moves that picture is only shifted (and scaled while
   * zooming). When there is no picture of the view yet it is painted here and now; when one
   * is on screen and only its content is stale (a contact picked up or put down, a filter,
   * the zoom come to rest) the new one is painted by a worker (far-paint-worker.ts) and
   * replaces it when it arrives, so the page's frames do not wait for it.
   */
  draw(): void {
    const ratio = globalThis.devicePixelRatio || 1;
    const width = this.container.clientWidth;
    const height = this.container.clientHeight;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    // Low-latency: a frame that draws only on cytoscape's layers does not copy this canvas (map-redraw.ts).
    const ctx = this.canvas.getContext('2d', { desynchronized: true });
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!this.enabled || this.ids.length === 0) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const pixels = zoom * ratio;
    const view = { x1: -pan.x / zoom, y1: -pan.y / zoom, x2: (width - pan.x) / zoom, y2: (height - pan.y) / zoom };
    this.want = { pixels, view };
    if (pixels !== this.lastZoom) {
      // The zoom moves: the picture is scaled until it rests for VIEW_SETTLE_MS.
      this.lastZoom = pixels;
      this.zoomSettled = false;
      clearTimeout(this.sharpTimer);
      this.sharpTimer = setTimeout(() => {
        this.zoomSettled = true;
        this.schedule();
      }, VIEW_SETTLE_MS);
    }
    let cache = this.cache;
    if (cache === null || !inside(view, cache)) {
      cache = this.paintHere(pixels, view);
    } else if ((cache.zoom !== pixels && this.zoomSettled) || (cache.zoom === pixels && cache.version !== this.version)) {
      this.repaintElsewhere(pixels, view);
    }
    const scale = pixels / cache.zoom;
    ctx.setTransform(scale, 0, 0, scale, pan.x * ratio + cache.x1 * zoom * ratio, pan.y * ratio + cache.y1 * zoom * ratio);
    ctx.imageSmoothingEnabled = scale !== 1;
    ctx.drawImage(cache.picture, 0, 0);
  }

  /** The region painted for `view`: the view and half a view's margin on each side. */
  private regionAround(view: Region): Region {
    const mw = (view.x2 - view.x1) / 2;
    const mh = (view.y2 - view.y1) / 2;
    return { x1: view.x1 - mw, y1: view.y1 - mh, x2: view.x2 + mw, y2: view.y2 + mh };
  }

  /** Paint the picture of `view` on this thread, now. */
  private paintHere(pixelsPerUnit: number, view: Region): Picture {
    const region = this.regionAround(view);
    const canvas = this.spare ?? document.createElement('canvas');
    this.spare = null;
    canvas.width = Math.max(1, Math.ceil((region.x2 - region.x1) * pixelsPerUnit));
    canvas.height = Math.max(1, Math.ceil((region.y2 - region.y1) * pixelsPerUnit));
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(pixelsPerUnit, 0, 0, pixelsPerUnit, -region.x1 * pixelsPerUnit, -region.y1 * pixelsPerUnit);
    this.paint(ctx, pixelsPerUnit, region);
    return this.adopt({ picture: canvas, zoom: pixelsPerUnit, version: this.version, ...region });
  }

  /**
   * Have the worker paint the picture of `view` (one request at a time; the newest state
   * wins). The request is made when the page is next idle, not in this frame: listing 1,500
   * dots and 4,500 ties takes 5-15 ms, which the frame that starts a drag cannot spare, nor
   * the frames of the snap and the move after a drop (a timer ran it between two of them, and
   * the next frame came late). `requestTimer` cancels it.
   */
  private repaintElsewhere(pixelsPerUnit: number, view: Region): void {
    if (this.painting !== null || this.requestTimer !== undefined) return;
    const painter = this.painterWorker();
    if (!painter) {
      this.paintHere(pixelsPerUnit, view);
      return;
    }
    this.requestTimer = whenIdle(REQUEST_IDLE_MS, () => {
      this.requestTimer = undefined;
      const want = this.want;
      if (this.painting !== null || !want || !this.enabled) return;
      this.request(painter, want.pixels, want.view);
    });
  }

  private request(painter: Worker, pixelsPerUnit: number, view: Region): void {
    const region = this.regionAround(view);
    const request: PaintRequest = {
      id: ++this.paintId,
      width: Math.ceil((region.x2 - region.x1) * pixelsPerUnit),
      height: Math.ceil((region.y2 - region.y1) * pixelsPerUnit),
      x1: region.x1,
      y1: region.y1,
      list: this.displayList(pixelsPerUnit, region, 'full'),
    };
    this.painting = { id: request.id, zoom: pixelsPerUnit, version: this.version, ...region };
    painter.postMessage(request);
  }

  /** The worker's picture arrived: shown if it still fits the view at its zoom, then the next one is asked for if need be. */
  private received(answer: PaintAnswer): void {
    const asked = this.painting;
    if (!asked || asked.id !== answer.id) {
      answer.bitmap?.close();
      return;
    }
    this.painting = null;
    const want = this.want;
    const newer = !this.cache || this.cache.zoom !== asked.zoom || asked.version >= this.cache.version;
    if (answer.bitmap && want && want.pixels === asked.zoom && inside(want.view, asked) && newer) {
      this.adopt({ picture: answer.bitmap, zoom: asked.zoom, version: asked.version, x1: asked.x1, y1: asked.y1, x2: asked.x2, y2: asked.y2 });
    } else {
      answer.bitmap?.close();
    }
    if (!answer.bitmap) this.painter = false;
    this.schedule();
  }

  /** Make `picture` the one shown; the one it replaces is reused (a canvas) or released (a bitmap). */
  private adopt(picture: Picture): Picture {
    const old = this.cache?.picture;
    if (old && old !== picture.picture) {
      if (old instanceof HTMLCanvasElement) this.spare = old;
      else old.close();
    }
    this.cache = picture;
    return picture;
  }

  /**
   * Once the map is up: start the painting worker, and rehearse the pointer's promotion of a
   * dot (added and removed at once, in the same task, so nothing is drawn). The first time a
   * page runs that code it costs ~10 ms more (compiling cytoscape's element, style and batch
   * paths and ours), which otherwise lands in the frame where a person first points at a dot,
   * usually to drag it.
   */
  private warm(): void {
    if (!this.enabled) return;
    this.painterWorker();
    const id = this.ids.find((d) => this.paintsDot(d) && this.cy.getElementById(d).empty());
    if (id === undefined || this.hover !== null) return;
    this.hover = id;
    this.reconcile([id], false);
    this.hover = null;
    this.reconcile([id], false);
  }

  /** The painting worker, started on first need; null where workers cannot paint (then pictures are painted here). */
  private painterWorker(): Worker | null {
    if (this.painter === false) return null;
    if (this.painter) return this.painter;
    try {
      if (typeof OffscreenCanvas === 'undefined') throw new Error('no OffscreenCanvas');
      const worker = new Worker(new URL('./far-paint-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<PaintAnswer>) => this.received(event.data);
      worker.onerror = () => {
        worker.terminate();
        this.painter = false;
        this.painting = null;
        this.schedule();
      };
      this.painter = worker;
      return worker;
    } catch {
      this.painter = false;
      return null;
    }
  }

  /**
   * Paint the dots into `ctx` (already transformed to model coordinates) at `zoom` device
   * pixels per model unit, those inside `extent` only. Shared by the screen and the PNG export.
   */
  paint(ctx: CanvasRenderingContext2D, zoom: number, extent?: Region, names: NameMode = 'full'): void {
    paintDisplayList(ctx, this.displayList(zoom, extent, names));
  }

  /** What `paint` draws, as flat arrays: ties, then dots by fill, then names once big enough to read. */
  private displayList(zoom: number, extent: Region | undefined, names: NameMode): DisplayList {
    const { plain, bridges } = this.tiePairs(extent);
    const ties: TieBatch[] = [];
    for (const [pairs, selector] of [
      [plain, 'edge'],
      [bridges, 'edge.ov-bridge'],
    ] as const) {
      if (pairs.length === 0) continue;
      const segments = new Float64Array(pairs.length * 4);
      let k = 0;
      for (const [a, b] of pairs) {
        segments[k++] = this.xs[a]!;
        segments[k++] = this.ys[a]!;
        segments[k++] = this.xs[b]!;
        segments[k++] = this.ys[b]!;
      }
      ties.push({ ...this.edgeLook(selector), segments });
    }
    const groups = this.dotGroups(extent);
    const dots: DotBatch[] = groups.map((group) => {
      const flat = new Float64Array(group.members.length * 3);
      let k = 0;
      for (const i of group.members) {
        flat[k++] = this.xs[i]!;
        flat[k++] = this.ys[i]!;
        flat[k++] = group.radius(i);
      }
      return { fill: group.fill, alpha: group.alpha, dots: flat };
    });
    return { zoom, ties, dots, ink: this.inkColor(), fontFamily: NAME_FONT_FAMILY, names: names === 'none' ? [] : this.nameItems(zoom, groups, names) };
  }

  /**
   * The canvas's ties now (one end inside `extent`): not both ends nodes (cytoscape draws
   * those), none of the held contact's (edges that move with it); plain ties between two
   * unfaded ends, and the weak-ties view's bridges apart (they stand out, as their edges do).
   */
  private tiePairs(extent?: Region): { plain: [number, number][]; bridges: [number, number][] } {
    const plain: [number, number][] = [];
    const bridges: [number, number][] = [];
    const within = (i: number) => !extent || (this.xs[i]! >= extent.x1 && this.xs[i]! <= extent.x2 && this.ys[i]! >= extent.y1 && this.ys[i]! <= extent.y2);
    const bridgeKeys = this.appearance.overlay?.weak?.ties;
    const held = this.holding === null ? -1 : (this.index.get(this.holding) ?? -1);
    for (let e = 0; e < this.canvasTies.length; e += 2) {
      const a = this.canvasTies[e]!;
      const b = this.canvasTies[e + 1]!;
      if (a === held || b === held || !(within(a) || within(b))) continue;
      const ia = this.ids[a]!;
      const ib = this.ids[b]!;
      if (!this.paintsDot(ia) && !this.paintsDot(ib)) continue;
      if (bridgeKeys?.has(tieKey(ia, ib))) bridges.push([a, b]);
      else if (!fadedDot(ia, this.appearance) && !fadedDot(ib, this.appearance)) plain.push([a, b]);
    }
    return { plain, bridges };
  }

  /** How the stylesheet draws a tie (cytoscape's json() gives numbers as text, "0.8px"). */
  private edgeLook(selector: string): { color: string; opacity: number; width: number } {
    const edge = { ...this.ruleStyle('edge'), ...(selector === 'edge' ? {} : this.ruleStyle(selector)) };
    const number = (v: unknown, fallback: number) => (Number.isFinite(parseFloat(String(v))) ? parseFloat(String(v)) : fallback);
    return { color: String(edge['line-color'] ?? '#8c96a3'), opacity: number(edge.opacity, 0.5), width: number(edge.width, 0.8) };
  }

  /** The style a selector's rule sets in the current stylesheet (themes change it). */
  private ruleStyle(selector: string): Record<string, unknown> {
    const sheet = this.cy.style() as unknown as { json(): { selector: string; style: Record<string, unknown> }[] };
    return sheet.json().find((r) => r.selector === selector)?.style ?? {};
  }

  /**
   * Names beside the dots once they are big enough to read (the same size and placement as a
   * node's label: along the radius on a dense ring, under the dot on a sparse one), so a
   * zoomed-in big map reads like a small one without making thousands of nodes.
   */
  private nameItems(zoom: number, groups: DotGroup[], names: NameMode): NameItem[] {
    if (!this.data) return [];
    const layout = this.data.layout;
    const half = layout.options.nodeSize / 2;
    const out: NameItem[] = [];
    for (const group of groups) {
      const alpha = group.alpha === 1 ? 1 : 0.25;
      for (const i of group.members) {
        const orbit = this.orbits[i]!;
        const size = NAME_FONT[orbit] ?? 10;
        if (size * zoom < NAME_MIN_PX) continue;
        const contact = this.contacts.get(this.ids[i]!);
        if (!contact) continue;
        const at = { x: this.xs[i]!, y: this.ys[i]! };
        const place = labelPlacement(orbit, at, layout);
        const text = names === 'initials' ? initials(contact.name) : contact.name;
        const max = Math.max(3, Math.floor(place.data.maxw! / (size * 0.56)));
        const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
        if (place.classes.includes('radial-')) {
          const right = place.classes.includes('radial-right');
          out.push({
            text: shown,
            x: at.x + (right ? half : -half) + place.data.mx!,
            y: at.y + place.data.my!,
            rot: place.data.rot!,
            align: right ? 'left' : 'right',
            baseline: 'middle',
            size,
            alpha,
          });
        } else {
          out.push({ text: shown, x: at.x, y: at.y + half + 3, rot: 0, align: 'center', baseline: 'top', size, alpha });
        }
      }
    }
    return out;
  }

  /** The contacts' label colour in the current stylesheet (themes change it). */
  private inkColor(): string {
    const color = this.ruleStyle('node').color;
    return typeof color === 'string' ? color : '#1f2a37';
  }

  /** The dots (inside `extent`) as SVG circles grouped by fill, and the canvas's ties as lines, for the SVG export. */
  svg(extent?: Region): string {
    const out: string[] = [];
    const n = (v: number) => Math.round(v * 100) / 100;
    const { plain, bridges } = this.tiePairs(extent);
    for (const [pairs, className, selector] of [
      [plain, 'far-ties', 'edge'],
      [bridges, 'far-ties far-bridges', 'edge.ov-bridge'],
    ] as const) {
      if (pairs.length === 0) continue;
      const edge = this.edgeLook(selector);
      out.push(`<g class="${className}" stroke="${edge.color}" stroke-opacity="${edge.opacity}" stroke-width="${edge.width}">`);
      for (const [a, b] of pairs) out.push(`<line x1="${n(this.xs[a]!)}" y1="${n(this.ys[a]!)}" x2="${n(this.xs[b]!)}" y2="${n(this.ys[b]!)}"/>`);
      out.push('</g>');
    }
    for (const group of this.dotGroups(extent)) {
      out.push(`<g fill="${group.fill}"${group.alpha < 1 ? ` fill-opacity="${group.alpha}"` : ''}>`);
      for (const i of group.members) out.push(`<circle cx="${n(this.xs[i]!)}" cy="${n(this.ys[i]!)}" r="${n(group.radius(i))}"/>`);
      out.push('</g>');
    }
    return out.join('');
  }

  /** The dots to draw (not promoted, inside `extent`), grouped by fill colour and opacity. */
  private dotGroups(extent?: Region): DotGroup[] {
    if (!this.enabled || !this.data) return [];
    const base = this.data.layout.options.nodeSize / 2;
    const orbitColors = new Map(FAR_ORBITS.map((o) => [o, this.orbitColor(o)]));
    const colors = this.appearance.overlay?.colors ?? null;
    const sizes = this.appearance.overlay?.sizes ?? null;
    const weak = this.appearance.overlay?.weak?.contacts ?? null;
    const weakColor = weak ? this.weakColor() : WEAK_COLOR;
    const radius = (i: number) => {
      const size = sizes?.[this.ids[i]!];
      return size !== undefined ? size / 2 : base;
    };
    const groups = new Map<string, DotGroup>();
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i]!;
      const x = this.xs[i]!;
      const y = this.ys[i]!;
      if (extent && (x < extent.x1 - base * 4 || x > extent.x2 + base * 4 || y < extent.y1 - base * 4 || y > extent.y2 + base * 4)) continue;
      if (this.isPromoted(id)) continue;
      const fill = weak?.has(id) ? weakColor : (colors?.[id] ?? orbitColors.get(this.orbits[i]!)!);
      const alpha = fadedDot(id, this.appearance) ? FADED_ALPHA : 1;
      const key = `${fill}|${alpha}`;
      const group = groups.get(key);
      if (group) group.members.push(i);
      else groups.set(key, { fill, alpha, members: [i], radius });
    }
    return [...groups.values()];
  }

  private orbitColor(orbit: OrbitId): string {
    // The ring's colour in the current stylesheet (themes change it).
    const band = this.cy.getElementById(`band:${orbit}`);
    return band.nonempty() ? String(band.style('border-color')) : '#8c96a3';
  }

  /** The weak-ties colour of the current stylesheet (themes change it). */
  private weakColor(): string {
    const color = this.ruleStyle('node.contact.ov-weak')['border-color'];
    return typeof color === 'string' ? color : WEAK_COLOR;
  }

  private isPromoted(id: string): boolean {
    return this.hover === id || !this.paintsDot(id);
  }

  /**
   * Whether the canvas paints this contact's dot. A hovered contact's dot stays painted under
   * its node (the same disc, drawn over it), so the pointer moving over dots repaints nothing.
   */
  private paintsDot(id: string): boolean {
    return !(this.view.has(id) || this.pinned.has(id) || this.keep.has(id) || this.holding === id);
  }

  /** A grid cell as one number (cells are within ±2^20 of the centre on any map). */
  private cellKey(x: number, y: number): number {
    return gridKey(Math.floor(x / this.cell), Math.floor(y / this.cell));
  }

  /** The ties of a contact (every contact's, indexed on first use after an update). */
  private tiesOf(id: string): readonly Tie[] {
    if (!this.adjacency) {
      const adjacency = new Map<string, Tie[]>();
      const add = (id: string, t: Tie) => {
        const list = adjacency.get(id);
        if (list) list.push(t);
        else adjacency.set(id, [t]);
      };
      for (const t of this.data?.ties ?? []) {
        add(t.source, t);
        add(t.target, t);
      }
      this.adjacency = adjacency;
    }
    return this.adjacency.get(id) ?? [];
  }

  /** The dot under a model point, within `reach` model units; null when none. */
  dotAt(x: number, y: number, reach: number): string | null {
    let best: string | null = null;
    let bestD = reach * reach;
    const span = Math.ceil(reach / this.cell);
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let gx = cx - span; gx <= cx + span; gx++) {
      for (let gy = cy - span; gy <= cy + span; gy++) {
        for (const i of this.grid.get(gridKey(gx, gy)) ?? []) {
          const d = (this.xs[i]! - x) ** 2 + (this.ys[i]! - y) ** 2;
          if (d <= bestD) {
            bestD = d;
            best = this.ids[i]!;
          }
        }
      }
    }
    return best;
  }

  /** The pointer moved: the dot under it becomes a node so cytoscape can hover, tap and drag it. */
  private pointerAt(event: MouseEvent): void {
    if (!this.enabled || event.buttons !== 0) return;
    const box = this.container.getBoundingClientRect();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const x = (event.clientX - box.left - pan.x) / zoom;
    const y = (event.clientY - box.top - pan.y) / zoom;
    const nodeSize = this.data?.layout.options.nodeSize ?? 16;
    // Dots under HOVER_MIN_PX across are too small to pick one out: there the pointer pans.
    const id = nodeSize * zoom < HOVER_MIN_PX ? null : this.dotAt(x, y, nodeSize / 2 + 3 / zoom);
    if (id === this.hover || (id === null && this.hover === null)) return;
    const before = this.hover;
    this.hover = id ?? (before && this.cy.getElementById(before).grabbed() ? before : null);
    this.reconcile(
      [before, id].filter((v): v is string => v !== null),
      false,
    );
  }

  /** After the view settles: zoomed in far enough, every dot in view is a node. */
  private promoteInView(): void {
    if (!this.enabled) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const x1 = -pan.x / zoom;
    const y1 = -pan.y / zoom;
    const x2 = (this.cy.width() - pan.x) / zoom;
    const y2 = (this.cy.height() - pan.y) / zoom;
    const next = new Set<string>();
    for (let i = 0; i < this.ids.length; i++) {
      const x = this.xs[i]!;
      const y = this.ys[i]!;
      if (x < x1 || x > x2 || y < y1 || y > y2) continue;
      next.add(this.ids[i]!);
      if (next.size > VIEW_PROMOTE_MAX) {
        next.clear();
        break;
      }
    }
    const before = this.view;
    this.view = next;
    this.reconcile([...before, ...next]);
  }

  /** Add or remove the nodes of `ids` so cytoscape holds exactly the promoted ones; `repaint` unless only the hover moved. */
  private reconcile(ids: Iterable<string>, repaint = true): void {
    if (!this.data) return;
    const cy = this.cy;
    const add: ElementDefinition[] = [];
    const addedIds = new Set<string>();
    const remove: string[] = [];
    for (const id of new Set(ids)) {
      if (!this.index.has(id)) continue;
      const node = cy.getElementById(id);
      const wanted = this.enabled && this.isPromoted(id);
      if (wanted && node.empty()) {
        const contact = this.contacts.get(id);
        if (!contact) continue;
        add.push(contactElement(contact, this.data.position(contact), this.data.layout));
        addedIds.add(id);
      } else if (!wanted && node.nonempty() && !node.grabbed() && !node.animated()) {
        remove.push(id);
      }
    }
    if (add.length === 0 && remove.length === 0) return;
    cy.batch(() => {
      for (const id of remove) cy.getElementById(id).remove();
      if (add.length > 0) {
        const ties: ElementDefinition[] = [];
        const seen = new Set<string>();
        for (const id of addedIds) {
          for (const t of this.tiesOf(id)) {
            const other = t.source === id ? t.target : t.source;
            if (seen.has(t.id) || !cy.getElementById(`tie:${t.id}`).empty()) continue;
            const present = addedIds.has(other) || (cy.getElementById(other).nonempty() && !this.isDot(other));
            if (!present || !this.contacts.has(other)) continue;
            seen.add(t.id);
            ties.push(tieElement(t));
          }
        }
        const added = cy.add([...add, ...ties]);
        // The contact under the pointer goes straight onto cytoscape's drag layer: its dot is
        // still drawn under it, so the rest of the map needs no redraw as it comes and goes.
        if (!repaint && this.hover !== null && addedIds.has(this.hover)) {
          const node = cy.getElementById(this.hover);
          this.redraws.liftAdded(node, node.connectedEdges().intersection(added));
        }
      }
    });
    if (repaint) this.invalidate();
    // Explore classes and the analysis overlay are re-applied to the new nodes (map-explorer,
    // map-overlay listen for this).
    cy.emit('farpromote');
    this.onpromote?.();
  }
}
