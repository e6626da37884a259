// Node and edge attributes of graph files (GraphML, GEXF) to contacts and ties. Attribute
// names are matched loosely (Gephi writes `label`, the app writes `name`, `orbit`, ...).
import { CONTEXTS, ORBIT_IDS, type ContactInput, type ContextId, type OrbitId } from '../model';
import { pushContact } from './build';
import { InvalidInputError } from '../errors';
import { addError, type ParsedImport } from './types';
import { firstChild, readXml, type XmlElement } from './xml-reader';
import { parseDate, splitList } from './text';

const FIELD_OF: Record<string, keyof ContactInput> = {
  label: 'name', name: 'name', fullname: 'name', 'full name': 'name',
  company: 'company', organization: 'company', organisation: 'company',
  position: 'position', title: 'position', job: 'position', jobtitle: 'position',
  email: 'emails', emails: 'emails', phone: 'phones', phones: 'phones',
  profileurl: 'profileUrl', url: 'profileUrl', linkedin: 'profileUrl',
  location: 'location', tags: 'tags', notes: 'notes', note: 'notes',
  connectedon: 'connectedOn', contexts: 'contexts', orbit: 'orbit',
};

/** Add one node as a contact; `attrs` maps attribute names to their text. */
export function pushNode(
  result: ParsedImport,
  line: number,
  id: string,
  attrs: Map<string, string>,
  source: 'graphml' | 'gexf',
  now?: string,
): void {
  const input: ContactInput = { name: '', sources: [source] };
  const rec = input as unknown as Record<string, unknown>;
  for (const [rawKey, value] of attrs) {
    const field = Object.hasOwn(FIELD_OF, rawKey.toLowerCase()) ? FIELD_OF[rawKey.toLowerCase()] : undefined;
    if (!field || !value.trim() || (field === 'name' && input.name)) continue;
    if (field === 'emails' || field === 'phones' || field === 'tags') rec[field] = splitList(value, /[;\n]/);
    else if (field === 'contexts') {
      rec[field] = splitList(value, /[;,\n]/).filter((c): c is ContextId => (CONTEXTS as readonly string[]).includes(c));
    } else if (field === 'orbit') {
      if ((ORBIT_IDS as readonly string[]).includes(value.trim())) input.orbit = value.trim() as OrbitId;
    } else if (field === 'connectedOn') input.connectedOn = parseDate(value);
    else rec[field] = value;
  }
  if (!input.name) input.name = id;
  pushContact(result, line, id, input, now);
}

/** A tie weight in (0, 1] when the file has one that fits; graph weights outside it are dropped. */
export function tieWeight(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const w = Number(raw);
  return Number.isFinite(w) && w > 0 && w <= 1 ? w : null;
}

/** Add one edge as a tie between two node ids that must exist in the same file. */
export function pushEdge(result: ParsedImport, line: number, nodes: Set<string>, source: string | undefined, target: string | undefined, weight: number | null): void {
  if (!source || !target) {
    addError(result, line, 'edge needs both a source and a target');
    return;
  }
  for (const end of [source, target]) {
    if (!nodes.has(end)) {
      addError(result, line, `edge points at node '${end.slice(0, 60)}', which is not in the file`);
      return;
    }
  }
  if (source === target) {
    result.skipped++;
    return;
  }
  result.ties.push({ line, source, target, weight });
}

/** A graph file's root element and its <graph>, or null with the problem recorded on `result`. */
export function readGraphDocument(
  text: string,
  rootName: 'gexf' | 'graphml',
  result: ParsedImport,
): { root: XmlElement; graph: XmlElement } | null {
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
    addError(result, err.details[0]?.line ?? 1, err.details[0]?.message ?? err.message);
    return null;
  }
  if (root.name !== rootName) {
    addError(result, root.line, `${rootName} import: the root element is <${root.name.slice(0, 40)}>, expected <${rootName}>`);
    return null;
  }
  const graph = firstChild(root, 'graph');
  if (!graph) {
    addError(result, root.line, `${rootName} import: no <graph> element`);
    return null;
  }
  return { root, graph };
}
