import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { limitRedraws, pointerSurface, setScratch } from '../../../src/lib/map-redraw';

// The mechanism itself (the node layer left cached while hovering and dragging) needs the
// canvas renderer: tests/e2e/map-drag.test.ts checks it in Chromium. Here: without that
// renderer (headless cytoscape, as in exports and tests) it is a harmless no-op.
describe('limitRedraws without a canvas renderer', () => {
  it('only restyles, and undoes nothing', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }] });
    const redraws = limitRedraws(cy);
    const a = cy.getElementById('a');
    expect(() => {
      redraws.lift(a, () => a.addClass('hover'));
      expect(a.hasClass('hover')).toBe(true);
      a.position({ x: 5, y: 5 });
      redraws.lower(a, () => a.removeClass('hover'));
      redraws.release();
    }).not.toThrow();
    expect(a.hasClass('hover')).toBe(false);
    expect(a.position()).toEqual({ x: 5, y: 5 });
    expect(pointerSurface(cy)).toBeNull();
    cy.destroy();
  });
});

describe('setScratch', () => {
  it('stores view state on the map without restyling every element, as cy.scratch(key, value) does', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }] });
    let restyled = 0;
    cy.on('style', () => restyled++);
    cy.scratch('layout', { n: 1 });
    // cytoscape 3.34: every element is restyled (and redrawn) for one core scratch value.
    expect(restyled).toBe(2);
    restyled = 0;
    const layout = { n: 2 };
    setScratch(cy, 'layout', layout);
    expect(cy.scratch('layout')).toBe(layout);
    expect(restyled).toBe(0);
    setScratch(cy, 'layout', undefined);
    expect(cy.scratch('layout')).toBeUndefined();
    expect(restyled).toBe(0);
    cy.destroy();
  });
});
