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
  invalidateCachedZSortedEles(): void;
  updateCachedGrabbedEles(): void;
  hoverData?: { draggingEles?: boolean };
  cachedZSortedEles?: { drag?: unknown } | null;
  data?: { canvasContainer?: HTMLElement; canvasNeedsRedraw?: boolean[] };
  NODE?: number;
}

/** What `limitRedraws` returns: hover lifting and a way to undo it all. */
export interface MapRedraws {
  /** Draw a contact in the drag layer and give it its hover style (`restyle`). */
  lift(node: NodeSingular, restyle: () => void): void;
  /** Take the hover style off the lifted contact (`restyle`) and put it back on the node layer. */
  lower(restyle?: () => void): void;
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

const NO_REDRAWS: MapRedraws = { lift: (_node, restyle) => restyle(), lower: (restyle) => restyle?.(), release: () => undefined };

/**
 * Keep the node layer cached where nothing on it changed. Without cytoscape's canvas renderer
 * (headless instances, other renderers) lifting only restyles and the rest does nothing.
 */
export function limitRedraws(cy: Core): MapRedraws {
  const r = canvasRenderer(cy);
  if (!r) return NO_REDRAWS;
  const { notify, render, drawCachedNodes, redrawHint } = r;
  const needsRedraw = r.data!.canvasNeedsRedraw!;
  const NODE = r.NODE!;
  let drawing = false;
  /** The hovered contact drawn in the drag layer, and whether the node layer was redrawn since (without it). */
  let lifted: NodeSingular | null = null;
  let liftedOffNodeLayer = false;

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
  r.redrawHint = function (group, value) {
    return redrawHint.call(this, pressingLifted && group === 'eles' && value ? 'drag' : group, value);
  };

  r.render = function (options) {
    if (options?.forcedContext) return render.call(this, options);
    if (lifted && needsRedraw[NODE]) liftedOffNodeLayer = true;
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
    // For the lifted contact the style change itself decides: its hover restyle and its press
    // stay on the drag layer, any other restyle or move redraws everything. Bounds and z-order
    // follow from those changes (some only when cytoscape next computes styles, before a frame).
    const followsOwnChange = event === 'bounds' || event === 'zorder' || (event === 'style' && (restyling || pressingLifted));
    const hovered = lifted !== null && followsOwnChange && only((ele) => ele.same(lifted!) && inDragLayer(ele));
    if ((dragged || hovered) && (LOCAL_EVENTS.has(event) || event === 'zorder')) {
      if (event === 'zorder') r.invalidateCachedZSortedEles();
      r.redrawHint('drag', true);
      r.redraw();
      return;
    }
    notify.call(this, event, eles);
  };
  r.drawCachedNodes = function (context, eles, pixelRatio, extent) {
    // Ties hidden in motion stay hidden on the big node layer; the drag layer draws its own.
    if (eles === r.cachedZSortedEles?.drag) return r.drawCachedElements(context, eles, pixelRatio, extent);
    return drawCachedNodes.call(this, context, eles, pixelRatio, extent);
  };
  const withRestyle = (restyle: () => void) => {
    restyling = true;
    try {
      restyle();
    } finally {
      restyling = false;
    }
  };
  const lower = (restyle?: () => void) => {
    const node = lifted;
    if (restyle) withRestyle(restyle);
    if (!node) return;
    lifted = null;
    if (node.removed() || node.grabbed()) return;
    scratch(node).inDragLayer = false;
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
    lower,
    release() {
      lower();
      container?.removeEventListener('mousedown', onpress, { capture: true });
      for (const type of ['mousemove', 'mouseup'] as const) view?.removeEventListener(type, released, { capture: true });
      r.notify = notify;
      r.render = render;
      r.redrawHint = redrawHint;
      r.drawCachedNodes = drawCachedNodes;
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
