// Brings a cytoscape instance in line with the network and its layout: adds, updates and
// removes elements by id (view classes such as `selected` survive), and moves nodes to their
// orbit positions, animated when the layout changed under a visible map.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { orbitAt, snapToOrbit, type OrbitLayout } from '../../graph/layout';
import type { Contact, Ego, OrbitId, Tie } from '../../graph/model';
import {
  EGO_NODE_ID,
  contactElement,
  egoElement,
  labelPlacement,
  ringElements,
  tieElement,
  type Point,
} from './map-elements';
import { setScratch } from './map-redraw';

/**
 * A contact the user dropped somewhere on its ring: it stays at that angle. Dropped on another
 * ring (`move`), it stays there only until the layout has placed it on that ring (where it
 * was put down, unless the map was laid out afresh), then the layout's place holds.
 */
export interface Pin {
  orbit: OrbitId;
  point: Point;
  move?: boolean;
}

export interface MapData {
  ego: Ego;
  contacts: readonly Contact[];
  ties: readonly Tie[];
  layout: OrbitLayout;
}

const PLACEMENT_CLASS_LIST = ['core', 'tweener', 'outer', 'archived', 'radial-right', 'radial-left'];
const MOVE_MS = 350;

/** Where a contact belongs now: its pinned angle on its ring, else its layout position. */
export function targetPosition(contact: Contact, layout: OrbitLayout, pins: Map<string, Pin>): Point {
  const pin = pins.get(contact.id);
  const placed = layout.positions[contact.id];
  if (pin && pin.orbit === contact.orbit) {
    if (!pin.move || !placed || orbitAt(layout, placed) !== pin.orbit) return snapToOrbit(layout, contact.orbit, pin.point);
    pins.delete(contact.id);
    return placed;
  }
  if (pin) pins.delete(contact.id);
  return placed ?? { x: 0, y: 0 };
}

/**
 * Apply `data` to `cy`. Returns true when the map was drawn for the first time, or got its
 * first contacts (the caller then fits the view).
 */
export function syncMap(
  cy: Core,
  data: MapData,
  pins: Map<string, Pin>,
  animate: boolean,
  /** Contacts drawn as far-field dots rather than nodes (see map-far.ts). */
  isDot: (id: string) => boolean = () => false,
): boolean {
  const wasEmpty = cy.nodes().empty();
  // No contact node yet: nothing to look up, update or remove (on a big map every contact
  // can be a far-field dot, so this may hold on later syncs too).
  const noNodes = cy.nodes('.contact').empty();
  // The first contacts to arrive (the caller fits the view to them once, not on every sync).
  const firstFill = !cy.scratch('orbitFilled') && data.contacts.length > 0;
  if (firstFill || data.contacts.length === 0) setScratch(cy, 'orbitFilled', data.contacts.length > 0);
  const previousLayout = cy.scratch('orbitLayout') as OrbitLayout | undefined;
  const newLayout = previousLayout !== data.layout;
  setScratch(cy, 'orbitLayout', data.layout);
  const moves: { node: NodeSingular; to: Point }[] = [];
  // A label changed in place can keep its old bounding box (cytoscape 3.34 then draws the new
  // name clipped to the old width), so a renamed node is taken out and put back with its
  // ties, classes and position, after the batch.
  const renames: { node: NodeSingular; label: string }[] = [];
  /** Bring an existing node in line with its contact and where it belongs. */
  const update = (node: NodeSingular, contact: Contact) => {
    const to = targetPosition(contact, data.layout, pins);
    if (node.data('label') !== contact.name) renames.push({ node, label: contact.name });
    const at = node.position();
    const moved = Math.abs(at.x - to.x) > 0.5 || Math.abs(at.y - to.y) > 0.5;
    if (moved || newLayout || node.data('orbit') !== contact.orbit) placeLabel(node, contact.orbit, to, data.layout);
    if (moved) moves.push({ node, to });
  };
  const last = cy.scratch('orbitSynced') as Synced | undefined;
  const few = last ? fewChanged(cy, last, data, previousLayout, pins, isDot) : null;
  setScratch(cy, 'orbitSynced', { contacts: data.contacts, ties: data.ties, index: few ? last!.index : null } satisfies Synced);

  cy.batch(() => {
    const rings = ringElements(data.layout);
    const ringIds = new Set(rings.map((r) => r.data.id));
    cy.nodes('.ring, .band, .ring-label').filter((n) => !ringIds.has(n.id())).remove();
    for (const def of rings) {
      const existing = cy.getElementById(def.data.id!);
      if (existing.empty()) cy.add(def);
      else {
        existing.data(def.data);
        if (def.position) existing.position(def.position);
      }
    }

    const ego = cy.getElementById(EGO_NODE_ID);
    if (ego.empty()) cy.add(egoElement(data.ego));
    else if (ego.data('label') !== data.ego.name) renames.push({ node: ego, label: data.ego.name });

    // The same contacts and ties as the last sync, a few of them changed or placed anew (a
    // move, an edit): just those, the pinned ones and the nodes. At 30,000 contacts walking
    // them all and their 90,000 ties took ~45 ms after each move.
    if (few) {
      for (const { node, contact } of few) update(node, contact);
      return;
    }

    const contactIds = new Set<string>();
    for (const c of data.contacts) contactIds.add(c.id);
    if (!noNodes) cy.nodes('.contact').filter((n) => !contactIds.has(n.id())).remove();
    // The contacts and ties that are elements now, so a dot or a tie that has none is not
    // looked up (cytoscape's getElementById makes a collection each time: at 1,500 contacts
    // ~9 ms of a drop's sync went to looking up dots).
    const nodeIds = new Set<string>();
    const edgeIdsBefore = new Set<string>();
    if (!noNodes) {
      cy.nodes('.contact').forEach((n) => void nodeIds.add(n.id()));
      cy.edges().forEach((e) => void edgeIdsBefore.add(e.id()));
    }
    // New elements go in with one cy.add: one by one costs seconds at 30,000 contacts.
    const added: ElementDefinition[] = [];
    for (const contact of data.contacts) {
      // A far-field dot is no node (most contacts of a big map: nothing else to do for them).
      if (isDot(contact.id)) {
        if (pins.has(contact.id)) targetPosition(contact, data.layout, pins);
        if (!nodeIds.has(contact.id)) continue;
        const node = cy.getElementById(contact.id);
        if (node.nonempty() && !node.grabbed()) node.remove();
        continue;
      }
      if (!nodeIds.has(contact.id)) {
        added.push(contactElement(contact, targetPosition(contact, data.layout, pins), data.layout));
        continue;
      }
      update(cy.getElementById(contact.id), contact);
    }

    // Edges are the ties between two nodes (a tie to a dot is not drawn as a line).
    const edgeIds = new Set<string>();
    for (const tie of data.ties) {
      if (isDot(tie.source) || isDot(tie.target)) continue;
      if (!contactIds.has(tie.source) || !contactIds.has(tie.target)) continue;
      const id = `tie:${tie.id}`;
      edgeIds.add(id);
      if (!edgeIdsBefore.has(id)) added.push(tieElement(tie));
    }
    if (!noNodes) cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
    if (added.length > 0) cy.add(added);
  });

  for (const { node, label } of renames) {
    const removed = node.remove();
    node.data('label', label);
    removed.restore();
  }
  for (const { node, to } of moves) {
    if (node.grabbed()) continue;
    // The pointer is no longer over a node that moves away under it.
    node.removeClass('hover');
    node.stop(true);
    if (animate) node.animate({ position: to }, { duration: MOVE_MS, easing: 'ease-in-out-cubic' });
    else node.position(to);
  }
  return wasEmpty || firstFill;
}

