// Fewer full redraws of the map's canvas. Cytoscape's canvas renderer keeps two layers: the
// "node" layer (everything at rest) and the "drag" layer (a dragged contact, its neighbours and
// the ties between them). Redrawing the node layer costs 60 to 500 ms at 1,500 contacts and
// 4,500 ties under software rendering (bench/browser.ts); the drag layer, a millisecond. Three
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
  hoverData?: { draggingEles?: boolean };
  cachedZSortedEles?: { drag?: unknown } | null;
  data?: { canvasContainer?: HTMLElement };
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
    !!r.hoverData;
  return usable ? r : null;
}

function inDragLayer(ele: NodeSingular): boolean {
  const p = (ele as unknown as { _private: { rscratch: { inDragLayer?: boolean } } })._private;
  return !!p.rscratch.inDragLayer || ele.grabbed();
}

/**
 * Keep the node layer cached where nothing on it changed; returns a function that undoes it.
 * A no-op without cytoscape's canvas renderer (headless instances, other renderers).
 */
export function limitRedraws(cy: Core): () => void {
  const r = canvasRenderer(cy);
  if (!r) return () => undefined;
  const { notify, render, drawCachedNodes } = r;
  let drawing = false;

  r.render = function (options) {
    if (options?.forcedContext) return render.call(this, options);
    drawing = true;
    try {
      return render.call(this, options);
    } finally {
      drawing = false;
    }
  };
  r.notify = function (event, eles) {
    if (drawing && event === 'bounds') return;
    if (
      r.hoverData?.draggingEles &&
      LOCAL_EVENTS.has(event) &&
      eles &&
      eles.length > 0 &&
      eles.every((ele) => inDragLayer(ele as NodeSingular))
    ) {
      // The node layer was redrawn without these when the drag started (cytoscape's handler
      // asks for that itself), so nothing on it changes.
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
  return () => {
    r.notify = notify;
    r.render = render;
    r.drawCachedNodes = drawCachedNodes;
  };
}

/**
 * The element that takes the map's cursor: cytoscape's canvas wrapper inside the container
 * (a change to any attribute of the container itself makes cytoscape resize and redraw).
 */
export function pointerSurface(cy: Core): HTMLElement | null {
  return canvasRenderer(cy)?.data?.canvasContainer ?? cy.container();
}
