// Ranked contact search over name, company, position and tags: every query word must match
// the start of a word (or, weaker, the inside of one) in some field; name matches rank
// above company, company above position and tags. Accent- and case-insensitive.
import type { Contact } from '../model';
import { foldText, foldedWords } from './text';

export type SearchField = 'name' | 'company' | 'position' | 'tag';

export interface SearchHit {
  id: string;
  /** Higher is better. */
  score: number;
  /** The best-matching field, to show why the contact came up. */
  field: SearchField;
}

export const SEARCH_DEFAULTS = { limit: 20 } as const;

const FIELD_WEIGHT: Record<SearchField, number> = { name: 40, company: 20, position: 10, tag: 10 };

type Searchable = Pick<Contact, 'id' | 'name' | 'company' | 'position' | 'tags'>;

interface IndexedContact {
  id: string;
  name: string;
  fields: { field: SearchField; folded: string; words: string[] }[];
}

/** A reusable index: fold every contact's fields once, then answer queries as you type. */
export class ContactSearchIndex {
  readonly #entries: IndexedContact[];

  constructor(contacts: readonly Searchable[]) {
    this.#entries = contacts.map((c) => ({
      id: c.id,
      name: c.name,
      fields: [
        { field: 'name' as const, folded: foldText(c.name), words: foldedWords(c.name) },
        { field: 'company' as const, folded: foldText(c.company), words: foldedWords(c.company) },
        { field: 'position' as const, folded: foldText(c.position), words: foldedWords(c.position) },
        ...c.tags.map((t) => ({ field: 'tag' as const, folded: foldText(t), words: foldedWords(t) })),
      ],
    }));
  }

  /** Best matches first; ties broken by name. An empty query finds nothing. */
  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const limit = options.limit ?? SEARCH_DEFAULTS.limit;
    const terms = foldedWords(query);
    if (terms.length === 0) return [];
    const whole = foldText(query);
    const hits: (SearchHit & { name: string })[] = [];
    for (const entry of this.#entries) {
      let total = 0;
      let best: { field: SearchField; points: number } | null = null;
      let matchedAll = true;
      for (const term of terms) {
        const match = bestTermMatch(entry, term);
        if (!match) {
          matchedAll = false;
          break;
        }
        total += match.points;
        if (!best || match.points > best.points) best = match;
      }
      if (!matchedAll || !best) continue;
      // The whole query as the start of the name (e.g. "ana ro" for "Ana Rossi") ranks first.
      if (entry.fields[0]!.folded.startsWith(whole)) total += 100;
      hits.push({ id: entry.id, score: total, field: best.field, name: entry.name });
    }
    hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return hits.slice(0, limit).map(({ id, score, field }) => ({ id, score, field }));
  }
}

function bestTermMatch(entry: IndexedContact, term: string): { field: SearchField; points: number } | null {
  let best: { field: SearchField; points: number } | null = null;
  for (const f of entry.fields) {
    const weight = FIELD_WEIGHT[f.field];
    let points = 0;
    if (f.words.some((w) => w === term)) points = weight * 1.5;
    else if (f.words.some((w) => w.startsWith(term))) points = weight;
    else if (term.length >= 3 && f.folded.includes(term)) points = weight * 0.3;
    if (points > 0 && (!best || points > best.points)) best = { field: f.field, points };
  }
  return best;
}

/** One-off search without keeping an index. */
export function searchContacts(contacts: readonly Searchable[], query: string, options: { limit?: number } = {}): SearchHit[] {
  return new ContactSearchIndex(contacts).search(query, options);
}
