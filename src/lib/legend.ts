// What the orbit legend explains besides the orbits: every mark on the map that is on screen
// now (ties, sizes, rings around contacts, faded contacts), in the order a reader meets them.
// Colours are CSS variables, so each theme shows its own.

export type LegendMarkKind = 'line' | 'size' | 'ring' | 'faded';

export interface LegendMark {
  kind: LegendMarkKind;
  /** A CSS colour (a theme variable). */
  color: string;
  label: string;
}

export interface MapMarks {
  /** Ties drawn between contacts. */
  ties: number;
  /** The size-by metric's label, null when every contact has the same size. */
  sizeBy: string | null;
  /** A past date shown (the map as it was then). */
  asOf: string | null;
  selectedName: string | null;
  /** Contacts ringed as also knowing the selected contact. */
  mutual: number;
  path: boolean;
  focusName: string | null;
  filtered: boolean;
}

export function legendMarks(m: MapMarks): LegendMark[] {
  const marks: LegendMark[] = [];
  if (m.ties > 0) marks.push({ kind: 'line', color: 'var(--edge)', label: 'Line: the two know each other' });
  if (m.sizeBy) marks.push({ kind: 'size', color: 'var(--outer)', label: `Size: ${m.sizeBy} (larger is more)` });
  if (m.asOf) marks.push({ kind: 'ring', color: 'var(--changed)', label: 'Ringed: in another orbit today' });
  if (m.selectedName) marks.push({ kind: 'ring', color: 'var(--ink)', label: `Thick ring: ${m.selectedName}, ties in bold` });
  if (m.selectedName && m.mutual > 0) marks.push({ kind: 'ring', color: 'var(--mutual)', label: `Ringed: also knows ${m.selectedName}` });
  if (m.path) marks.push({ kind: 'ring', color: 'var(--path)', label: 'Green: the introduction path' });
  if (m.focusName) marks.push({ kind: 'faded', color: 'var(--outer)', label: `Faded: outside ${m.focusName}'s neighbourhood` });
  else if (m.filtered) marks.push({ kind: 'faded', color: 'var(--outer)', label: 'Faded: not matching the filters' });
  return marks;
}
