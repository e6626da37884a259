// Exploring on the cytoscape map, from outside the component that owns the instance: view
// classes for filtered-out and out-of-focus contacts, flying to a contact, the keyboard path
// (arrow keys along and between rings) and hover reports for the hover card.
import type { Core, EventObject, NodeSingular, StylesheetJson } from 'cytoscape';
import type { OrbitId } from '../../graph/model';
import type { MapPalette } from './palette';
import { ensureOnMap, farFieldOf } from './map-far';
import { setScratch } from './map-redraw';

const RING_ORDER: OrbitId[] = ['core', 'tweener', 'outer'];
const EXPLORE_CLASSES = 'explore-out focus-out focus-root kbd-cursor changed-since';

export interface MapExplorerHandlers {
  /** The keyboard cursor moved onto a contact (or off all of them). */
  oncursor: (id: string | null) => void;
  /** Enter on the cursor: open it (select it). */
  onopen: (id: string) => void;
  /** Any other key pressed while the map has focus, with the cursor's contact. */
  onkey: (event: KeyboardEvent, cursor: string | null) => void;
  /** Pointer over a contact (page coordinates) or off it. */
  onhover: (hover: { id: string; x: number; y: number } | null) => void;
}

export interface ExploreClasses {
  /** Contacts passing the filter; null for no filter. */
  matching: ReadonlySet<string> | null;
  /** The focused neighbourhood; null when not focused. */
  focus: ReadonlyMap<string, number> | null;
  focusRoot: string | null;
  cursor: string | null;
  /** Contacts whose orbit differs from today (past-date view). */
  changed: ReadonlySet<string> | null;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** An animation's duration, or 0 when the user asked for reduced motion. */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}

/** Rules for the explore classes, part of the map's stylesheet (see mapStyle). */
export function exploreStyle(palette: MapPalette): StylesheetJson {
  return [
    { selector: 'node.contact.explore-out, node.contact.focus-out', style: { opacity: 0.14, 'text-opacity': 0.25 } },
    { selector: 'edge.explore-out, edge.focus-out', style: { opacity: 0.05 } },
    { selector: 'node.contact.focus-root', style: { 'border-width': 3, 'border-color': palette.ink } },
    { selector: 'node.contact.changed-since', style: { 'border-width': 3, 'border-color': palette.changed, 'border-style': 'double' } },
    { selector: 'node.contact.kbd-cursor', style: { 'overlay-color': palette.cursor, 'overlay-opacity': 0.3, 'overlay-padding': 6, 'z-index': 50 } },
  ];
}

export function applyExploreClasses(cy: Core, state: ExploreClasses): void {
  // On a big map the far field's dots fade with the nodes, and nodes it adds later get these classes.
  setScratch(cy, 'exploreClasses', state);
  if (!cy.scratch('exploreOnPromote')) {
    setScratch(cy, 'exploreOnPromote', true);
    cy.on('farpromote', () => applyExploreClasses(cy, cy.scratch('exploreClasses') as ExploreClasses));
  }
  farFieldOf(cy)?.setAppearance({ explore: state });
  if (state.cursor) ensureOnMap(cy, [state.cursor]);
  cy.batch(() => {
    cy.elements(`.${EXPLORE_CLASSES.split(' ').join(', .')}`).removeClass(EXPLORE_CLASSES);
    const contacts = cy.nodes('.contact');
    if (state.matching) {
      const keep = state.matching;
      contacts.filter((n) => !keep.has(n.id())).addClass('explore-out');
    }
    if (state.focus) {
      const keep = state.focus;
      contacts.filter((n) => !keep.has(n.id())).addClass('focus-out');
      if (state.focusRoot) cy.getElementById(state.focusRoot).addClass('focus-root');
    }
    if (state.matching || state.focus) {
      cy.edges().forEach((e) => {
        if (e.source().hasClass('explore-out') || e.target().hasClass('explore-out')) e.addClass('explore-out');
        if (e.source().hasClass('focus-out') || e.target().hasClass('focus-out')) e.addClass('focus-out');
      });
    }
    if (state.changed) {
      const changed = state.changed;
      contacts.filter((n) => changed.has(n.id())).addClass('changed-since');
    }
    if (state.cursor) cy.getElementById(state.cursor).addClass('kbd-cursor');
  });
}

/**
 * Bring a contact to the middle of the map, or to `at` (rendered coordinates: the middle of the
 * part of the map no panel covers), zooming in if the map is zoomed far out.
 */
export function flyTo(cy: Core, id: string, at?: { x: number; y: number }): void {
  ensureOnMap(cy, [id]);
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), 1.2);
  const target = at ?? { x: cy.width() / 2, y: cy.height() / 2 };
  const p = node.position();
  const pan = { x: target.x - p.x * zoom, y: target.y - p.y * zoom };
  if (prefersReducedMotion()) {
    cy.viewport({ zoom, pan });
    return;
  }
  cy.stop(true);
  cy.animate({ zoom, pan }, { duration: 400, easing: 'ease-in-out-cubic' });
}

