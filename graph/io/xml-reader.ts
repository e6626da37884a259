// A small, strict XML reader for GraphML and GEXF: elements, attributes, text, CDATA, the five
// predefined entities and character references, each element with its 1-based line. No DTD
// processing and no custom entities (so no entity expansion or external fetches: XXE and
// "billion laughs" are refused by construction). Namespace prefixes are dropped from names.
import { InvalidInputError } from '../errors';

export interface XmlElement {
  name: string;
  /** Attributes by local name; a Map so keys like `__proto__` stay plain data. */
  attrs: Map<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const MAX_DEPTH = 256;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fail(line: number, message: string): never {
  throw new InvalidInputError(`xml: ${message} at line ${line}`, [{ line, message: `xml: ${message}` }]);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i >= 0 ? name.slice(i + 1) : name;
}

function decodeEntities(value: string, line: number): string {
  return value.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) fail(line, `bare '&' (write &amp;)`);
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        fail(line, `invalid character reference '&${ref};'`);
      }
      return String.fromCodePoint(code);
    }
    const v = Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref] : undefined;
    if (v === undefined) fail(line, `unknown entity '&${ref.slice(0, 12)};' (only the five XML entities are read)`);
    return v;
  });
}

const ATTR = /\s*([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Parse a whole document; throws InvalidInputError with the line of the first problem. */
export function readXml(text: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const advanceTo = (to: number) => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const need = (marker: string, what: string) => {
    const at = text.indexOf(marker, pos);
    if (at < 0) fail(line, `${what} is never closed (file truncated?)`);
    return at;
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(raw, line);
      else if (raw.trim()) fail(line, 'text outside the root element');
      advanceTo(textEnd);
    }
    if (lt < 0) break;
    if (text.startsWith('<?', pos)) {
      advanceTo(need('?>', 'processing instruction') + 2);
    } else if (text.startsWith('<!--', pos)) {
      advanceTo(need('-->', 'comment') + 3);
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = need(']]>', 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) fail(line, 'CDATA outside the root element');
      top.text += text.slice(pos + 9, end);
      advanceTo(end + 3);
    } else if (text.startsWith('<!', pos)) {
      // A DOCTYPE is skipped unread, internal subset included: entities it declares are not expanded.
      const bracket = text.indexOf('[', pos);
      const close = text.indexOf('>', pos);
      if (close < 0) fail(line, 'declaration is never closed');
      const end = bracket >= 0 && bracket < close ? need(']', 'DOCTYPE subset') : close;
      advanceTo(text.indexOf('>', end) < 0 ? fail(line, 'DOCTYPE is never closed') : text.indexOf('>', end) + 1);
    } else if (text.startsWith('</', pos)) {
      const end = need('>', 'closing tag');
      const name = localName(text.slice(pos + 2, end).trim());
      const top = stack.pop();
      if (!top || top.name !== name) fail(line, `closing tag </${name.slice(0, 40)}> does not match ${top ? `<${top.name}> opened at line ${top.line}` : 'any open element'}`);
      advanceTo(end + 1);
    } else {
      const startLine = line;
      const m = /^<([^\s/>]+)/.exec(text.slice(pos, pos + 256));
      if (!m) fail(line, "'<' that does not start a tag (write &lt;)");
      const el: XmlElement = { name: localName(m[1]), attrs: new Map(), children: [], text: '', line: startLine };
      let i = pos + m[0].length;
      ATTR.lastIndex = i;
      let a: RegExpExecArray | null;
      while ((a = ATTR.exec(text))) {
        const key = localName(a[1]);
        if (a[1] !== 'xmlns' && !a[1].startsWith('xmlns:')) el.attrs.set(key, decodeEntities(a[2] ?? a[3], line));
        i = ATTR.lastIndex;
      }
      const rest = /^\s*(\/?)>/.exec(text.slice(i, i + 64));
      if (!rest) fail(startLine, `malformed tag <${el.name.slice(0, 40)}>`);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) fail(startLine, 'more than one root element');
      else root = el;
      if (!rest[1]) {
        if (stack.length >= MAX_DEPTH) fail(startLine, `elements nested deeper than ${MAX_DEPTH}`);
        stack.push(el);
      }
      advanceTo(i + rest[0].length);
    }
  }
  if (stack.length > 0) fail(line, `<${stack[stack.length - 1].name}> opened at line ${stack[stack.length - 1].line} is never closed (file truncated?)`);
  if (!root) fail(1, 'no root element');
  return root;
}

/** Child elements with a given local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Text safe for XML 1.0 content and attribute values. */
export function escapeXml(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
