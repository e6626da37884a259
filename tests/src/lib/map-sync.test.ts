import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { orbitLayout, placeMoves, prepareMoves, snapToOrbit } from '../../../graph/layout';
import { createContact, type Ego, type OrbitId } from '../../../graph/model';
import { syntheticNetwork } from '../../../graph/sample';
import { prepareSync, syncMap, targetPosition, type MapData, type Pin } from '../../../src/lib/map-sync';

const contacts = Array.from({ length: 40 }, (_, i) => createContact({ name: `Contact ${i}`, orbit: (['core', 'tweener', 'outer'] as OrbitId[])[i % 3] }));
const layout = orbitLayout(contacts, []);

describe('targetPosition', () => {
  it('keeps a contact dropped within its ring at the angle it was dropped', () => {
    const c = contacts[1];
    const point = { x: 0, y: 300 };
    const pins = new Map<string, Pin>([[c.id, { orbit: c.orbit, point }]]);
    expect(targetPosition(c, layout, pins)).toEqual(snapToOrbit(layout, c.orbit, point));
    expect(pins.has(c.id)).toBe(true);
  });

  it('holds a contact dropped on another ring at the drop until the layout has it there, then takes the layout place', () => {
    const c = contacts[2];
    expect(c.orbit).toBe('outer');
    const tweener = layout.rings[1];
    const point = { x: tweener.bands[0], y: 0 };
    const pins = new Map<string, Pin>([[c.id, { orbit: 'tweener', point, move: true }]]);
    const moved = { ...c, orbit: 'tweener' as OrbitId };
    // The save is in, the layout not yet (the worker is still at it): the drop holds.
    expect(targetPosition(moved, layout, pins)).toEqual(snapToOrbit(layout, 'tweener', point));
    expect(pins.has(c.id)).toBe(true);
    // The layout placed it on the tweener ring: its place there, and the pin is done.
    const placed = placeMoves(layout, [{ id: c.id, to: 'tweener', near: point }])!;
    expect(targetPosition(moved, placed, pins)).toEqual(placed.positions[c.id]);
    expect(pins.has(c.id)).toBe(false);
  });

  it('drops a pin for another orbit than the contact is in (a failed or undone move)', () => {
    const c = contacts[0];
    const pins = new Map<string, Pin>([[c.id, { orbit: 'outer', point: { x: 1, y: 1 }, move: true }]]);
    expect(targetPosition(c, layout, pins)).toEqual(layout.positions[c.id]);
    expect(pins.has(c.id)).toBe(false);
  });
});

describe('syncMap', () => {
  const net = syntheticNetwork({ contacts: 300, seed: 3 });
  const onMap = net.contacts.filter((c) => c.orbit !== 'archived');
  const shape = (cy: Core) =>
    cy
      .elements()
      .map((e) => ({ id: e.id(), data: e.data(), classes: [...e.classes()].sort(), position: e.isNode() ? e.position() : null }))
      .sort((a, b) => a.id.localeCompare(b.id));
  const ego: Ego = { id: 'ego', name: 'Me', headline: '' };
  const fresh = (data: MapData) => {
    const cy = cytoscape({ headless: true });
    syncMap(cy, data, new Map(), false);
    return cy;
  };

  it('after a move placed on the same layout, updates just what changed and ends as a full sync would', () => {
    const cy = cytoscape({ headless: true });
    const layout = orbitLayout(onMap, net.ties);
    syncMap(cy, { ego, contacts: onMap, ties: net.ties, layout }, new Map(), false);
    const mover = onMap.find((c) => c.orbit === 'outer')!;
    const moved = placeMoves(layout, [{ id: mover.id, to: 'core' }], { inPlace: true })!;
    const contacts = onMap.map((c) => (c.id === mover.id ? { ...c, orbit: 'core' as OrbitId } : c));
    const data = { ego, contacts, ties: net.ties, layout: moved };
    syncMap(cy, data, new Map(), false);
    // The partial sync kept its index of the contacts (a full one drops it).
    expect((cy.scratch('orbitSynced') as { index: unknown }).index).not.toBeNull();
    expect(shape(cy)).toEqual(shape(fresh(data)));
    expect(cy.getElementById(mover.id).data('orbit')).toBe('core');
  });

  it('prepares the partial sync ahead (prepareSync) and places moves the same on a layout prepared for them (prepareMoves)', () => {
    const cy = cytoscape({ headless: true });
    const layout = orbitLayout(onMap, net.ties);
    syncMap(cy, { ego, contacts: onMap, ties: net.ties, layout }, new Map(), false);
    expect((cy.scratch('orbitSynced') as { index: unknown }).index).toBeNull();
    prepareSync(cy);
    expect((cy.scratch('orbitSynced') as { index: Map<string, number> }).index.size).toBe(onMap.length);
    prepareMoves(layout);
    const mover = onMap.find((c) => c.orbit === 'tweener')!;
    const moved = placeMoves(layout, [{ id: mover.id, to: 'outer' }], { inPlace: true })!;
    expect(moved.positions).toEqual(placeMoves(orbitLayout(onMap, net.ties), [{ id: mover.id, to: 'outer' }])!.positions);
    const contacts = onMap.map((c) => (c.id === mover.id ? { ...c, orbit: 'outer' as OrbitId } : c));
    const data = { ego, contacts, ties: net.ties, layout: moved };
    syncMap(cy, data, new Map(), false);
    expect(shape(cy)).toEqual(shape(fresh(data)));
  });

  it('falls back to a full sync when the contacts are not the same (one added)', () => {
    const cy = cytoscape({ headless: true });
    syncMap(cy, { ego, contacts: onMap, ties: net.ties, layout: orbitLayout(onMap, net.ties) }, new Map(), false);
    const more = [...onMap, createContact({ name: 'Newcomer' })];
    const data = { ego, contacts: more, ties: net.ties, layout: orbitLayout(more, net.ties) };
    syncMap(cy, data, new Map(), false);
    expect((cy.scratch('orbitSynced') as { index: unknown }).index).toBeNull();
    expect(shape(cy)).toEqual(shape(fresh(data)));
  });
});
