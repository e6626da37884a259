import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { readXml } from '../../../graph/io/xml-reader';
import { initials, renderMapSvg } from '../../../src/lib/export-svg';
import { mapStyle } from '../../../src/lib/map-style';

function map() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: mapStyle(16),
    elements: [
      { group: 'nodes', data: { id: 'ring:core', size: 200 }, position: { x: 0, y: 0 }, classes: 'ring core' },
      { group: 'nodes', data: { id: 'ring-label:core', label: 'Core' }, position: { x: 0, y: -100 }, classes: 'ring-label core' },
      { group: 'nodes', data: { id: 'ego', label: 'Sam Rivera' }, position: { x: 0, y: 0 }, classes: 'ego' },
      { group: 'nodes', data: { id: 'a', label: '<i>A&B', rot: 0, mx: 0, my: 0 }, position: { x: 100, y: 0 }, classes: 'contact core' },
      { group: 'nodes', data: { id: 'b', label: 'Grace Ito', rot: 0.5, mx: 2, my: 1 }, position: { x: -100, y: 0 }, classes: 'contact outer radial-right' },
      { group: 'edges', data: { id: 'tie:1', source: 'a', target: 'b' } },
    ],
  });
}

describe('renderMapSvg', () => {
  it('writes well-formed SVG with rings, nodes, ties, escaped names and a legend', () => {
    const svg = renderMapSvg(map(), { area: 'all', names: 'full', title: 'My orbit', legend: [{ label: 'Core', color: '#0072b2', count: 1 }] });
    expect(() => readXml(svg)).not.toThrow();
    expect(svg).toContain('&lt;i&gt;A&amp;B');
    expect(svg).toContain('stroke-dasharray');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('Core (1)');
    expect(svg).toContain('rotate(');
  });

  it('shows initials or no names for people but keeps the orbit names', () => {
    const withInitials = renderMapSvg(map(), { area: 'all', names: 'initials' });
    expect(withInitials).toContain('>GI</text>');
    expect(withInitials).not.toContain('Grace');
    const anonymous = renderMapSvg(map(), { area: 'all', names: 'none' });
    expect(anonymous).not.toMatch(/A&amp;B|Grace|Sam|>SR</);
    expect(anonymous).toContain('>CORE</text>');
  });
});

describe('initials', () => {
  it('takes the first and last capitalised words', () => {
    expect(initials('Maya Okafor')).toBe('MO');
    expect(initials('Tomás de la Vega')).toBe('TV');
    expect(initials('prince')).toBe('P');
    expect(initials('')).toBe('');
  });
});
