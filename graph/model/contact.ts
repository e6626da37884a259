// Validation and normalisation of contacts, ties and interactions. The server's schemas check
// the shape of a request; these functions enforce the domain rules on any input, wherever it
// came from (API, importer, sample), and say which field is wrong.
import { InvalidInputError } from '../errors';
import { newId, nowIso } from './ids';
import type {
  Contact,
  ContactFields,
  ContactInput,
  ContactPatch,
  Interaction,
  InteractionInput,
  Tie,
  TieInput,
} from './types';
import { CONTEXTS, DIRECTIONS, INTERACTION_KINDS, ORBIT_IDS, type ContextId } from './vocabulary';

export const LIMITS = {
  name: 200,
  text: 300,
  notes: 20_000,
  listItems: 50,
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Normalise a profile URL to a person key: lower-case host and path, no scheme, query,
 * fragment or trailing slash, `www.` and country subdomains of linkedin.com folded.
 */
export function normalizeProfileUrl(url: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  let host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  if (/(^|\.)linkedin\.com$/.test(host)) host = 'linkedin.com';
  let path = decodedPath(parsed.pathname).toLowerCase().replace(/\/+$/, '');
  if (host === 'linkedin.com') path = path.replace(/^\/(in|pub)\/([^/]+).*$/, '/in/$2');
  return `https://${host}${path}`;
}

/** A URL path with its %-escapes decoded; as written when one is malformed (`/%n/...` in a hand-edited export). */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function fail(field: string, message: string): never {
  throw new InvalidInputError(`${field}: ${message}`, [{ field, message }]);
}

function text(field: string, value: unknown, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail(field, 'expected text');
  const v = value.replace(/\u0000/g, '').trim();
  if (v.length > max) fail(field, `at most ${max} characters`);
  return v;
}

function textList(field: string, value: unknown, max: number): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(field, 'expected a list of text');
  if (value.length > LIMITS.listItems) fail(field, `at most ${LIMITS.listItems} items`);
  const out: string[] = [];
  for (const item of value) {
    const v = text(field, item, max);
    if (v && !out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  }
  return out;
}

function isContext(value: string): value is ContextId {
  return (CONTEXTS as readonly string[]).includes(value);
}

function fieldValue<K extends keyof ContactFields>(key: K, value: unknown): ContactFields[K] {
  switch (key) {
    case 'name': {
      const v = text('name', value, LIMITS.name);
      if (!v) fail('name', 'a contact needs a name');
      return v as ContactFields[K];
    }
    case 'company':
    case 'position':
    case 'location':
      return text(key, value, LIMITS.text) as ContactFields[K];
    case 'notes':
      return text(key, value, LIMITS.notes) as ContactFields[K];
    case 'emails':
      return textList(key, value, LIMITS.text).map((e) => e.toLowerCase()) as ContactFields[K];
    case 'phones':
    case 'tags':
    case 'sources':
      return textList(key, value, LIMITS.text) as ContactFields[K];
    case 'profileUrl': {
      const v = text(key, value, 2000);
      if (!v) return null as ContactFields[K];
      const n = normalizeProfileUrl(v);
      if (!n) fail(key, 'expected an http(s) URL');
      return n as ContactFields[K];
    }
    case 'connectedOn': {
      if (value === null || value === undefined || value === '') return null as ContactFields[K];
      if (typeof value !== 'string' || !isIsoDate(value)) fail(key, 'expected a date as YYYY-MM-DD');
      return value as ContactFields[K];
    }
    case 'contexts': {
      const list = textList(key, value, 40);
      for (const c of list) {
        if (!isContext(c)) fail(key, `unknown context '${c}' (expected one of ${CONTEXTS.join(', ')})`);
      }
      return list as ContactFields[K];
    }
    case 'wouldTakeMyCall':
      if (value === undefined || value === null) return null as ContactFields[K];
      if (typeof value !== 'boolean') fail(key, 'expected true, false or null');
      return value as ContactFields[K];
    case 'orbit':
      if (typeof value !== 'string' || !(ORBIT_IDS as readonly string[]).includes(value)) {
        fail(key, `expected one of ${ORBIT_IDS.join(', ')}`);
      }
      return value as ContactFields[K];
  }
  return fail(String(key), 'unknown field');
}

const FIELD_KEYS: (keyof ContactFields)[] = [
  'name', 'company', 'position', 'emails', 'phones', 'profileUrl', 'location', 'tags', 'notes',
  'sources', 'connectedOn', 'contexts', 'wouldTakeMyCall', 'orbit',
];

/** A new contact from user or importer input; lands in the outer orbit unless told otherwise. */
export function createContact(input: ContactInput, now = nowIso()): Contact {
  const fields = {} as ContactFields;
  for (const key of FIELD_KEYS) {
    const raw = (input as Record<string, unknown>)[key];
    (fields as unknown as Record<string, unknown>)[key] =
      key === 'orbit' && raw === undefined ? 'outer' : fieldValue(key, raw);
  }
  if (fields.sources.length === 0) fields.sources = ['manual'];
  const id = input.id === undefined ? newId() : text('id', input.id, 100);
  if (!id) fail('id', 'must not be empty');
  return { id, ...fields, version: 1, createdAt: now, updatedAt: now };
}

/** The contact after a patch, with its version bumped; unknown fields are refused. */
export function patchContact(contact: Contact, patch: ContactPatch, now = nowIso()): Contact {
  const next: Contact = { ...contact };
  for (const [key, raw] of Object.entries(patch)) {
    if (!FIELD_KEYS.includes(key as keyof ContactFields)) fail(key, 'unknown field');
    if (raw === undefined) continue;
    (next as unknown as Record<string, unknown>)[key] = fieldValue(key as keyof ContactFields, raw);
  }
  next.version = contact.version + 1;
  next.updatedAt = now;
  return next;
}

/** A tie between two different contacts, stored with source < target so a pair is one tie. */
export function createTie(input: TieInput, now = nowIso()): Tie {
  const source = text('source', input.source, 100);
  const target = text('target', input.target, 100);
  if (!source || !target) fail(source ? 'target' : 'source', 'expected a contact id');
  if (source === target) fail('target', 'a tie joins two different contacts');
  let weight: number | null = null;
  if (input.weight !== undefined && input.weight !== null) {
    if (typeof input.weight !== 'number' || !(input.weight > 0 && input.weight <= 1)) {
      fail('weight', 'expected a number in (0, 1]');
    }
    weight = input.weight;
  }
  const [a, b] = source < target ? [source, target] : [target, source];
  return { id: input.id ?? newId(), source: a, target: b, weight, createdAt: now };
}

export function createInteraction(input: InteractionInput, now = nowIso()): Interaction {
  const contactId = text('contactId', input.contactId, 100);
  if (!contactId) fail('contactId', 'expected a contact id');
  if (typeof input.date !== 'string' || !isIsoDate(input.date)) fail('date', 'expected a date as YYYY-MM-DD');
  if (!(INTERACTION_KINDS as readonly string[]).includes(input.kind)) {
    fail('kind', `expected one of ${INTERACTION_KINDS.join(', ')}`);
  }
  if (!(DIRECTIONS as readonly string[]).includes(input.direction)) {
    fail('direction', `expected one of ${DIRECTIONS.join(', ')}`);
  }
  return {
    id: input.id ?? newId(),
    contactId,
    date: input.date,
    kind: input.kind,
    direction: input.direction,
    note: text('note', input.note, LIMITS.notes),
    createdAt: now,
  };
}
