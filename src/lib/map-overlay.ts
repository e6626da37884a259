// The analysis drawn over the orbit map: node sizes by a metric, colours by community or
// score, the weak-ties view, a selected contact's mutual ties and a lit intro path. Computed as
// plain data, then applied to cytoscape as classes and style bypasses only, so nothing of it
// reaches the network data and clearing it gives back the plain map.
import type { Core, StylesheetJson } from 'cytoscape';
import type { Tie } from '../../graph/model';
import { LIGHT_PALETTE, type MapPalette } from './palette';
import { farFieldOf } from './map-far';
import { setScratch } from './map-redraw';

export interface MapOverlay {
  /** Node diameters by contact id; null keeps the stylesheet's size. */
  sizes: Record<string, number> | null;
  /** Fill colours by contact id; null keeps the orbit colours. */
  colors: Record<string, string> | null;
  /** The weak-ties view: weakly held contacts and bridge ties ("a|b" keys) stand out. */
  weak: { contacts: ReadonlySet<string>; ties: ReadonlySet<string> } | null;
  /** Who also knows the selected contact. */
  mutual: ReadonlySet<string>;
  /** An intro path: contacts and tie keys on it. */
  path: { contacts: ReadonlySet<string>; ties: ReadonlySet<string> } | null;
}

export const EMPTY_OVERLAY: MapOverlay = { sizes: null, colors: null, weak: null, mutual: new Set(), path: null };

export const WEAK_COLOR = LIGHT_PALETTE.weak;
export const PATH_COLOR = LIGHT_PALETTE.path;

/** `a|b` with the ids in order, the same for either direction of a tie. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The contacts tied to `id` among the user's contacts (its mutual ties). */
export function mutualOf(id: string | null, ties: readonly Pick<Tie, 'source' | 'target'>[]): Set<string> {
  const out = new Set<string>();
  if (id === null) return out;
  for (const t of ties) {
    if (t.source === id) out.add(t.target);
    else if (t.target === id) out.add(t.source);
  }
  return out;
}

/** The overlay's rules, part of the map's stylesheet after its own rules, so these win where both apply. */
export function overlayStyle(palette: MapPalette): StylesheetJson {
  return [
    { selector: 'node.contact.ov-dim', style: { opacity: 0.22 } },
    { selector: 'edge.ov-dim', style: { opacity: 0.04 } },
    { selector: 'node.contact.ov-weak', style: { 'border-color': palette.weak, 'border-width': 3, opacity: 1 } },
    { selector: 'edge.ov-bridge', style: { 'line-color': palette.weak, width: 2.6, opacity: 0.95, 'z-index': 16 } },
    { selector: 'node.contact.ov-mutual', style: { 'border-color': palette.mutual, 'border-width': 2.5, 'z-index': 45 } },
    {
      selector: 'node.contact.ov-path',
      style: { 'border-color': palette.path, 'border-width': 4, opacity: 1, 'z-index': 55, 'min-zoomed-font-size': 0 },
    },
    { selector: 'edge.ov-path', style: { 'line-color': palette.path, width: 4, opacity: 1, 'z-index': 18 } },
  ];
}

const NODE_CLASSES = 'ov-dim ov-weak ov-mutual ov-path';
const EDGE_CLASSES = 'ov-dim ov-bridge ov-path';

function isEmpty(o: MapOverlay): boolean {
  return !o.sizes && !o.colors && !o.weak && !o.path && o.mutual.size === 0;
}

/** Apply `overlay` to the map, replacing the previous one. Touches only what it marks. */
export function applyOverlay(cy: Core, overlay: MapOverlay): void {
  // On a big map the far field's dots follow the overlay, and nodes it adds later get it too.
  setScratch(cy, 'overlay', overlay);
  if (!cy.scratch('overlayOnPromote')) {
    setScratch(cy, 'overlayOnPromote', true);
    cy.on('farpromote', () => applyOverlay(cy, cy.scratch('overlay') as MapOverlay));
  }
  farFieldOf(cy)?.setAppearance({ overlay });
  if (isEmpty(overlay) && !cy.scratch('overlayApplied')) return;
  setScratch(cy, 'overlayApplied', !isEmpty(overlay));
  const focus = overlay.path ?? overlay.weak;
  cy.batch(() => {
    cy.$('.ov-dim, .ov-weak, .ov-mutual, .ov-path, .ov-bridge').removeClass(`${NODE_CLASSES} ${EDGE_CLASSES}`);
    const contacts = cy.nodes('.contact');
    const byIds = (ids: ReadonlySet<string>) => (ids.size > 0 ? contacts.filter((n) => ids.has(n.id())) : cy.collection());
    // Bypasses are cleared only where an earlier overlay set them (cheap on big maps).
    if (cy.scratch('overlaySized')) contacts.removeStyle('width height');
    if (cy.scratch('overlayColoured')) contacts.removeStyle('background-color');
    setScratch(cy, 'overlaySized', !!overlay.sizes);
    setScratch(cy, 'overlayColoured', !!overlay.colors);
    for (const [id, size] of Object.entries(overlay.sizes ?? {})) cy.getElementById(id).style({ width: size, height: size });
    for (const [id, color] of Object.entries(overlay.colors ?? {})) cy.getElementById(id).style('background-color', color);

    byIds(overlay.mutual).addClass('ov-mutual');
    const marked = overlay.path ? byIds(overlay.path.contacts) : overlay.weak ? byIds(overlay.weak.contacts) : cy.collection();
    marked.addClass(overlay.path ? 'ov-path' : 'ov-weak');
    const tieKeys = overlay.path?.ties ?? overlay.weak?.ties;
    const markedTies = tieKeys && tieKeys.size > 0 ? cy.edges().filter((e) => tieKeys.has(tieKey(e.source().id(), e.target().id()))) : cy.collection();
    markedTies.addClass(overlay.path ? 'ov-path' : 'ov-bridge');
    if (focus) {
      contacts.difference(marked).addClass('ov-dim');
      cy.edges().difference(markedTies).addClass('ov-dim');
    }
  });
}