/** Frame a set of contacts (a focused neighbourhood). */
export function frame(cy: Core, ids: Iterable<string>): void {
  ids = [...ids];
  ensureOnMap(cy, ids);
  const eles = cy.collection();
  for (const id of ids) eles.merge(cy.getElementById(id));
  if (eles.empty()) return;
  if (prefersReducedMotion()) cy.fit(eles, 80);
  else cy.animate({ fit: { eles, padding: 80 } }, { duration: 400 });
}

interface RingPlace {
  id: string;
  orbit: OrbitId;
  angle: number;
}

/** Contacts of a ring ordered clockwise from the top: its nodes, or on a big map's far rings its dots too. */
function ring(cy: Core, orbit: OrbitId): RingPlace[] {
  const far = farFieldOf(cy);
  const places: RingPlace[] =
    far?.drawsOrbit(orbit)
      ? far.planets(orbit).map((p) => ({ id: p.id, orbit, angle: Math.atan2(p.y, p.x) }))
      : (cy.nodes(`.contact[orbit = "${orbit}"]`).toArray() as NodeSingular[]).map((n) => {
          const p = n.position();
          return { id: n.id(), orbit, angle: Math.atan2(p.y, p.x) };
        });
  const fromTop = (n: RingPlace) => (n.angle + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
  return places.sort((a, b) => fromTop(a) - fromTop(b));
}

/** Where a contact is on the map (node or far-field dot); null when it is not drawn. */
function placeOf(cy: Core, id: string): RingPlace | null {
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    const p = node.position();
    return { id, orbit: node.data('orbit') as OrbitId, angle: Math.atan2(p.y, p.x) };
  }
  const dot = farFieldOf(cy)?.place(id);
  return dot ? { id, orbit: dot.orbit, angle: Math.atan2(dot.y, dot.x) } : null;
}

/**
 * The contact an arrow key leads to: left/right go counter-clockwise/clockwise along the
 * ring, up goes one ring inwards and down one ring outwards, to the nearest angle there.
 */
export function arrowTarget(cy: Core, from: string | null, key: string): string | null {
  const current = from ? placeOf(cy, from) : null;
  if (!current) {
    for (const orbit of RING_ORDER) {
      const first = ring(cy, orbit)[0];
      if (first) return first.id;
    }
    return null;
  }
  const orbit = current.orbit;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const nodes = ring(cy, orbit);
    const at = nodes.findIndex((n) => n.id === current.id);
    const step = key === 'ArrowRight' ? 1 : -1;
    return nodes[(at + step + nodes.length) % nodes.length]?.id ?? null;
  }
  const step = key === 'ArrowUp' ? -1 : 1;
  let index = RING_ORDER.indexOf(orbit) + step;
  const angle = current.angle;
  while (index >= 0 && index < RING_ORDER.length) {
    const nodes = ring(cy, RING_ORDER[index]!);
    if (nodes.length > 0) {
      const gap = (n: RingPlace) => Math.abs(Math.atan2(Math.sin(n.angle - angle), Math.cos(n.angle - angle)));
      return nodes.reduce((best, n) => (gap(n) < gap(best) ? n : best)).id;
    }
    index += step;
  }
  return current.id;
}

/** Where a contact sits among its ring, for announcements: 1-based index and ring size. */
export function ringPlace(cy: Core, id: string): { index: number; size: number } | null {
  const place = placeOf(cy, id);
  if (!place) return null;
  const nodes = ring(cy, place.orbit);
  return { index: nodes.findIndex((n) => n.id === id) + 1, size: nodes.length };
}

/** Wire keyboard and hover; returns the teardown. */
export function attachExplorer(cy: Core, handlers: MapExplorerHandlers, getCursor: () => string | null): () => void {
  const container = cy.container();
  if (!container) return () => undefined;
  container.tabIndex = 0;
  const onkeydown = (event: KeyboardEvent) => {
    if (event.target !== container) return;
    const cursor = getCursor();
    if (event.key.startsWith('Arrow') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const next = arrowTarget(cy, cursor, event.key);
      if (next) {
        ensureOnMap(cy, [next]);
        handlers.oncursor(next);
        const node = cy.getElementById(next);
        const p = node.renderedPosition();
        if (p.x < 40 || p.y < 40 || p.x > cy.width() - 40 || p.y > cy.height() - 40) flyTo(cy, next);
      }
      return;
    }
    if (event.key === 'Enter' && cursor) {
      event.preventDefault();
      handlers.onopen(cursor);
      return;
    }
    handlers.onkey(event, cursor);
  };
  const onover = (evt: EventObject) => {
    const node = evt.target as NodeSingular;
    const box = container.getBoundingClientRect();
    const p = node.renderedPosition();
    handlers.onhover({ id: node.id(), x: box.left + p.x, y: box.top + p.y });
  };
  const onout = () => handlers.onhover(null);
  container.addEventListener('keydown', onkeydown);
  cy.on('mouseover', 'node.contact', onover);
  cy.on('mouseout', 'node.contact', onout);
  cy.on('viewport drag', onout);
  return () => {
    container.removeEventListener('keydown', onkeydown);
    cy.off('mouseover', 'node.contact', onover);
    cy.off('mouseout', 'node.contact', onout);
    cy.off('viewport drag', onout);
  };
}
