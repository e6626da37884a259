// Planning an import against the existing network. The same person is found by normalised
// profile URL, else by a shared email, else by normalised name AND company (a shared name
// alone is not enough). Merges keep every email, phone, tag, source, context and note, fill
// empty fields, and never move an existing contact's orbit. The plan is one WriteBatch, applied
// by the store in one transaction; re-importing the same file plans nothing.
import { InvalidInputError } from '../errors';
import { createInteraction, createTie, newId, nowIso, patchContact, type Contact, type ContactPatch, type Interaction, type OrbitMove, type Tie, type WriteBatch } from '../model';
import { addError, type ImportError, type ParsedContact, type ParsedImport } from './types';
import { errorMessage, normalizeKey } from './text';

export interface ExistingNetwork {
  contacts: Contact[];
  ties: Tie[];
  interactions: Interaction[];
}

export interface ImportSummary {
  /** New contacts. */
  created: number;
  /** Existing contacts that change (gain an email, a note, a source...). */
  updated: number;
  /** Imported records recognised as someone already known (in the network or earlier in the file). */
  merged: number;
  /** Rows ignored (blank rows, drafts) plus ties and interactions already present. */
  skipped: number;
  errors: ImportError[];
}

export interface ImportPlan {
  batch: WriteBatch;
  summary: ImportSummary;
}

const nameCompanyKey = (c: Contact) => `${normalizeKey(c.name)}|${normalizeKey(c.company)}`;
const phoneKey = (p: string) => p.replace(/[^\d+]/g, '') || p;

function union(a: string[], b: string[], key: (s: string) => string = (s) => s.toLowerCase()): string[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const v of b) if (!seen.has(key(v))) (out.push(v), seen.add(key(v)));
  return out;
}

/** The fields `incoming` adds to `base`, as a patch; empty when it brings nothing new. */
export function mergePatch(base: Contact, incoming: Contact): ContactPatch {
  const patch: ContactPatch = {};
  const lists = ['emails', 'tags', 'sources', 'contexts'] as const;
  for (const k of lists) {
    const merged = union(base[k], incoming[k]);
    if (merged.length !== base[k].length) (patch as Record<string, unknown>)[k] = merged;
  }
  const phones = union(base.phones, incoming.phones, phoneKey);
  if (phones.length !== base.phones.length) patch.phones = phones;
  for (const k of ['company', 'position', 'location'] as const) {
    if (!base[k] && incoming[k]) patch[k] = incoming[k];
  }
  if (!base.profileUrl && incoming.profileUrl) patch.profileUrl = incoming.profileUrl;
  if (incoming.connectedOn && (!base.connectedOn || incoming.connectedOn < base.connectedOn)) patch.connectedOn = incoming.connectedOn;
  if (base.wouldTakeMyCall === null && incoming.wouldTakeMyCall !== null) patch.wouldTakeMyCall = incoming.wouldTakeMyCall;
  if (incoming.notes && !base.notes.includes(incoming.notes)) patch.notes = base.notes ? `${base.notes}\n\n${incoming.notes}` : incoming.notes;
  return patch;
}

class PersonIndex {
  readonly byId = new Map<string, Contact>();
  readonly #nameKeys = new WeakMap<Contact, string>();
  readonly #byUrl = new Map<string, string>();
  readonly #byEmail = new Map<string, string>();
  readonly #byNameCompany = new Map<string, string>();

