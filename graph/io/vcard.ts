// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): unfolding, 2.1 quoted-printable with CHARSET,
// escaped `\,` `\;` `\n`, group prefixes (`item1.EMAIL`), several EMAIL/TEL per card.
// Hand-written: no maintained vCard parser covers 2.1 quoted-printable and runs in the browser.
import type { ContextId } from '../model';
import { normalizeProfileUrl } from '../model';
import { pushContact } from './build';
import { addError, emptyImport, type ParsedImport } from './types';
import { joinName } from './text';

interface Property {
  line: number;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

const RELATED_CONTEXTS: Record<string, ContextId> = {
  'co-worker': 'worked-together',
  colleague: 'colleague',
  met: 'met-in-person',
  acquaintance: 'online-only',
};

/** Split on a separator that is not escaped with a backslash. */
function splitUnescaped(value: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) {
      cur += c + value[i + 1];
      i++;
    } else if (c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function unescape(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '=' && (value[i + 1] === '\n' || i === value.length - 1)) {
      i += 1;
    } else {
      const code = c.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else bytes.push(...new TextEncoder().encode(c));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

function parseParams(raw: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const key = k.toUpperCase();
    if (!params.has(key)) params.set(key, []);
    params.get(key)!.push(...v.split(',').map((s) => s.replace(/^"|"$/g, '').toLowerCase()));
  };
  for (const p of raw) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      // vCard 2.1 bare parameters: `;WORK;QUOTED-PRINTABLE`
      const bare = p.toUpperCase();
      if (bare === 'QUOTED-PRINTABLE' || bare === 'BASE64' || bare === '8BIT') add('ENCODING', bare);
      else add('TYPE', p);
    } else add(p.slice(0, eq), p.slice(eq + 1));
  }
  return params;
}

/** Split one logical line into name, parameters and value; null when it has no colon. */
function parseLine(text: string, line: number): Property | null {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (text[i] === ':' && !inQuotes) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const head = text.slice(0, colon).split(';');
  const name = head[0].replace(/^[^.]*\./, '').trim().toUpperCase();
  return { line, name, params: parseParams(head.slice(1)), value: text.slice(colon + 1) };
}

/** Physical lines to logical lines (RFC 6350 folding, plus 2.1 quoted-printable soft breaks). */
function unfold(text: string): { text: string; line: number }[] {
  const physical = text.split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const l = physical[i];
    const prev = out[out.length - 1];
    if (prev && /^[ \t]/.test(l)) {
      prev.text += l.slice(1);
    } else if (prev && /QUOTED-PRINTABLE/i.test(prev.text.split(':')[0]) && prev.text.endsWith('=')) {
      prev.text = prev.text.slice(0, -1) + l;
    } else {
      out.push({ text: l, line: i + 1 });
    }
  }
  return out;
}

function valueOf(p: Property): string {
  const enc = (p.params.get('ENCODING') ?? []).map((e) => e.toUpperCase());
  if (enc.includes('QUOTED-PRINTABLE')) return decodeQuotedPrintable(p.value, p.params.get('CHARSET')?.[0] ?? 'utf-8');
  return p.value;
}

function cardToContact(result: ParsedImport, start: number, props: Property[], now?: string): void {
  const first = (n: string) => props.find((p) => p.name === n);
  const all = (n: string) => props.filter((p) => p.name === n);
  const fn = first('FN');
  const n = first('N');
  const org = first('ORG');
  let name = fn ? unescape(valueOf(fn)) : '';
  if (!name && n) {
    const [family, given, additional, , suffix] = splitUnescaped(valueOf(n), ';').map(unescape);
    name = joinName(given, additional, family, suffix);
  }
  const company = org ? unescape(splitUnescaped(valueOf(org), ';')[0] ?? '') : '';
  const emails = all('EMAIL').map((p) => unescape(valueOf(p)).replace(/^mailto:/i, '')).filter(Boolean);
  if (!name) name = company || emails[0] || '';
  if (!name) {
    addError(result, start, 'vcard import: card has no name (FN, N, ORG or EMAIL)');
    return;
  }
  const urls = [...all('URL'), ...all('X-SOCIALPROFILE')]
    .map((p) => normalizeProfileUrl(unescape(valueOf(p))))
    .filter((u): u is string => !!u);
  const adr = first('ADR');
  const location = adr
    ? (([, , , locality, region, , country]) => [locality, region, country].map((s) => unescape(s ?? '')).filter(Boolean).join(', '))(
        splitUnescaped(valueOf(adr), ';'),
      )
    : '';
  const contexts = new Set<ContextId>();
  for (const r of all('RELATED')) {
    for (const t of r.params.get('TYPE') ?? []) if (Object.hasOwn(RELATED_CONTEXTS, t)) contexts.add(RELATED_CONTEXTS[t]);
  }
  const title = first('TITLE');
  const note = all('NOTE').map((p) => unescape(valueOf(p))).filter(Boolean).join('\n\n');
  const uid = first('UID');
  pushContact(
    result,
    start,
    uid ? `uid:${unescape(valueOf(uid))}#${start}` : `card:${start}`,
    {
      name,
      company,
      position: title ? unescape(valueOf(title)) : '',
      emails,
      phones: all('TEL').map((p) => unescape(valueOf(p)).replace(/^tel:/i, '')).filter(Boolean),
      profileUrl: urls.find((u) => u.startsWith('https://linkedin.com/')) ?? urls[0] ?? null,
      location,
      tags: all('CATEGORIES').flatMap((p) => splitUnescaped(valueOf(p), ',').map(unescape)).filter(Boolean),
      notes: note,
      contexts: [...contexts],
      sources: ['vcard'],
    },
    now,
  );
}

export function parseVCard(text: string, now?: string): ParsedImport {
  const result = emptyImport('vcard');
  let card: Property[] | null = null;
  let start = 0;
  for (const l of unfold(text)) {
    if (!l.text.trim()) continue;
    const p = parseLine(l.text, l.line);
    if (!p) {
      addError(result, l.line, `vcard import: expected 'NAME:value', got '${l.text.slice(0, 40)}'`);
      continue;
    }
    if (p.name === 'BEGIN' && p.value.trim().toUpperCase() === 'VCARD') {
      if (card) addError(result, start, 'vcard import: card is not closed with END:VCARD before the next BEGIN:VCARD');
      card = [];
      start = l.line;
    } else if (p.name === 'END' && p.value.trim().toUpperCase() === 'VCARD') {
      if (!card) addError(result, l.line, 'vcard import: END:VCARD without BEGIN:VCARD');
      else cardToContact(result, start, card, now);
      card = null;
    } else if (!card) {
      addError(result, l.line, 'vcard import: property outside BEGIN:VCARD ... END:VCARD');
    } else {
      card.push(p);
    }
  }
  if (card) addError(result, start, 'vcard import: card is not closed with END:VCARD (file truncated?)');
  if (result.contacts.length === 0 && result.errors.length === 0) {
    addError(result, 1, 'vcard import: no BEGIN:VCARD found');
  }
  return result;
}
