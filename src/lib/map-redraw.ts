// Fewer full redraws of the map's canvas. Cytoscape's canvas renderer keeps two layers: the
// "node" layer (everything at rest) and the "drag" layer (a dragged contact, its neighbours and
// the ties between them). Redrawing the node layer costs 60 to 500 ms at 1,500 contacts and
// 4,500 ties under software rendering (bench/browser.ts); the drag layer, a millisecond. These
// things in cytoscape 3.34 and in the map redrew the node layer with nothing on it changed:
//
// - Moving a dragged contact dirties its bounding box and its ties' boxes, and cytoscape
//   reports that to the renderer as a general change ('bounds', also from the silent shift
//   of its own drag handler), which marks the node layer for a redraw on every frame of the
//   drag although its mouse handler asks for the drag layer only. Here a change that touches
//   only elements in the drag layer, while a drag is in progress, redraws the drag layer alone.
// - Reading a stale bounding box while drawing reports 'bounds' as well, from inside the frame
//   that is drawing that element with the fresh box: that left the node layer marked for one
//   more redraw on the next frame. Such reports are dropped.
// - Hovering a contact gives it a border (a style change: a full redraw on enter and another on
//   leave, so moving the pointer across a big map stuttered, and the bench's drag began with
//   two such redraws). The hovered contact is lifted into the drag layer instead: drawn there,
//   with its border, over its own plain image on the cached node layer, which stays as it is.
//   Only the hover restyle and the press are drawn that way (a fade or a move of a lifted
//   contact from elsewhere redraws everything, as before). Pressing it moves nothing either,
//   so cytoscape's own request to redraw everything on that press is narrowed to the drag layer.
// - Cytoscape resizes the map (a full redraw) whenever an attribute of its container changes,
//   and the map set its cursor on the container on every hover: `pointerSurface` is the
//   element under the pointer that can take a cursor without that.
//
// - Cytoscape's top canvas holds only a selection box, and this map has none (box selection
//   is off): it is hidden, so the compositor does not blend one more empty full-size layer
//   into every frame (software compositing costs a millisecond or two per such layer).
//
// - In Chromium every 2D canvas on the page hands the compositor a fresh copy of itself in
//   each frame in which any one of them was drawn: a drag's frame, which draws only on the
//   drag layer, copied the node layer and the far field's canvas too (three full-size
//   copies). The first drag of a page needed a new buffer for each of those copies (~6 ms
//   each, under software compositing), and the bench's first drag dropped a frame. The
//   layers drawn here get low-latency (`desynchronized`) contexts, whose frames are handed
//   over on their own: only a canvas drawn on is copied (`desynchronize`). The far field's
//   canvas is one too.
//
// - Setting a value on cytoscape's core scratchpad (`cy.scratch(key, value)`) restyles every
//   element and redraws everything, as setting core data does. The map keeps its view state
//   there (the layout, the overlay, explore classes, the far field), and storing it, which a
//   far-field promotion did twice, cost a full redraw. `setScratch` stores without that.
//
// Other drawing can share cytoscape's layers (`underlay`): a big map's dragged contact draws
// its ties to far-field dots under the elements of the layer it is on, instead of on a
// full-size canvas of its own that every frame of the drag would copy and blend.
//
// Past LARGE_MAP contacts the level of detail (map-performance.ts) leaves ties out while the
// view moves, and cytoscape counts a drag as moving: the dragged contact's own ties are drawn
// all the same (the drag layer is small), so the contact visibly pulls its ties along.
import type { Core, Collection, NodeSingular } from 'cytoscape';

type LayerEles = NodeSingular[];

/** The parts of cytoscape 3.34's canvas renderer used here (not public API). */
interface CanvasRenderer {
  notify(event: string, eles?: Collection): void;
  render(options?: { forcedContext?: unknown }): void;
  redrawHint(group: 'eles' | 'drag' | 'select', value: boolean): void;
  redraw(): void;
  drawCachedNodes(context: CanvasRenderingContext2D, eles: LayerEles, pixelRatio: number, extent: unknown): void;
  drawCachedElements(context: CanvasRenderingContext2D, eles: LayerEles, pixelRatio: number, extent: unknown): void;
  drawLayeredElements(context: CanvasRenderingContext2D, eles: LayerEles, pixelRatio: number, extent: unknown): void;
  invalidateCachedZSortedEles(): void;
  updateCachedGrabbedEles(): void;
  hoverData?: { draggingEles?: boolean; down?: NodeSingular | null };
  dragData?: { didDrag?: boolean };
  cachedZSortedEles?: { drag?: unknown; nondrag?: unknown } | null;
  data?: {
    canvasContainer?: HTMLElement;
    canvasNeedsRedraw?: boolean[];
    canvases?: HTMLCanvasElement[];
    contexts?: unknown[];
  };
  NODE?: number;
  SELECT_BOX?: number;
}