  add(c: Contact): void {
    this.byId.set(c.id, c);
    if (c.profileUrl && !this.#byUrl.has(c.profileUrl)) this.#byUrl.set(c.profileUrl, c.id);
    for (const e of c.emails) if (!this.#byEmail.has(e)) this.#byEmail.set(e, c.id);
    const nk = this.#nameKey(c);
    if (!this.#byNameCompany.has(nk)) this.#byNameCompany.set(nk, c.id);
  }

  #nameKey(c: Contact): string {
    let k = this.#nameKeys.get(c);
    if (k === undefined) this.#nameKeys.set(c, (k = nameCompanyKey(c)));
    return k;
  }

  find(p: ParsedContact): string | undefined {
    const c = p.contact;
    if (p.keepId && this.byId.has(c.id)) return c.id;
    if (c.profileUrl) {
      const id = this.#byUrl.get(c.profileUrl);
      if (id) return id;
    }
    for (const e of c.emails) {
      const id = this.#byEmail.get(e);
      if (id) return id;
    }
    const id = this.#byNameCompany.get(this.#nameKey(c));
    // Two different profile URLs mean two people, whatever their names.
    if (id && c.profileUrl && this.byId.get(id)!.profileUrl && this.byId.get(id)!.profileUrl !== c.profileUrl) return undefined;
    return id;
  }
}

export function planImport(existing: ExistingNetwork, parsed: ParsedImport, now = nowIso()): ImportPlan {
  const errors = [...parsed.errors];
  const sink = { ...parsed, errors };
  const summary: ImportSummary = { created: 0, updated: 0, merged: 0, skipped: parsed.skipped, errors };
  const index = new PersonIndex();
  for (const c of existing.contacts) index.add(c);
  const original = new Map(existing.contacts.map((c) => [c.id, c]));
  const created = new Map<string, Contact>();
  const changed = new Map<string, Contact>();
  const keyToId = new Map<string, string>();

  for (const p of parsed.contacts) {
    const matchId = index.find(p);
    if (!matchId) {
      const fresh = p.keepId || !created.has(p.contact.id) ? p.contact : { ...p.contact, id: newId() };
      created.set(fresh.id, fresh);
      index.add(fresh);
      keyToId.set(p.key, fresh.id);
      summary.created++;
      continue;
    }
    keyToId.set(p.key, matchId);
    summary.merged++;
    const current = created.get(matchId) ?? changed.get(matchId) ?? original.get(matchId)!;
    const patch = mergePatch(current, p.contact);
    if (Object.keys(patch).length === 0) continue;
    try {
      const next = patchContact(current, patch, now);
      if (created.has(matchId)) {
        created.set(matchId, { ...next, version: current.version, updatedAt: current.updatedAt });
      } else {
        // A batch update carries the version the contact was read at.
        changed.set(matchId, { ...next, version: original.get(matchId)!.version });
      }
      index.add(next);
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      addError(sink, p.line, `merging into '${current.name.slice(0, 60)}': ${errorMessage(err)}`);
    }
  }
  summary.updated = changed.size;

  const resolve = (key: string) => keyToId.get(key) ?? (index.byId.has(key) && parsed.format === 'json' ? key : undefined);

  const ties: Tie[] = [];
  const pairs = new Set(existing.ties.map((t) => `${t.source}|${t.target}`));
  const tieIds = new Set(existing.ties.map((t) => t.id));
  for (const t of parsed.ties) {
    const a = resolve(t.source);
    const b = resolve(t.target);
    if (!a || !b) {
      if (parsed.format === 'json') addError(sink, t.line, `tie points at a contact that is neither in the file nor in the network`);
      continue;
    }
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(pair) || (t.id && tieIds.has(t.id))) {
      summary.skipped++;
      continue;
    }
    try {
      ties.push(createTie({ source: a, target: b, weight: t.weight, id: t.id }, t.createdAt ?? now));
      pairs.add(pair);
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      addError(sink, t.line, errorMessage(err));
    }
  }

  const interactions: Interaction[] = [];
  const interactionKey = (i: Pick<Interaction, 'contactId' | 'date' | 'kind' | 'direction' | 'note'>) =>
    `${i.contactId}|${i.date}|${i.kind}|${i.direction}|${i.note}`;
  const seen = new Set(existing.interactions.map(interactionKey));
  const interactionIds = new Set(existing.interactions.map((i) => i.id));
  for (const i of parsed.interactions) {
    const contactId = resolve(i.contactKey);
    if (!contactId) {
      if (parsed.format === 'json') addError(sink, i.line, 'interaction points at a contact that is neither in the file nor in the network');
      continue;
    }
    const k = interactionKey({ ...i, contactId });
    if (seen.has(k) || (i.id && interactionIds.has(i.id))) {
      summary.skipped++;
      continue;
    }
    try {
      interactions.push(createInteraction({ contactId, date: i.date, kind: i.kind, direction: i.direction, note: i.note, id: i.id }, i.createdAt ?? now));
      seen.add(k);
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      addError(sink, i.line, errorMessage(err));
    }
  }

  const orbitMoves = (parsed.orbitMoves ?? []).filter((m) => created.has(m.contactId));

  return {
    batch: {
      createOrbitMoves: orbitMoves,
      createContacts: [...created.values()],
      updateContacts: [...changed.values()],
      createTies: ties,
      createInteractions: interactions,
    },
    summary,
  };
}

/** True when the batch writes nothing. */
export function isEmptyBatch(batch: WriteBatch): boolean {
  return batch.createContacts.length + batch.updateContacts.length + batch.createTies.length + batch.createInteractions.length === 0;
}
