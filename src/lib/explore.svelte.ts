// View state of exploring the map: search text and hits, the filter, focus on a contact's
// neighbourhood, the keyboard cursor, list or map, a past date to look at, and what the live
// region says. None of it is ever written into the network data.
import {
  ContactSearchIndex,
  EMPTY_FILTER,
  activeFacetCount,
  countByOrbit,
  matchingIds,
  neighbourhood,
  orbitsAsOf,
  type FilterSpec,
  type SearchHit,
} from '../../graph/explore';
import { orbitLayout, type OrbitLayout } from '../../graph/layout';
import type { Contact, OrbitId, Tie } from '../../graph/model';
import type { ExploreFacts } from './explore-facts.svelte';

export interface ExploreSource {
  readonly mapContacts: readonly Contact[];
  readonly contacts: readonly Contact[];
  readonly ties: readonly Tie[];
}

export type ExploreView = 'map' | 'list';

export const FOCUS_DEPTH = { min: 1, max: 4, initial: 1 } as const;

export class ExploreState {
  readonly #source: ExploreSource;
  readonly #facts: ExploreFacts;
  #query = $state('');
  #filter = $state.raw<FilterSpec>(EMPTY_FILTER);
  #focus = $state.raw<{ id: string; depth: number } | null>(null);
  #view = $state<ExploreView>('map');
  #asOf = $state<string | null>(null);
  #cursor = $state<string | null>(null);
  #announcement = $state('');
  #announceCount = 0;