/**
 * Make ready for a partial sync ahead of the first: the index of the contacts last synced
 * (a few ms at 30,000 contacts, which would otherwise fall in the task that applies a saved move).
 */
export function prepareSync(cy: Core): void {
  const last = cy.scratch('orbitSynced') as Synced | undefined;
  if (last) indexOf(last);
}

/** Each last-synced contact's index, made once. */
function indexOf(last: Synced): Map<string, number> {
  last.index ??= new Map(last.contacts.map((c, i) => [c.id, i]));
  return last.index;
}

/** What the last sync drew: its contacts and ties, and each contact's index (made on first need). */
interface Synced {
  contacts: readonly Contact[];
  ties: readonly Tie[];
  index: Map<string, number> | null;
}

/**
 * The nodes to bring in line when `data` has the same contacts, in the same order, and the same
 * ties as the last sync, and its layout is the last one or that one with a few contacts placed
 * anew (placeMoves): the contacts changed since, those placed anew, the pinned ones, and every
 * node when the layout changed (ring counts decide how labels sit). Null when more changed, or
 * when one of them would become a node or stop being one (the full sync adds and removes those
 * with their ties).
 */
function fewChanged(
  cy: Core,
  last: Synced,
  data: MapData,
  previousLayout: OrbitLayout | undefined,
  pins: Map<string, Pin>,
  isDot: (id: string) => boolean,
): { node: NodeSingular; contact: Contact }[] | null {
  if (data.ties !== last.ties || data.contacts.length !== last.contacts.length) return null;
  const layoutChanged = data.layout !== previousLayout;
  if (layoutChanged && (!previousLayout || data.layout.moved?.from !== previousLayout)) return null;
  const ids = new Set<string>();
  for (let i = 0; i < data.contacts.length; i++) {
    const contact = data.contacts[i];
    const was = last.contacts[i];
    if (contact === was) continue;
    if (contact.id !== was.id) return null;
    ids.add(contact.id);
  }
  if (layoutChanged) {
    for (const id of data.layout.moved!.ids) ids.add(id);
    cy.nodes('.contact').forEach((n) => void ids.add(n.id()));
  }
  for (const id of pins.keys()) ids.add(id);
  const index = indexOf(last);
  const out: { node: NodeSingular; contact: Contact }[] = [];
  for (const id of ids) {
    const i = index.get(id);
    // A pin or a layout place of a contact not on the map (archived, deleted): nothing to draw.
    if (i === undefined) continue;
    const contact = data.contacts[i];
    const node = cy.getElementById(id);
    if (isDot(id)) {
      if (node.nonempty() && !node.grabbed()) return null;
      if (pins.has(id)) targetPosition(contact, data.layout, pins);
      continue;
    }
    if (node.empty()) return null;
    out.push({ node, contact });
  }
  return out;
}

/** Set a contact node's orbit class and label placement for where it is going to be. */
export function placeLabel(node: NodeSingular, orbit: OrbitId, at: Point, layout: OrbitLayout): void {
  const placement = labelPlacement(orbit, at, layout);
  // Only what differs is set: every data or class change restyles the node and drops its
  // cached label, and a new layout places the label of every node on the map again (most of
  // them, on the rings a move did not touch, exactly where they were).
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries({ orbit, ...placement.data })) {
    if (node.data(key) === value) continue;
    changed[key] = value;
    any = true;
  }
  if (any) node.data(changed);
  const wanted = placement.classes.split(' ');
  const stale = PLACEMENT_CLASS_LIST.filter((c) => !wanted.includes(c) && node.hasClass(c));
  const missing = wanted.filter((c) => !node.hasClass(c));
  if (stale.length > 0) node.removeClass(stale.join(' '));
  if (missing.length > 0) node.addClass(missing.join(' '));
}
