// Sorting the list view's rows: by a column, missing values last, ties broken by name.
import type { Contact } from '../../graph/model';
import type { ContactFacts } from './explore-facts.svelte';

export type ListColumn = 'name' | 'company' | 'orbit' | 'score' | 'lastContact' | 'mutualTies';

const ORBIT_RANK: Record<string, number> = { core: 0, tweener: 1, outer: 2, archived: 3 };

export function sortRows(
  contacts: readonly Contact[],
  facts: (id: string) => ContactFacts | undefined,
  column: ListColumn,
  descending: boolean,
): Contact[] {
  const key = (c: Contact): string | number | null => {
    switch (column) {
      case 'name':
        return c.name.toLowerCase();
      case 'company':
        return c.company.toLowerCase() || null;
      case 'orbit':
        return ORBIT_RANK[c.orbit] ?? 9;
      case 'score':
        return facts(c.id)?.score ?? null;
      case 'lastContact':
        return facts(c.id)?.lastContact ?? null;
      case 'mutualTies':
        return facts(c.id)?.mutualTies ?? null;
    }
  };
  const sign = descending ? -1 : 1;
  return contacts
    .map((c) => ({ c, k: key(c) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.c.name.localeCompare(b.c.name) : a.k === null ? 1 : -1;
      const order = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k));
      return order * sign || a.c.name.localeCompare(b.c.name);
    })
    .map(({ c }) => c);
}
