// A contact's neighbourhood for focus mode: everyone within `depth` ties (breadth-first),
// the contact itself at distance 0. The ego is not a hop: it would make everyone adjacent.
import type { Tie } from '../model';

export function neighbourhood(ties: readonly Pick<Tie, 'source' | 'target'>[], start: string, depth: number): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const t of ties) {
    (adjacent.get(t.source) ?? adjacent.set(t.source, []).get(t.source)!).push(t.target);
    (adjacent.get(t.target) ?? adjacent.set(t.target, []).get(t.target)!).push(t.source);
  }
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacent.get(id) ?? []) {
        if (distance.has(n)) continue;
        distance.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return distance;
}
