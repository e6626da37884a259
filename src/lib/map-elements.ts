// Cytoscape element definitions for the orbit map, from the network and its orbit layout.
// Rings and bands are nodes centred on the ego; their ids are prefixed so they never clash
// with contact ids.
import type { ElementDefinition } from 'cytoscape';
import type { OrbitLayout } from '../../graph/layout';
import type { Contact, Ego, Tie } from '../../graph/model';

export const EGO_NODE_ID = 'ego';
export const RING_PREFIX = 'ring:';
export const BAND_PREFIX = 'band:';

export interface Point {
  x: number;
  y: number;
}

/** The two nodes that draw one orbit: a soft band covering its tracks and a dashed centre line. */
export function ringElements(layout: OrbitLayout): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const ring of layout.rings) {
    out.push({
      group: 'nodes',
      data: { id: BAND_PREFIX + ring.orbit, label: ring.label, size: 2 * ring.outer, bandWidth: ring.outer - ring.inner },
      position: { x: 0, y: 0 },
      classes: `band ${ring.orbit}`,
      grabbable: false,
      selectable: false,
      locked: true,
    });
    out.push({
      group: 'nodes',
      data: { id: RING_PREFIX + ring.orbit, size: 2 * ring.radius },
      position: { x: 0, y: 0 },
      classes: `ring ${ring.orbit}`,
      grabbable: false,
      selectable: false,
      locked: true,
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
    grabbable: false,
    selectable: false,
    locked: true,
  };
}

export function contactElement(contact: Contact, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: contact.id, label: contact.name, orbit: contact.orbit },
    position: { ...position },
    classes: `contact ${contact.orbit}`,
  };
}

export function tieElement(tie: Tie): ElementDefinition {
  return { group: 'edges', data: { id: `tie:${tie.id}`, source: tie.source, target: tie.target } };
}