  /** Worked out once per filter, not on each read (the explore bar's updates after a drop read it). */
  #activeFacets = $derived(activeFacetCount(this.#filter));
  #index = $derived.by(() => new ContactSearchIndex(this.#source.mapContacts));
  #hits = $derived(this.#index.search(this.#query, { limit: 8 }));
  #matching = $derived.by<ReadonlySet<string> | null>(() => {
    if (this.#activeFacets === 0) return null;
    const facts = this.#facts;
    return matchingIds(this.#source.mapContacts, this.#filter, {
      score: (id) => facts.of(id)?.score,
      nurture: (id) => (facts.loaded ? (facts.of(id)?.nurture ?? null) : undefined),
      community: (id) => facts.of(id)?.community,
    });
  });
  #focusIds = $derived.by<ReadonlyMap<string, number> | null>(() =>
    this.#focus ? neighbourhood(this.#source.ties, this.#focus.id, this.#focus.depth) : null,
  );
  // Until the moves are in, the past cannot be told from today: today stays on screen.
  #pastOrbits = $derived.by(() =>
    this.#asOf && this.#facts.movesLoaded ? orbitsAsOf(this.#source.contacts, this.#facts.moves, this.#asOf) : null,
  );
  #pastCounts = $derived(this.#pastOrbits ? countByOrbit(this.#pastOrbits.values()) : null);
  #pastMapContacts = $derived.by<Contact[] | null>(() => {
    const past = this.#pastOrbits;
    if (!past) return null;
    return this.#source.contacts.flatMap((c) => {
      const orbit = past.get(c.id);
      return orbit === undefined || orbit === 'archived' ? [] : [orbit === c.orbit ? c : { ...c, orbit }];
    });
  });
  #pastLayout = $derived.by<OrbitLayout | null>(() => {
    const contacts = this.#pastMapContacts;
    if (!contacts) return null;
    const ids = new Set(contacts.map((c) => c.id));
    return orbitLayout(
      contacts.map((c) => ({ id: c.id, orbit: c.orbit })),
      this.#source.ties.filter((t) => ids.has(t.source) && ids.has(t.target)),
    );
  });
  #changed = $derived.by<ReadonlySet<string> | null>(() => {
    const past = this.#pastOrbits;
    if (!past) return null;
    return new Set(this.#source.contacts.filter((c) => past.has(c.id) && past.get(c.id) !== c.orbit).map((c) => c.id));
  });

  constructor(source: ExploreSource, facts: ExploreFacts) {
    this.#source = source;
    this.#facts = facts;
  }

  get facts(): ExploreFacts {
    return this.#facts;
  }
  get query(): string {
    return this.#query;
  }
  get hits(): readonly SearchHit[] {
    return this.#hits;
  }
  get filter(): FilterSpec {
    return this.#filter;
  }
  get activeFacets(): number {
    return this.#activeFacets;
  }
  /** Ids passing the filter, or null when nothing is filtered. */
  get matching(): ReadonlySet<string> | null {
    return this.#matching;
  }
  get shownCount(): number {
    return this.#matching ? this.#matching.size : this.#source.mapContacts.length;
  }
  get totalCount(): number {
    return this.#source.mapContacts.length;
  }
  get focus(): { id: string; depth: number } | null {
    return this.#focus;
  }
  /** Contacts in the focused neighbourhood with their distance, or null when not focused. */
  get focusIds(): ReadonlyMap<string, number> | null {
    return this.#focusIds;
  }
  get view(): ExploreView {
    return this.#view;
  }
  get asOf(): string | null {
    return this.#asOf;
  }
  /** Each contact's orbit on the chosen past date; null when showing today (or the moves are not in yet). */
  get pastOrbits(): ReadonlyMap<string, OrbitId> | null {
    return this.#pastOrbits;
  }
  /** Contacts per orbit on the past date (what the map shows then); null when showing today. */
  get pastCounts(): Record<OrbitId, number> | null {
    return this.#pastCounts;
  }
  /** The map's contacts as they stood on the past date; null when showing today. */
  get pastMapContacts(): readonly Contact[] | null {
    return this.#pastMapContacts;
  }
  get pastLayout(): OrbitLayout | null {
    return this.#pastLayout;
  }
  /** Contacts whose orbit on the past date differs from today's. */
  get changedSince(): ReadonlySet<string> | null {
    return this.#changed;
  }
  /** The contact the keyboard is on (arrow keys), not necessarily selected. */
  get cursor(): string | null {
    return this.#cursor;
  }
  get announcement(): string {
    return this.#announcement;
  }

  setCursor(id: string | null): void {
    this.#cursor = id;
  }

  search(query: string): void {
    this.#query = query;
  }

  setFilter(patch: Partial<FilterSpec>): void {
    this.#filter = { ...this.#filter, ...patch };
  }

  /** Add or remove one value of a list facet. */
  toggle<K extends 'orbits' | 'sources' | 'tags' | 'companies' | 'communities' | 'contexts' | 'nurture'>(
    facet: K,
    value: FilterSpec[K][number],
  ): void {
    const list = this.#filter[facet] as FilterSpec[K][number][];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    this.setFilter({ [facet]: next } as Partial<FilterSpec>);
  }

  clearFilter(): void {
    this.#filter = EMPTY_FILTER;
    this.say(`Filters cleared: showing all ${this.totalCount} contacts.`);
  }

  focusOn(id: string, depth: number = FOCUS_DEPTH.initial): void {
    this.#focus = { id, depth: Math.min(FOCUS_DEPTH.max, Math.max(FOCUS_DEPTH.min, depth)) };
    this.say(`Focused on ${this.#name(id)} and ${this.#focusSize()} contacts within ${this.#focus.depth} ${this.#focus.depth === 1 ? 'tie' : 'ties'}.`);
  }

  widen(by: number): void {
    if (this.#focus) this.focusOn(this.#focus.id, this.#focus.depth + by);
  }

  leaveFocus(): boolean {
    if (!this.#focus) return false;
    this.#focus = null;
    this.say('Left focus: the whole map is shown.');
    return true;
  }

  setView(view: ExploreView): void {
    this.#view = view;
  }

  /** Look at the map as it was at the end of `date` (YYYY-MM-DD); null for today. */
  showAsOf(date: string | null): void {
    this.#asOf = date;
  }

  /** Say `message` through the live region (repeated messages are said again). */
  say(message: string): void {
    // A zero-width change makes screen readers repeat an identical message.
    this.#announcement = ++this.#announceCount % 2 === 0 ? message : `${message}\u200b`;
  }

  #focusSize(): number {
    return Math.max(0, (this.#focusIds?.size ?? 1) - 1);
  }

  #name(id: string): string {
    return this.#source.contacts.find((c) => c.id === id)?.name ?? 'contact';
  }
}
