import { describe, expect, it } from 'vitest';
import {
  csvCell,
  decodeText,
  exportCsv,
  exportGexf,
  exportGraphml,
  exportJson,
  parseGexf,
  parseGraphml,
  parseJsonBackup,
} from '../../../graph/io';
import { readXml } from '../../../graph/io/xml-reader';
import { createContact, createInteraction, createTie } from '../../../graph/model';

const NOW = '2026-01-01T00:00:00.000Z';
const ego = { id: 'ego' as const, name: 'Sam Rivera', headline: 'Service designer' };
const maya = createContact({ name: 'Maya <Okafor> & "Co"', orbit: 'core', tags: ['board'], notes: 'line\u0001one\nline two' }, NOW);
const grace = createContact({ name: '=cmd|/C calc', company: '@SUM(1)', orbit: 'tweener' }, NOW);
const tie = createTie({ source: maya.id, target: grace.id, weight: 0.5 }, NOW);
const call = createInteraction({ contactId: maya.id, date: '2025-03-14', kind: 'call', direction: 'given', note: 'budget' }, NOW);

describe('parseJsonBackup', () => {
  it('reads back exactly what exportJson wrote', () => {
    const text = exportJson({ ego, contacts: [maya, grace], ties: [tie], interactions: [call] }, NOW);
    const r = parseJsonBackup(text);
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.contact)).toEqual([maya, grace]);
    expect(r.contacts.every((c) => c.keepId)).toBe(true);
    expect(r.ties[0]).toMatchObject({ id: tie.id, source: tie.source, target: tie.target, weight: 0.5, createdAt: NOW });
    expect(r.interactions[0]).toMatchObject({ id: call.id, contactKey: maya.id, kind: 'call', direction: 'given' });
    expect(r.ego).toEqual({ name: 'Sam Rivera', headline: 'Service designer' });
  });

  it('points at the line of a bad record', () => {
    const text = exportJson({ ego, contacts: [maya, { ...grace, orbit: 'sun' as never }], ties: [], interactions: [] }, NOW);
    const r = parseJsonBackup(text);
    expect(r.errors).toHaveLength(1);
    expect(text.split('\n')[r.errors[0].line - 1]).toContain(`"id": "${grace.id}"`);
  });

  it('reports syntax errors with a line and refuses other JSON', () => {
    expect(parseJsonBackup('{\n  "format": "career-orbit-backup",\n  oops\n}').errors[0].line).toBe(3);
    expect(parseJsonBackup('{"contacts": []}').errors[0].message).toMatch(/not a Career Orbit backup/);
    expect(parseJsonBackup('{"format":"career-orbit-backup","version":99,"contacts":[],"ties":[],"interactions":[]}').errors[0].message).toMatch(/version 99/);
  });

  it('treats __proto__ keys as data and pollutes nothing', () => {
    const text = '{"format":"career-orbit-backup","version":1,"__proto__":{"polluted":1},"contacts":[{"id":"x","name":"__proto__","__proto__":{"orbit":"core"}}],"ties":[],"interactions":[]}';
    const r = parseJsonBackup(text);
    expect(r.errors).toEqual([]);
    expect(r.contacts[0].contact).toMatchObject({ name: '__proto__', orbit: 'outer' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('graph exporters', () => {
  const input = { ego, contacts: [maya, grace], ties: [tie], scores: { [maya.id]: 72.5 }, communities: { [maya.id]: 0, [grace.id]: 1 } };

  it('write well-formed GraphML that reads back with names, orbits, scores and communities', () => {
    const xml = exportGraphml(input);
    expect(() => readXml(xml)).not.toThrow();
    expect(xml).toContain('attr.name="score" attr.type="double"');
    const r = parseGraphml(xml);
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => [c.contact.name, c.contact.orbit])).toEqual([
      ['Maya <Okafor> & "Co"', 'core'],
      ['=cmd|/C calc', 'tweener'],
    ]);
    expect(r.contacts[0].contact.notes).toBe('');
    expect(r.ties).toHaveLength(1);
  });

  it('write GEXF 1.3 with declared attributes and orbit colours, stripping control characters', () => {
    const xml = exportGexf({ ...input, contacts: [{ ...maya, name: 'Maya\u0001 Okafor' }, grace] }, '2026-01-01');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('title="community" type="integer"');
    expect(xml).toContain('<viz:color r="0" g="114" b="178"/>');
    expect(xml).not.toContain('\u0001');
    const r = parseGexf(xml);
    expect(r.errors).toEqual([]);
    expect(r.contacts[0].contact.name).toBe('Maya Okafor');
    expect(r.contacts[1].contact.company).toBe('@SUM(1)');
  });
});

describe('exportCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    const csv = exportCsv([maya, grace]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('id,name,company,position,emails,phones,profileUrl,location,tags,notes,sources,connectedOn,contexts,orbit,wouldTakeMyCall');
    expect(csv).toContain("'=cmd|/C calc");
    expect(csv).toContain("'@SUM(1)");
  });
});

describe('decodeText', () => {
  it('strips byte-order marks and falls back to windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x52, 0x65, 0x6e, 0xe9, 0x65]))).toEqual({ text: 'Renée', encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode('Renée')).encoding).toBe('utf-8');
  });
});
