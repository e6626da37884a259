import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyExploreClasses, arrowTarget, ringPlace } from '../../../src/lib/map-explorer';

// Two core contacts (top and right), three outer ones (top, right, bottom), one tie.
function map(): Core {
  const node = (id: string, orbit: string, x: number, y: number) => ({ group: 'nodes' as const, data: { id, orbit }, classes: 'contact', position: { x, y } });
  return cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      node('c-top', 'core', 0, -100),
      node('c-right', 'core', 100, 0),
      node('o-top', 'outer', 0, -300),
      node('o-right', 'outer', 300, 10),
      node('o-bottom', 'outer', 0, 300),
      { group: 'edges', data: { id: 't', source: 'c-top', target: 'o-top' } },
    ],
  });
}

describe('arrowTarget', () => {
  it('starts on the innermost ring when nothing has the keyboard yet', () => {
    expect(arrowTarget(map(), null, 'ArrowRight')).toBe('c-top');
  });

  it('goes clockwise with right, counter-clockwise with left, wrapping around the ring', () => {
    const cy = map();
    expect(arrowTarget(cy, 'o-top', 'ArrowRight')).toBe('o-right');
    expect(arrowTarget(cy, 'o-right', 'ArrowRight')).toBe('o-bottom');
    expect(arrowTarget(cy, 'o-bottom', 'ArrowRight')).toBe('o-top');
    expect(arrowTarget(cy, 'o-top', 'ArrowLeft')).toBe('o-bottom');
  });

  it('goes outwards with down and inwards with up, to the nearest angle, skipping empty rings', () => {
    const cy = map();
    expect(arrowTarget(cy, 'c-right', 'ArrowDown')).toBe('o-right');
    expect(arrowTarget(cy, 'o-top', 'ArrowUp')).toBe('c-top');
    expect(arrowTarget(cy, 'c-top', 'ArrowUp')).toBe('c-top');
  });

  it('tells where a contact sits on its ring', () => {
    expect(ringPlace(map(), 'o-bottom')).toEqual({ index: 3, size: 3 });
  });
});

describe('applyExploreClasses', () => {
  it('fades contacts outside the filter and their ties, and clears the classes again', () => {
    const cy = map();
    applyExploreClasses(cy, { matching: new Set(['c-top', 'c-right']), focus: null, focusRoot: null, cursor: 'c-top', changed: null });
    expect(cy.nodes('.explore-out').map((n) => n.id()).sort()).toEqual(['o-bottom', 'o-right', 'o-top']);
    expect(cy.getElementById('t').hasClass('explore-out')).toBe(true);
    expect(cy.getElementById('c-top').hasClass('kbd-cursor')).toBe(true);
    applyExploreClasses(cy, { matching: null, focus: new Map([['c-top', 0], ['o-top', 1]]), focusRoot: 'c-top', changed: null, cursor: null });
    expect(cy.nodes('.explore-out').length).toBe(0);
    expect(cy.nodes('.focus-out').map((n) => n.id()).sort()).toEqual(['c-right', 'o-bottom', 'o-right']);
    expect(cy.getElementById('t').hasClass('focus-out')).toBe(false);
    expect(cy.nodes('.kbd-cursor').length).toBe(0);
  });
});
