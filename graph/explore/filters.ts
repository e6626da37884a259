// Combinable contact filters: every facet set narrows (AND across facets), values inside a
// facet widen (OR). Facts that live outside the contact (community, nurture state, score)
// come in as lookups so the filter stays pure and the view can pass what it has loaded.
import type { Contact, ContextId, OrbitId } from '../model';
import type { NurtureState } from '../strength';
import { foldText, foldedWords } from './text';

export interface FilterSpec {
  orbits: OrbitId[];
  sources: string[];
  tags: string[];
  companies: string[];
  communities: number[];
  contexts: ContextId[];
  /** 'none' matches contacts whose ring has no cadence (outer, archived). */
  nurture: (NurtureState | 'none')[];
  /** Inclusive tie-strength range, 0-100; null for no bound. */
  scoreMin: number | null;
  scoreMax: number | null;
  /** Free text: every word must start a word of name, company, position or a tag. */
  query: string;
}

export interface FilterFacts {
  community?: (id: string) => number | undefined;
  nurture?: (id: string) => NurtureState | null | undefined;
  score?: (id: string) => number | undefined;
}

export const EMPTY_FILTER: FilterSpec = {
  orbits: [],
  sources: [],
  tags: [],
  companies: [],
  communities: [],
  contexts: [],
  nurture: [],
  scoreMin: null,
  scoreMax: null,
  query: '',
};

/** True when the spec narrows nothing. */
export function isEmptyFilter(spec: FilterSpec): boolean {
  return activeFacetCount(spec) === 0;
}

/** How many facets narrow the view (a score range counts once). */
export function activeFacetCount(spec: FilterSpec): number {
  const lists = [spec.orbits, spec.sources, spec.tags, spec.companies, spec.communities, spec.contexts, spec.nurture];
  return (
    lists.filter((l) => l.length > 0).length +
    (spec.scoreMin !== null || spec.scoreMax !== null ? 1 : 0) +
    (foldedWords(spec.query).length > 0 ? 1 : 0)
  );
}

/** A predicate for `spec`. Facts a facet needs but that are missing make it match nothing. */
export function contactFilter(spec: FilterSpec, facts: FilterFacts = {}): (contact: Contact) => boolean {
  const orbits = new Set(spec.orbits);
  const sources = new Set(spec.sources);
  const tags = new Set(spec.tags.map(foldText));
  const companies = new Set(spec.companies.map(foldText));
  const communities = new Set(spec.communities);
  const contexts = new Set<string>(spec.contexts);
  const nurture = new Set(spec.nurture);
  const terms = foldedWords(spec.query);
  const hasScore = spec.scoreMin !== null || spec.scoreMax !== null;

  return (c) => {
    if (orbits.size > 0 && !orbits.has(c.orbit)) return false;
    if (sources.size > 0 && !c.sources.some((s) => sources.has(s))) return false;
    if (tags.size > 0 && !c.tags.some((t) => tags.has(foldText(t)))) return false;
    if (companies.size > 0 && !companies.has(foldText(c.company))) return false;
    if (contexts.size > 0 && !c.contexts.some((x) => contexts.has(x))) return false;
    if (communities.size > 0) {
      const community = facts.community?.(c.id);
      if (community === undefined || !communities.has(community)) return false;
    }
    if (nurture.size > 0) {
      if (!facts.nurture) return false;
      const state = facts.nurture(c.id);
      if (state === undefined || !nurture.has(state ?? 'none')) return false;
    }
    if (hasScore) {
      const score = facts.score?.(c.id);
      if (score === undefined) return false;
      if (spec.scoreMin !== null && score < spec.scoreMin) return false;
      if (spec.scoreMax !== null && score > spec.scoreMax) return false;
    }
    if (terms.length > 0) {
      const words = [c.name, c.company, c.position, ...c.tags].flatMap(foldedWords);
      if (!terms.every((t) => words.some((w) => w.startsWith(t)))) return false;
    }
    return true;
  };
}

/** Ids of the contacts that pass `spec`, in input order. */
export function matchingIds(contacts: readonly Contact[], spec: FilterSpec, facts: FilterFacts = {}): Set<string> {
  const keep = contactFilter(spec, facts);
  return new Set(contacts.filter(keep).map((c) => c.id));
}

/** The values present in the network for each list facet, sorted, for the filter panel. */
export function filterOptions(contacts: readonly Contact[]): { sources: string[]; tags: string[]; companies: string[]; contexts: ContextId[] } {
  const sources = new Set<string>();
  const tags = new Set<string>();
  const companies = new Set<string>();
  const contexts = new Set<ContextId>();
  for (const c of contacts) {
    for (const s of c.sources) sources.add(s);
    for (const t of c.tags) tags.add(t);
    if (c.company.trim()) companies.add(c.company.trim());
    for (const x of c.contexts) contexts.add(x);
  }
  const sorted = <T extends string>(s: Set<T>) => [...s].sort((a, b) => a.localeCompare(b));
  return { sources: sorted(sources), tags: sorted(tags), companies: sorted(companies), contexts: sorted(contexts) };
}
