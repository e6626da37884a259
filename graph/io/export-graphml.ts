// GraphML for Gephi, yEd, networkx, igraph: one node per contact (the ego optional), one
// undirected edge per tie; names, orbits and, when given, scores and communities as typed
// <key> attributes. Written by hand: graphology-graphml has no writer.
import type { Contact, Ego, Tie } from '../model';
import { escapeXml } from './xml-reader';

export interface GraphExportInput {
  ego?: Ego;
  contacts: Contact[];
  ties: Tie[];
  /** Tie-strength score (0-100) per contact id. */
  scores?: Record<string, number>;
  /** Community number per contact id. */
  communities?: Record<string, number>;
}

type AttrType = 'string' | 'double' | 'int';

export interface NodeAttribute {
  name: string;
  type: AttrType;
  value: (c: Contact) => string | number | null;
}

/** The node attributes both graph exporters write, in order. */
export function nodeAttributes(input: GraphExportInput): NodeAttribute[] {
  const list = (v: string[]) => (v.length ? v.join('; ') : null);
  const attrs: NodeAttribute[] = [
    { name: 'name', type: 'string', value: (c) => c.name },
    { name: 'orbit', type: 'string', value: (c) => c.orbit },
    { name: 'company', type: 'string', value: (c) => c.company || null },
    { name: 'position', type: 'string', value: (c) => c.position || null },
    { name: 'email', type: 'string', value: (c) => list(c.emails) },
    { name: 'phone', type: 'string', value: (c) => list(c.phones) },
    { name: 'profileUrl', type: 'string', value: (c) => c.profileUrl },
    { name: 'location', type: 'string', value: (c) => c.location || null },
    { name: 'tags', type: 'string', value: (c) => list(c.tags) },
    { name: 'contexts', type: 'string', value: (c) => list(c.contexts) },
    { name: 'connectedOn', type: 'string', value: (c) => c.connectedOn },
  ];
  if (input.scores) attrs.push({ name: 'score', type: 'double', value: (c) => input.scores![c.id] ?? null });
  if (input.communities) attrs.push({ name: 'community', type: 'int', value: (c) => input.communities![c.id] ?? null });
  return attrs;
}

export function exportGraphml(input: GraphExportInput): string {
  const attrs = nodeAttributes(input);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  attrs.forEach((a, i) => out.push(`  <key id="d${i}" for="node" attr.name="${a.name}" attr.type="${a.type}"/>`));
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  out.push('  <graph id="career-orbit" edgedefault="undirected">');
  for (const c of input.contacts) {
    out.push(`    <node id="${escapeXml(c.id)}">`);
    out.push(`      <data key="label">${escapeXml(c.name)}</data>`);
    attrs.forEach((a, i) => {
      const v = a.value(c);
      if (v !== null && v !== '') out.push(`      <data key="d${i}">${escapeXml(String(v))}</data>`);
    });
    out.push('    </node>');
  }
  for (const t of input.ties) {
    const w = t.weight === null ? '' : `<data key="weight">${t.weight}</data>`;
    out.push(`    <edge id="${escapeXml(t.id)}" source="${escapeXml(t.source)}" target="${escapeXml(t.target)}">${w}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
