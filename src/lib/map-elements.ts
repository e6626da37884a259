// Cytoscape element definitions for the orbit map, from the network and its orbit layout.
// Each ring is three non-interactive nodes (a soft band over its tracks and a dashed centre
// line, both centred on the ego, and its name at the top); their ids are prefixed so they
// never clash with contact ids.
import type { ElementDefinition } from 'cytoscape';
import type { OrbitLayout } from '../../graph/layout';
import type { Contact, Ego, OrbitId, Tie } from '../../graph/model';

export const EGO_NODE_ID = 'ego';
export const RING_PREFIX = 'ring:';
export const BAND_PREFIX = 'band:';
export const RING_LABEL_PREFIX = 'ring-label:';

/** Room a name needs along its ring, in model pixels; a ring with less per node is dense. */
const LABEL_ROOM = 100;
/** Longest and shortest radial label, in model pixels (longer names end in an ellipsis). */
const MAX_LABEL = 130;
const MIN_LABEL = 56;
/** The ego's diameter in node sizes. */
export const EGO_SCALE = 2.6;
/** Gap between a node's edge and its radial label, in model pixels. */
const LABEL_GAP = 4;

export interface Point {
  x: number;
  y: number;
}

const fixed = { grabbable: false, selectable: false, pannable: true } as const;

export function ringElements(layout: OrbitLayout): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  // Ring names grow with the map, so they stay readable when a big map is zoomed to fit.
  const extent = Math.max(0, ...layout.rings.map((r) => r.outer));
  const fontSize = Math.max(12, Math.round(extent / 34));
  for (const ring of layout.rings) {
    out.push({
      group: 'nodes',
      data: { id: BAND_PREFIX + ring.orbit, size: 2 * ring.outer, bandWidth: ring.outer - ring.inner },
      position: { x: 0, y: 0 },
      classes: `band ${ring.orbit}`,
      ...fixed,
    });
    out.push({
      group: 'nodes',
      data: { id: RING_PREFIX + ring.orbit, size: 2 * ring.radius },
      position: { x: 0, y: 0 },
      classes: `ring ${ring.orbit}`,
      ...fixed,
    });
    out.push({
      group: 'nodes',
      data: { id: RING_LABEL_PREFIX + ring.orbit, label: ring.label, fontSize },
      // On the band's outer edge: clear of the node track and of inward-pointing names.
      position: { x: 0, y: -ring.outer },
      classes: `ring-label ${ring.orbit}`,
      ...fixed,
    });
  }
  return out;
}

export function egoElement(ego: Ego): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: EGO_NODE_ID, label: ego.name },
    position: { x: 0, y: 0 },
    classes: 'ego',
    ...fixed,
  };
}

/**
 * How a contact's label sits. On a sparse ring, under the node. On a dense ring (side by
 * side the names would collide) along the radius, turned so it never reads upside down:
 * inward, into the free gap before the previous ring (or around the ego), except the
 * outermost band of the outermost ring, which points outward into the open. Cytoscape
 * rotates a label about its anchor, so the margins move the anchor onto the radial line.
 */
export function labelPlacement(orbit: OrbitId, at: Point, layout: OrbitLayout): { classes: string; data: Record<string, number> } {
  const rings = layout.rings;
  const ring = rings.find((r) => r.orbit === orbit);
  const dense = ring !== undefined && ring.count * LABEL_ROOM > 2 * Math.PI * ring.bands[0];
  const nodeSize = layout.options.nodeSize;
  if (!ring || !dense) return { classes: `contact ${orbit}`, data: { rot: 0, mx: 0, my: 0, maxw: nodeSize * 4 } };
  const distance = Math.hypot(at.x, at.y);
  const lastBand = ring.bands[ring.bands.length - 1];
  const outward = ring === rings[rings.length - 1] && Math.abs(distance - lastBand) < 1;
  const direction = Math.atan2(at.y, at.x) + (outward ? 0 : Math.PI);
  const reach = nodeSize / 2 + LABEL_GAP;
  // An inward name stops short of whatever is nearer the centre: the previous band's nodes
  // (of this ring or the one before) or the ego.
  const inner = [0, ...rings.flatMap((r) => r.bands)].filter((r) => r < distance - 1);
  const obstacle = inner.length > 1 ? inner[inner.length - 1] + nodeSize / 2 : EGO_SCALE * nodeSize * 0.5;
  const maxw = outward ? MAX_LABEL : Math.max(MIN_LABEL, Math.min(MAX_LABEL, distance - reach - obstacle - LABEL_GAP));
  const cos = Math.cos(direction);
  const sin = Math.sin(direction);
  const rightward = cos >= 0;
  return {
    classes: `contact ${orbit} ${rightward ? 'radial-right' : 'radial-left'}`,
    data: {
      rot: rightward ? direction : direction + Math.PI,
      mx: reach * (cos + (rightward ? -1 : 1)),
      my: reach * sin,
      maxw,
    },
  };
}

export function contactElement(contact: Contact, position: Point, layout: OrbitLayout): ElementDefinition {
  const label = labelPlacement(contact.orbit, position, layout);
  return {
    group: 'nodes',
    data: { id: contact.id, label: contact.name, orbit: contact.orbit, ...label.data },
    position: { ...position },
    classes: label.classes,
  };
}

export function tieElement(tie: Tie): ElementDefinition {
  return { group: 'edges', data: { id: `tie:${tie.id}`, source: tie.source, target: tie.target } };
}
