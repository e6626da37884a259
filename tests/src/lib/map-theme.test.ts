import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyExploreClasses } from '../../../src/lib/map-explorer';
import { applyOverlay, EMPTY_OVERLAY } from '../../../src/lib/map-overlay';
import { mapStyle } from '../../../src/lib/map-style';
import { drawnIn, mapPaletteName, themeMap } from '../../../src/lib/map-theme';
import { DARK_PALETTE, hexRgb, LIGHT_PALETTE } from '../../../src/lib/palette';

const rgb = (hex: string) => `rgb(${hexRgb(hex).join(',')})`;

function map(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: mapStyle(16),
    elements: [
      { group: 'nodes', data: { id: 'ego', label: 'Me' }, position: { x: 0, y: 0 }, classes: 'ego' },
      { group: 'nodes', data: { id: 'a', label: 'A', orbit: 'core', maxw: 60 }, position: { x: 40, y: 0 }, classes: 'contact core' },
      { group: 'nodes', data: { id: 'b', label: 'B', orbit: 'outer', maxw: 60 }, position: { x: 80, y: 0 }, classes: 'contact outer' },
      { group: 'nodes', data: { id: 'ring:core', label: 'Core', size: 80, fontSize: 12 }, position: { x: 0, y: 0 }, classes: 'ring-label core' },
      { group: 'edges', data: { id: 'tie:1', source: 'a', target: 'b' } },
    ],
  });
}

describe('themeMap', () => {
  it('redraws contacts, labels, the ego and ties in the dark palette and back', () => {
    const cy = map();
    expect(mapPaletteName(cy)).toBe('light');
    themeMap(cy, 16, DARK_PALETTE);
    expect(mapPaletteName(cy)).toBe('dark');
    expect(cy.getElementById('a').style('background-color')).toBe(rgb(DARK_PALETTE.orbits.core));
    expect(cy.getElementById('a').style('color')).toBe(rgb(DARK_PALETTE.ink));
    expect(cy.getElementById('a').style('text-background-color')).toBe(rgb(DARK_PALETTE.background));
    expect(cy.getElementById('ego').style('background-color')).toBe(rgb(DARK_PALETTE.ego));
    expect(cy.getElementById('ring:core').style('color')).toBe(rgb(DARK_PALETTE.ringLabels.core));
    expect(cy.getElementById('tie:1').style('line-color')).toBe(rgb(DARK_PALETTE.edge));
    themeMap(cy, 16, LIGHT_PALETTE);
    expect(cy.getElementById('a').style('background-color')).toBe(rgb(LIGHT_PALETTE.orbits.core));
  });

  it('keeps the explore and overlay marks styled, in the new palette', () => {
    const cy = map();
    applyExploreClasses(cy, { matching: null, focus: null, focusRoot: null, cursor: null, changed: new Set(['a']) });
    applyOverlay(cy, { ...EMPTY_OVERLAY, weak: { contacts: new Set(['b']), ties: new Set() } });
    themeMap(cy, 16, DARK_PALETTE);
    expect(cy.getElementById('a').style('border-color')).toBe(rgb(DARK_PALETTE.changed));
    expect(cy.getElementById('b').style('border-color')).toBe(rgb(DARK_PALETTE.weak));
  });

  it('leaves the overlay’s own colours and sizes (style bypasses) in place', () => {
    const cy = map();
    applyOverlay(cy, { ...EMPTY_OVERLAY, sizes: { a: 30 }, colors: { a: '#ff0000' } });
    themeMap(cy, 16, DARK_PALETTE);
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(255,0,0)');
    expect(cy.getElementById('a').numericStyle('width')).toBe(30);
    expect(cy.getElementById('b').style('background-color')).toBe(rgb(DARK_PALETTE.orbits.outer));
  });
});

describe('drawnIn', () => {
  it('draws a dark map in the light palette and its light overlay, then puts the dark look back', () => {
    const cy = map();
    const dark = { nodeSize: 16, palette: DARK_PALETTE, overlay: { ...EMPTY_OVERLAY, colors: { a: '#222222' } } };
    const light = { nodeSize: 16, palette: LIGHT_PALETTE, overlay: { ...EMPTY_OVERLAY, colors: { a: '#dddddd' } } };
    themeMap(cy, 16, DARK_PALETTE);
    applyOverlay(cy, dark.overlay);
    const seen = drawnIn(cy, light, dark, () => [cy.getElementById('a').style('background-color'), cy.getElementById('b').style('color')]);
    expect(seen).toEqual(['rgb(221,221,221)', rgb(LIGHT_PALETTE.ink)]);
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(34,34,34)');
    expect(cy.getElementById('b').style('color')).toBe(rgb(DARK_PALETTE.ink));
  });

  it('just draws when the map is already in that palette', () => {
    const cy = map();
    const look = { nodeSize: 16, palette: LIGHT_PALETTE, overlay: EMPTY_OVERLAY };
    expect(drawnIn(cy, look, look, () => mapPaletteName(cy))).toBe('light');
  });
});
