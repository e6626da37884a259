// Cytoscape element definitions for the orbit map, from the network and its orbit layout.
// Each ring is three non-interactive nodes (a soft band over its tracks and a dashed centre
// line, both centred on the ego, and its name on the line at the top); their ids are
// prefixed so they never clash with contact ids.
import type { ElementDefinition } from 'cytoscape';
import type { OrbitLayout } from '../../graph/layout';
import type { Contact, Ego, OrbitId, Tie } from '../../graph/model';

export const EGO_NODE_ID = 'ego';
export const RING_PREFIX = 'ring:';
export const BAND_PREFIX = 'band:';
export const RING_LABEL_PREFIX = 'ring-label:';

/** Orbits whose labels run radially outward: dense rings where names side by side collide. */
const RADIAL_ORBITS: ReadonlySet<OrbitId> = new Set(['outer']);
/** Gap between a node's edge and its radial label, in model pixels. */
const LABEL_GAP = 4;

export interface Point {
  x: number;
  y: number;
}

const fixed = { grabbable: false, selectable: false, pannable: true } as const;

export function ringElements(layout: OrbitLayout): ElementDefinition[] {
  const out: ElementDefinition[] = [];
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
      data: { id: RING_LABEL_PREFIX + ring.orbit, label: ring.label },
      position: { x: 0, y: -ring.radius },
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
 * How a contact's label sits: under the node, or (on dense rings) along the radius, turned so
 * it never reads upside down. On a ring of several bands the inner half points its labels
 * inward, into the free gap before the previous ring, and the outer half outward, so labels
 * do not run across the next band's nodes. Cytoscape rotates a label about its anchor, so
 * the margins move the anchor onto the radial line.
 */
export function labelPlacement(
  orbit: OrbitId,
  at: Point,
  nodeSize: number,
  ringRadius: number,
): { classes: string; data: Record<string, number> } {
  if (!RADIAL_ORBITS.has(orbit)) return { classes: `contact ${orbit}`, data: { rot: 0, mx: 0, my: 0 } };
  const outward = Math.hypot(at.x, at.y) >= ringRadius - 1;
  const direction = Math.atan2(at.y, at.x) + (outward ? 0 : Math.PI);
  const reach = nodeSize / 2 + LABEL_GAP;
  const cos = Math.cos(direction);
  const sin = Math.sin(direction);
  const rightward = cos >= 0;
  return {
    classes: `contact ${orbit} ${rightward ? 'radial-right' : 'radial-left'}`,
    data: {
      rot: rightward ? direction : direction + Math.PI,
      mx: reach * (cos + (rightward ? -1 : 1)),
      my: reach * sin,
    },
  };
}

export function contactElement(contact: Contact, position: Point, nodeSize: number, ringRadius: number): ElementDefinition {
  const label = labelPlacement(contact.orbit, position, nodeSize, ringRadius);
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