/** Cytoscape's two element layers: everything at rest, and what is dragged or lifted. */
export type MapLayer = 'node' | 'drag';

/** Draws into a layer's canvas (transformed to model coordinates) before its elements. */
export type LayerUnderlay = (context: CanvasRenderingContext2D, layer: MapLayer) => void;

/** What `limitRedraws` returns: hover lifting, drawing under cytoscape's layers, and a way to undo it all. */
export interface MapRedraws {
  /** Draw a contact in the drag layer and give it its hover style (`restyle`). */
  lift(node: NodeSingular, restyle: () => void): void;
  /** Take the hover style off `node` (`restyle`) and, if it is the lifted contact, put it back on the node layer. */
  lower(node: NodeSingular, restyle: () => void): void;
  /**
   * Just added (in a batch still open) for the pointer: the contact `node` and its ties. They
   * are drawn on the drag layer, lifted, so neither adding them nor removing them before they
   * are lowered redraws the node layer, which never had them.
   */
  liftAdded(node: NodeSingular, ties: Collection): void;
  /** Draw `paint` under the elements of each layer whenever cytoscape draws that layer (null: stop). */
  underlay(paint: LayerUnderlay | null): void;
  /** The layer `node` is drawn on. */
  layerOf(node: NodeSingular): MapLayer;
  /** Redraw these layers on the next frame (for what the underlay draws there). */
  redrawLayers(layers: Iterable<MapLayer>): void;
  /** Undo `limitRedraws`. */
  release(): void;
}

/** Renderer notifications that only change how the notified elements themselves are drawn. */
const LOCAL_EVENTS = new Set(['bounds', 'position', 'style']);

function canvasRenderer(cy: Core): CanvasRenderer | null {
  const r = (cy as Core & { renderer(): CanvasRenderer | undefined }).renderer();
  const usable =
    !!r &&
    typeof r.notify === 'function' &&
    typeof r.render === 'function' &&
    typeof r.drawCachedNodes === 'function' &&
    typeof r.drawCachedElements === 'function' &&
    typeof r.drawLayeredElements === 'function' &&
    typeof r.updateCachedGrabbedEles === 'function' &&
    typeof r.invalidateCachedZSortedEles === 'function' &&
    !!r.hoverData &&
    !!r.data?.canvasNeedsRedraw &&
    typeof r.NODE === 'number';
  return usable ? r : null;
}

function scratch(ele: NodeSingular): { inDragLayer?: boolean } {
  return (ele as unknown as { _private: { rscratch: { inDragLayer?: boolean } } })._private.rscratch;
}

function inDragLayer(ele: NodeSingular): boolean {
  return !!scratch(ele).inDragLayer || ele.grabbed();
}

/** What `limitRedraws` gives where it cannot reach cytoscape's canvas renderer. */
export const NO_REDRAWS: MapRedraws = {
  lift: (_node, restyle) => restyle(),
  lower: (_node, restyle) => restyle(),
  liftAdded: () => undefined,
  underlay: () => undefined,
  layerOf: () => 'node',
  redrawLayers: () => undefined,
  release: () => undefined,
};

/**
 * Give cytoscape's drawn layers (node and drag) low-latency 2D contexts (`desynchronized`),
 * on fresh canvases that take the place of its own before anything is drawn on them. Any
 * other kind of layer (a WebGL one) is left as it is.
 */
function desynchronize(r: CanvasRenderer): void {
  const data = r.data;
  if (!data?.canvases || !data.contexts) return;
  for (let i = 0; i < data.canvases.length; i++) {
    const old = data.canvases[i];
    if (i === r.SELECT_BOX || !old || !(data.contexts[i] instanceof CanvasRenderingContext2D)) continue;
    const fresh = old.cloneNode(false) as HTMLCanvasElement;
    const context = fresh.getContext('2d', { desynchronized: true });
    if (!context) continue;
    old.replaceWith(fresh);
    data.canvases[i] = fresh;
    data.contexts[i] = context;
  }
}

/**
 * Keep the node layer cached where nothing on it changed. Without cytoscape's canvas renderer
 * (headless instances, other renderers) lifting only restyles and the rest does nothing.
 */
