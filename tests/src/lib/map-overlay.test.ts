import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyOverlay, EMPTY_OVERLAY, mutualOf, tieKey, type MapOverlay } from '../../../src/lib/map-overlay';
import { mapStyle } from '../../../src/lib/map-style';

function map() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: mapStyle(16),
    elements: [
      { group: 'nodes', data: { id: 'ego', label: 'Me' }, position: { x: 0, y: 0 }, classes: 'ego' },
      ...['a', 'b', 'c', 'd'].map((id, i) => ({ group: 'nodes' as const, data: { id, label: id }, position: { x: 50 * i, y: 40 }, classes: 'contact outer' })),
      { group: 'edges', data: { id: 'tie:1', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'tie:2', source: 'c', target: 'b' } },
      { group: 'edges', data: { id: 'tie:3', source: 'c', target: 'd' } },
    ],
  });
}

const overlay = (patch: Partial<MapOverlay>): MapOverlay => ({ ...EMPTY_OVERLAY, ...patch });
const ids = (cy: cytoscape.Core, selector: string) => cy.$(selector).map((e) => e.id()).sort();

describe('map overlay', () => {
  it('keys a tie the same way in both directions', () => {
    expect(tieKey('b', 'a')).toBe('a|b');
    expect(tieKey('a', 'b')).toBe('a|b');
  });

  it('finds the contacts tied to a selected contact', () => {
    const ties = [
      { source: 'a', target: 'b' },
      { source: 'c', target: 'b' },
      { source: 'c', target: 'd' },
    ];
    expect([...mutualOf('b', ties)].sort()).toEqual(['a', 'c']);
    expect(mutualOf(null, ties).size).toBe(0);
  });

  it('sizes and colours contacts by style bypass and takes both back when cleared', () => {
    const cy = map();
    applyOverlay(cy, overlay({ sizes: { a: 30 }, colors: { a: '#ff0000' } }));
    expect(cy.getElementById('a').numericStyle('width')).toBe(30);
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(255,0,0)');
    expect(cy.getElementById('b').numericStyle('width')).toBe(16);
    applyOverlay(cy, EMPTY_OVERLAY);
    expect(cy.getElementById('a').numericStyle('width')).toBe(16);
    expect(cy.getElementById('a').style('background-color')).not.toBe('rgb(255,0,0)');
  });

  it('marks weak contacts and bridges and dims the rest in the weak-ties view', () => {
    const cy = map();
    applyOverlay(cy, overlay({ weak: { contacts: new Set(['d']), ties: new Set(['b|c']) } }));
    expect(ids(cy, '.ov-weak')).toEqual(['d']);
    expect(ids(cy, 'edge.ov-bridge')).toEqual(['tie:2']);
    expect(ids(cy, 'node.ov-dim')).toEqual(['a', 'b', 'c']);
    expect(ids(cy, 'edge.ov-dim')).toEqual(['tie:1', 'tie:3']);
  });

  it('lights a path over the weak-ties view and leaves the data untouched', () => {
    const cy = map();
    const before = cy.elements().map((e) => JSON.stringify(e.data()));
    applyOverlay(cy, overlay({ weak: { contacts: new Set(['d']), ties: new Set() }, path: { contacts: new Set(['c', 'd']), ties: new Set(['c|d']) } }));
    expect(ids(cy, 'node.ov-path')).toEqual(['c', 'd']);
    expect(ids(cy, 'edge.ov-path')).toEqual(['tie:3']);
    expect(ids(cy, '.ov-weak')).toEqual([]);
    expect(cy.elements().map((e) => JSON.stringify(e.data()))).toEqual(before);
  });

  it('marks mutual ties without dimming anything', () => {
    const cy = map();
    applyOverlay(cy, overlay({ mutual: new Set(['a', 'c']) }));
    expect(ids(cy, '.ov-mutual')).toEqual(['a', 'c']);
    expect(cy.$('.ov-dim').length).toBe(0);
  });
});
