// GraphML (graphml.graphdrawing.org): <key> declarations give attribute names and defaults,
// nodes become contacts, edges ties. Read with the strict small XML reader in ./xml-reader
// (see README: graphology-graphml needs DOM globals in the browser and loses line numbers).
import { childrenNamed, firstChild, type XmlElement } from './xml-reader';
import { pushEdge, pushNode, readGraphDocument, tieWeight } from './graph-records';
import { addError, emptyImport, type ParsedImport } from './types';

interface Key {
  name: string;
  default?: string;
}

function dataOf(el: XmlElement, keys: Map<string, Key>, defaults: Map<string, string>): Map<string, string> {
  const out = new Map(defaults);
  for (const d of childrenNamed(el, 'data')) {
    const keyId = d.attrs.get('key') ?? '';
    out.set(keys.get(keyId)?.name ?? keyId, d.text.trim());
  }
  return out;
}

export function parseGraphml(text: string, now?: string): ParsedImport {
  const result = emptyImport('graphml');
  const doc = readGraphDocument(text, 'graphml', result);
  if (!doc) return result;
  const { root, graph } = doc;
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  const defaults = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const k of childrenNamed(root, 'key')) {
    const forWhat = k.attrs.get('for') ?? 'all';
    const id = k.attrs.get('id') ?? '';
    const key: Key = { name: k.attrs.get('attr.name') ?? id, default: firstChild(k, 'default')?.text.trim() };
    for (const what of ['node', 'edge'] as const) {
      if (forWhat !== what && forWhat !== 'all') continue;
      keys[what].set(id, key);
      if (key.default !== undefined) defaults[what].set(key.name, key.default);
    }
  }
  const nodes = new Set<string>();
  for (const n of childrenNamed(graph, 'node')) {
    const id = n.attrs.get('id');
    if (!id) {
      addError(result, n.line, 'graphml import: <node> without an id');
      continue;
    }
    if (nodes.has(id)) {
      addError(result, n.line, `graphml import: node id '${id.slice(0, 60)}' appears twice`);
      continue;
    }
    nodes.add(id);
    pushNode(result, n.line, id, dataOf(n, keys.node, defaults.node), 'graphml', now);
  }
  for (const e of childrenNamed(graph, 'edge')) {
    const data = dataOf(e, keys.edge, defaults.edge);
    pushEdge(result, e.line, nodes, e.attrs.get('source'), e.attrs.get('target'), tieWeight(data.get('weight')));
  }
  return result;
}
