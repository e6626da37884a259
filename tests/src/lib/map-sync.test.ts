import { describe, expect, it } from 'vitest';
import { orbitLayout, placeMoves, snapToOrbit } from '../../../graph/layout';
import { createContact, type OrbitId } from '../../../graph/model';
import { targetPosition, type Pin } from '../../../src/lib/map-sync';

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
