// GEXF 1.1-1.3 (gexf.net, Gephi's own format): <attributes class="node"> declare names,
// <node id label> with <attvalues>, <edge source target weight>. Read with ./xml-reader,
// which keeps line numbers and needs no DOM.
import { childrenNamed, firstChild } from './xml-reader';
import { pushEdge, pushNode, readGraphDocument, tieWeight } from './graph-records';
import { addError, emptyImport, type ParsedImport } from './types';

export function parseGexf(text: string, now?: string): ParsedImport {
  const result = emptyImport('gexf');
  const doc = readGraphDocument(text, 'gexf', result);
  if (!doc) return result;
  const { graph } = doc;
  const titles = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attrs.get('class') ?? 'node') !== 'node') continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = a.attrs.get('id') ?? '';
      const title = a.attrs.get('title') ?? id;
      titles.set(id, title);
      const def = firstChild(a, 'default');
      if (def) defaults.set(title, def.text.trim());
    }
  }
  const nodes = new Set<string>();
  for (const n of childrenNamed(graph, 'nodes').flatMap((b) => childrenNamed(b, 'node'))) {
    const id = n.attrs.get('id');
    if (!id) {
      addError(result, n.line, 'gexf import: <node> without an id');
      continue;
    }
    if (nodes.has(id)) {
      addError(result, n.line, `gexf import: node id '${id.slice(0, 60)}' appears twice`);
      continue;
    }
    nodes.add(id);
    const attrs = new Map(defaults);
    const label = n.attrs.get('label');
    if (label) attrs.set('label', label);
    for (const v of childrenNamed(n, 'attvalues').flatMap((b) => childrenNamed(b, 'attvalue'))) {
      const ref = v.attrs.get('for') ?? v.attrs.get('id') ?? '';
      attrs.set(titles.get(ref) ?? ref, v.attrs.get('value') ?? '');
    }
    // The app's own `name` attribute wins over a label Gephi may have rewritten.
    if (attrs.has('name')) attrs.delete('label');
    pushNode(result, n.line, id, attrs, 'gexf', now);
  }
  for (const e of childrenNamed(graph, 'edges').flatMap((b) => childrenNamed(b, 'edge'))) {
    pushEdge(result, e.line, nodes, e.attrs.get('source'), e.attrs.get('target'), tieWeight(e.attrs.get('weight')));
  }
  return result;
}
