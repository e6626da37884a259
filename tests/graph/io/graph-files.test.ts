import { describe, expect, it } from 'vitest';
import { detectFormat, parseGexf, parseGraphml, parseImport } from '../../../graph/io';
import { fixtureText } from './fixtures';

describe('parseGraphml', () => {
  it('reads a Gephi GraphML file: labels as names, declared keys as fields, edges as ties', () => {
    const r = parseGraphml(fixtureText('network.graphml'));
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => [c.key, c.contact.name, c.contact.company])).toEqual([
      ['0', 'Maya Okafor', 'Riverside Community Trust'],
      ['1', 'Grace Ito', 'Riverside Community Trust'],
      ['2', 'Tomás Lindqvist', 'Lindqvist, Berg & Partners'],
    ]);
    expect(r.ties.map((t) => [t.source, t.target, t.weight])).toEqual([
      ['0', '1', 1],
      ['1', '2', null],
    ]);
    expect(r.contacts[2].line).toBe(19);
  });

  it('reports an edge to a missing node and a truncated file with their lines', () => {
    const missing = fixtureText('network.graphml').replace('target="2"', 'target="9"');
    expect(parseGraphml(missing).errors).toEqual([expect.objectContaining({ line: 26 })]);
    const full = fixtureText('network.graphml');
    const cut = full.slice(0, full.indexOf('</node>') + 7);
    const r = parseGraphml(cut);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/never closed/);
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
<graphml><graph><node id="x"><data key="label">&b;</data></node></graph></graphml>`;
    const r = parseGraphml(bomb);
    expect(r.contacts).toHaveLength(0);
    expect(r.errors[0].message).toMatch(/unknown entity/);
  });
});

describe('parseGexf', () => {
  it('reads a Gephi GEXF file with attribute titles and edges', () => {
    const r = parseGexf(fixtureText('network.gexf'));
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.contact.name)).toEqual(['Maya Okafor', 'Grace Ito', 'Tomás Lindqvist']);
    expect(r.contacts[0].contact.company).toBe('Riverside Community Trust');
    expect(r.ties).toHaveLength(2);
    expect(r.contacts.every((c) => c.contact.orbit === 'outer')).toBe(true);
  });

  it('is detected from its root element', () => {
    expect(detectFormat(fixtureText('network.gexf'))).toBe('gexf');
    expect(detectFormat(fixtureText('network.graphml'))).toBe('graphml');
    expect(parseImport('<html><body>hi</body></html>').errors[0].message).toMatch(/cannot tell the file format/);
  });
});
