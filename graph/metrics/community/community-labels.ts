// Names for communities a person can read: each community is named by its most central
// members (by PageRank within the network, ties broken by name), e.g. "Maya Okafor, Jordan Blake".
export interface CommunityLabel {
  community: number;
  size: number;
  /** Most central members first, at most `top` ids. */
  leaders: string[];
  label: string;
}

export function communityLabels(
  community: Record<string, number>,
  centrality: Record<string, number>,
  nameOf: (id: string) => string,
  top = 2,
): CommunityLabel[] {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(community)) {
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const out: CommunityLabel[] = [];
  for (const [c, ids] of members) {
    const leaders = ids
      .sort((a, b) => (centrality[b] ?? 0) - (centrality[a] ?? 0) || nameOf(a).localeCompare(nameOf(b)))
      .slice(0, top);
    out.push({ community: c, size: ids.length, leaders, label: leaders.map(nameOf).join(', ') });
  }
  return out.sort((a, b) => a.community - b.community);
}
