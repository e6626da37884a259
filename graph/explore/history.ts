// The network through time, from the dated orbit moves: where everyone stood on a past day,
// who moved in and out of each ring between two days, who went quiet, and who arrived with
// the last import. Dates are ISO strings; a day (YYYY-MM-DD) means its end.
import type { Contact, Interaction, OrbitId, OrbitMove } from '../model';
import { ORBIT_IDS } from '../model';

type Dated = Pick<Contact, 'id' | 'orbit' | 'createdAt'>;

/** `YYYY-MM-DD` becomes the last instant of that day, so a move on that day counts as done. */
function endOf(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59.999Z` : date;
}

/**
 * Each contact's orbit as of `date`: the current orbit with every later move undone.
 * Contacts created after `date` are absent.
 */
export function orbitsAsOf(contacts: readonly Dated[], moves: readonly OrbitMove[], date: string): Map<string, OrbitId> {
  const at = endOf(date);
  const orbits = new Map<string, OrbitId>();
  for (const c of contacts) if (c.createdAt <= at) orbits.set(c.id, c.orbit);
  const later = moves.filter((m) => m.at > at).sort((a, b) => b.at.localeCompare(a.at));
  for (const m of later) if (orbits.has(m.contactId)) orbits.set(m.contactId, m.from);
  return orbits;
}

/** How many contacts each orbit holds (every orbit present, 0 when empty), e.g. of `orbitsAsOf`. */
export function countByOrbit(orbits: Iterable<OrbitId>): Record<OrbitId, number> {
  const counts = Object.fromEntries(ORBIT_IDS.map((id) => [id, 0])) as Record<OrbitId, number>;
  for (const orbit of orbits) counts[orbit] = (counts[orbit] ?? 0) + 1;
  return counts;
}

export interface OrbitFlow {
  /** Contacts whose orbit at the end is this one but was another at the start. */
  movedIn: string[];
  /** Contacts whose orbit at the start was this one and is another at the end. */
  movedOut: string[];
}

/**
 * Who moved in and out of each orbit between `from` and `to` (net: a contact moved out and
 * back again in between is in neither list). New contacts count as moving into their orbit.
 */
export function orbitFlows(
  contacts: readonly Dated[],
  moves: readonly OrbitMove[],
  from: string,
  to: string,
): Record<OrbitId, OrbitFlow> {
  const before = orbitsAsOf(contacts, moves, from);
  const after = orbitsAsOf(contacts, moves, to);
  const flows = Object.fromEntries(ORBIT_IDS.map((o): [OrbitId, OrbitFlow] => [o, { movedIn: [], movedOut: [] }])) as Record<OrbitId, OrbitFlow>;
  for (const [id, orbit] of after) {
    const was = before.get(id);
    if (was === orbit) continue;
    flows[orbit].movedIn.push(id);
    if (was !== undefined) flows[was].movedOut.push(id);
  }
  return flows;
}

/** Moves between two days (inclusive), newest first. */
export function movesBetween(moves: readonly OrbitMove[], from: string, to: string): OrbitMove[] {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(from) ? `${from}T00:00:00.000Z` : from;
  const end = endOf(to);
  return moves.filter((m) => m.at >= start && m.at <= end).sort((a, b) => b.at.localeCompare(a.at));
}

/** The latest interaction day of each contact that has any. */
export function lastInteractionDates(interactions: readonly Pick<Interaction, 'contactId' | 'date'>[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const i of interactions) {
    const seen = last.get(i.contactId);
    if (seen === undefined || i.date > seen) last.set(i.contactId, i.date);
  }
  return last;
}

/**
 * Contacts who were in touch before `since` and not since: their last interaction falls
 * before it. Quietest (longest silent) first. Contacts never in touch are not "quiet".
 */
export function wentQuiet(
  contacts: readonly Pick<Contact, 'id' | 'orbit'>[],
  lastContact: ReadonlyMap<string, string>,
  since: string,
  orbits: readonly OrbitId[] = ['core', 'tweener'],
): { id: string; lastContact: string }[] {
  const keep = new Set(orbits);
  return contacts
    .filter((c) => keep.has(c.orbit))
    .flatMap((c) => {
      const last = lastContact.get(c.id);
      return last !== undefined && last < since.slice(0, 10) ? [{ id: c.id, lastContact: last }] : [];
    })
    .sort((a, b) => a.lastContact.localeCompare(b.lastContact) || a.id.localeCompare(b.id));
}

const NOT_IMPORTED = new Set(['manual', 'sample']);

export interface ImportBatch {
  /** When the latest import wrote its contacts; null when nothing was ever imported. */
  at: string | null;
  /** Contacts created by that import or later (by hand or otherwise). */
  newIds: string[];
}

/**
 * The latest import and who is new since it: an import writes its contacts in one
 * transaction with one timestamp, so the newest `createdAt` among imported contacts marks it.
 */
export function newSinceLastImport(contacts: readonly Pick<Contact, 'id' | 'sources' | 'createdAt'>[]): ImportBatch {
  let at: string | null = null;
  for (const c of contacts) {
    if (c.sources.some((s) => !NOT_IMPORTED.has(s)) && (at === null || c.createdAt > at)) at = c.createdAt;
  }
  if (at === null) return { at: null, newIds: [] };
  const since = at;
  return { at, newIds: contacts.filter((c) => c.createdAt >= since).map((c) => c.id) };
}