export function limitRedraws(cy: Core): MapRedraws {
  const r = canvasRenderer(cy);
  if (!r) return NO_REDRAWS;
  const { notify, render, drawCachedNodes, drawCachedElements, drawLayeredElements, redrawHint } = r;
  const needsRedraw = r.data!.canvasNeedsRedraw!;
  const NODE = r.NODE!;
  let drawing = false;
  /** The hovered contact drawn in the drag layer, and whether the node layer was redrawn since (without it). */
  let lifted: NodeSingular | null = null;
  let liftedOffNodeLayer = false;
  /** Elements on the drag layer with no image on the cached node layer (added there by `liftAdded`). */
  const unseen = new Set<Collection[number]>();

  /** True while the lifted contact is restyled for hover, or pressed (to the end of cytoscape's press handler). */
  let restyling = false;
  let pressingLifted = false;
  // Set before cytoscape's own mousedown handler runs (capture phase on the same container);
  // cleared once that press is handled: by the next task, and before any later pointer event
  // (a move that starts a drag must redraw the node layer, so it must not be narrowed).
  const released = () => (pressingLifted = false);
  const onpress = () => {
    if (!lifted) return;
    pressingLifted = true;
    setTimeout(released, 0);
  };
  const container = cy.container();
  const view = container?.ownerDocument.defaultView;
  container?.addEventListener('mousedown', onpress, { capture: true });
  for (const type of ['mousemove', 'mouseup'] as const) view?.addEventListener(type, released, { capture: true });
  // A drag that starts moves the contact and its neighbourhood to the drag layer, and cytoscape
  // redraws the node layer without them. For a lifted contact whose neighbourhood is already
  // there (or which has none: a far-field contact's ties to dots are not elements) nothing
  // leaves the node layer.
  const startsDragOfLifted = () => {
    const down = r.hoverData?.down;
    return !!lifted && !!down && down.same(lifted) && down.grabbed() && !r.hoverData?.draggingEles && !r.dragData?.didDrag && down.neighborhood().every((ele) => inDragLayer(ele as NodeSingular));
  };
  r.redrawHint = function (group, value) {
    const narrowed = group === 'eles' && value && (pressingLifted || startsDragOfLifted());
    return redrawHint.call(this, narrowed ? 'drag' : group, value);
  };

  r.render = function (options) {
    if (options?.forcedContext) return render.call(this, options);
    if (needsRedraw[NODE]) {
      if (lifted) liftedOffNodeLayer = true;
      // What is no longer on the drag layer is drawn on the node layer now.
      for (const ele of unseen) if (!scratch(ele as NodeSingular).inDragLayer) unseen.delete(ele);
    }
    drawing = true;
    try {
      return render.call(this, options);
    } finally {
      drawing = false;
    }
  };
  r.notify = function (event, eles) {
    if (drawing && event === 'bounds') return;
    const only = (test: (ele: NodeSingular) => boolean) => !!eles && eles.length > 0 && eles.every((ele) => test(ele as NodeSingular));
    // While a drag is in progress the node layer was redrawn without the drag layer's elements
    // when it started (cytoscape's handler asks for that itself); a lifted contact is drawn over
    // its own image there, which a hover border covers. Either way nothing on it changes.
    const dragged = r.hoverData?.draggingEles && only(inDragLayer);
    // A contact already removed (a far-field contact the pointer left) has nothing to redraw.
    if (LOCAL_EVENTS.has(event) && only((ele) => ele.removed())) return;
    // For the lifted contact the style change itself decides: its hover restyle and its press
    // stay on the drag layer, any other restyle or move redraws everything. Bounds and z-order
    // follow from those changes (some only when cytoscape next computes styles, before a frame).
    const followsOwnChange = event === 'bounds' || event === 'zorder' || (event === 'style' && (restyling || pressingLifted));
    const hovered = lifted !== null && followsOwnChange && only((ele) => ele.same(lifted!) && inDragLayer(ele));
    // Elements added for the pointer live on the drag layer alone: whatever happens to them
    // there (styled as they are added, moved, removed) leaves the node layer as it is.
    const offNodeLayer = only((ele) => unseen.has(ele) && inDragLayer(ele));
    if (event === 'remove' && eles) for (const ele of eles) unseen.delete(ele);
    const layerEvent = LOCAL_EVENTS.has(event) || event === 'zorder';
    if (((dragged || hovered) && layerEvent) || (offNodeLayer && (layerEvent || event === 'add' || event === 'remove'))) {
      if (event !== 'bounds' && event !== 'position' && event !== 'style') r.invalidateCachedZSortedEles();
      r.redrawHint('drag', true);
      r.redraw();
      return;
    }
    notify.call(this, event, eles);
  };
  let underlay: LayerUnderlay | null = null;
  /** Draw the underlay on the layer whose elements `eles` are (cytoscape passes each layer's own array). */
  const under = (context: CanvasRenderingContext2D, eles: LayerEles) => {
    if (!underlay) return;
    const sorted = r.cachedZSortedEles;
    const layer: MapLayer | null = eles === sorted?.drag ? 'drag' : eles === sorted?.nondrag ? 'node' : null;
    if (layer === null) return;
    context.save();
    try {
      underlay(context, layer);
    } finally {
      context.restore();
    }
  };
  type DrawLayer = CanvasRenderer['drawCachedElements'];
  /** `draw` with the underlay first; once per layer (the layered drawing falls back on the cached one). */
  let inLayer = false;
  const withUnderlay = (draw: DrawLayer): DrawLayer =>
    function (this: CanvasRenderer, context, eles, pixelRatio, extent) {
      if (inLayer) return draw.call(this, context, eles, pixelRatio, extent);
      inLayer = true;
      try {
        under(context, eles);
        return draw.call(this, context, eles, pixelRatio, extent);
      } finally {
        inLayer = false;
      }
    };
  r.drawCachedNodes = withUnderlay(function (this: CanvasRenderer, context, eles, pixelRatio, extent) {
    // Ties hidden in motion stay hidden on the big node layer; the drag layer draws its own.
    if (eles === r.cachedZSortedEles?.drag) return drawCachedElements.call(this, context, eles, pixelRatio, extent);
    return drawCachedNodes.call(this, context, eles, pixelRatio, extent);
  });
  r.drawCachedElements = withUnderlay(drawCachedElements);
  r.drawLayeredElements = withUnderlay(drawLayeredElements);
  const selectBox = cy.boxSelectionEnabled() ? undefined : r.data!.canvases?.[r.SELECT_BOX ?? 0];
  const selectBoxDisplay = selectBox?.style.display;
  if (selectBox) selectBox.style.display = 'none';
  desynchronize(r);
  const withRestyle = (restyle: () => void) => {
    restyling = true;
    try {
      restyle();
    } finally {
      restyling = false;
    }
  };
  let liftedTies: Collection | null = null;
  /** Put the lifted contact back on the node layer. */
  const lower = () => {
    const node = lifted;
    const ties = liftedTies;
    if (!node) return;
    lifted = null;
    liftedTies = null;
    if (node.removed() || node.grabbed()) return;
    scratch(node).inDragLayer = false;
    ties?.forEach((tie) => {
      if (!tie.removed()) scratch(tie as unknown as NodeSingular).inDragLayer = false;
    });
    r.updateCachedGrabbedEles();
    // Its plain image is still on the node layer unless that was redrawn in the meantime.
    if (liftedOffNodeLayer) r.redrawHint('eles', true);
    r.redrawHint('drag', true);
    r.redraw();
  };
  return {
    lift(node, restyle) {
      if (!lifted?.same(node)) {
        lower();
        if (!r.hoverData?.draggingEles && !inDragLayer(node)) {
          lifted = node;
          liftedOffNodeLayer = false;
          scratch(node).inDragLayer = true;
          r.updateCachedGrabbedEles();
          r.redrawHint('drag', true);
          r.redraw();
        }
      }
      withRestyle(restyle);
    },
    lower(node, restyle) {
      withRestyle(restyle);
      // The pointer can leave one contact after it reached the next, which a far field has
      // already added and lifted: only the contact left is lowered.
      if (lifted?.same(node)) lower();
    },
    liftAdded(node, ties) {
      if (lifted && !lifted.same(node)) lower();
      if (r.hoverData?.draggingEles) return;
      lifted = node;
      liftedTies = ties;
      liftedOffNodeLayer = true;
      for (const ele of node.union(ties).toArray()) {
        scratch(ele as NodeSingular).inDragLayer = true;
        unseen.add(ele);
      }
    },
    underlay(paint) {
      underlay = paint;
    },
    layerOf: (node) => (inDragLayer(node) ? 'drag' : 'node'),
    redrawLayers(layers) {
      for (const layer of layers) r.redrawHint(layer === 'drag' ? 'drag' : 'eles', true);
      r.redraw();
    },
    release() {
      underlay = null;
      unseen.clear();
      if (selectBox) selectBox.style.display = selectBoxDisplay ?? '';
      lower();
      container?.removeEventListener('mousedown', onpress, { capture: true });
      for (const type of ['mousemove', 'mouseup'] as const) view?.removeEventListener(type, released, { capture: true });
      r.notify = notify;
      r.render = render;
      r.redrawHint = redrawHint;
      r.drawCachedNodes = drawCachedNodes;
      r.drawCachedElements = drawCachedElements;
      r.drawLayeredElements = drawLayeredElements;
    },
  };
}

/**
 * The element that takes the map's cursor: cytoscape's canvas wrapper inside the container
 * (a change to any attribute of the container itself makes cytoscape resize and redraw).
 */
export function pointerSurface(cy: Core): HTMLElement | null {
  return canvasRenderer(cy)?.data?.canvasContainer ?? cy.container();
}

/** Store `value` in the map's scratchpad (read back with `cy.scratch(key)`) without restyling the map; undefined removes it. */
export function setScratch(cy: Core, key: string, value: unknown): void {
  const pad = cy.scratch() as Record<string, unknown>;
  if (value === undefined) delete pad[key];
  else pad[key] = value;
}
