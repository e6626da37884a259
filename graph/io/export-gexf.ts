// GEXF 1.3 for Gephi: node labels, declared node attributes (orbit, company, score, community
// when given), undirected weighted edges, and a colour per orbit (viz:color) so the file opens
// looking like the map. Written by hand so the same code runs in the browser and in Node.
import type { OrbitId } from '../model';
import { nodeAttributes, type GraphExportInput } from './export-graphml';
import { escapeXml } from './xml-reader';

// The map's own colours (src/lib/orbit-colors.ts: Okabe-Ito blue and orange, slate greys).
const ORBIT_COLOURS: Record<OrbitId, [number, number, number]> = {
  core: [0, 114, 178],
  tweener: [230, 159, 0],
  outer: [140, 150, 163],
  archived: [196, 201, 208],
};

export function exportGexf(input: GraphExportInput, date = new Date().toISOString().slice(0, 10)): string {
  const attrs = nodeAttributes(input);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${escapeXml(date)}"><creator>Career Orbit</creator></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
  ];
  attrs.forEach((a, i) => out.push(`      <attribute id="${i}" title="${a.name}" type="${a.type === 'int' ? 'integer' : a.type}"/>`));
  out.push('    </attributes>', '    <nodes>');
  for (const c of input.contacts) {
    const [r, g, b] = ORBIT_COLOURS[c.orbit] ?? ORBIT_COLOURS.outer;
    out.push(`      <node id="${escapeXml(c.id)}" label="${escapeXml(c.name)}">`, '        <attvalues>');
    attrs.forEach((a, i) => {
      const v = a.value(c);
      if (v !== null && v !== '') out.push(`          <attvalue for="${i}" value="${escapeXml(String(v))}"/>`);
    });
    out.push('        </attvalues>', `        <viz:color r="${r}" g="${g}" b="${b}"/>`, '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const t of input.ties) {
    const w = t.weight === null ? '' : ` weight="${t.weight}"`;
    out.push(`      <edge id="${escapeXml(t.id)}" source="${escapeXml(t.source)}" target="${escapeXml(t.target)}"${w}/>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
