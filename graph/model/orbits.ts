import type { OrbitId } from './vocabulary';

/** One ring of the orbit map, as data: order inside-out, label, nurture cadence and capacity. */
export interface OrbitDef {
  id: OrbitId;
  label: string;
  /** 0 is innermost; archived has no ring. */
  order: number;
  /** Days between touches before a relationship counts as cooling; null when not nurtured. */
  cadenceDays: number | null;
  /** Soft limit past which the ring cannot be nurtured (Dunbar-style); null for no limit. */
  capacity: number | null;
  /** Whether the ring is drawn on the map. */
  onMap: boolean;
  description: string;
}

export const ORBITS: readonly OrbitDef[] = [
  {
    id: 'core',
    label: 'Core',
    order: 0,
    cadenceDays: 60,
    capacity: 50,
    onMap: true,
    description: 'People you have worked with or exchanged help with, who would take your call.',
  },
  {
    id: 'tweener',
    label: 'Tweeners',
    order: 1,
    cadenceDays: 180,
    capacity: 150,
    onMap: true,
    description: 'Real but thin ties: an alum you swapped messages with, a brain you picked once.',
  },
  {
    id: 'outer',
    label: 'Outer planets',
    order: 2,
    cadenceDays: null,
    capacity: null,
    onMap: true,
    description: 'Connections who would not know you if you walked into them.',
  },
  {
    id: 'archived',
    label: 'Archived',
    order: 3,
    cadenceDays: null,
    capacity: null,
    onMap: false,
    description: 'Kept for the record, hidden from the map.',
  },
];

export const MAP_ORBITS: readonly OrbitDef[] = ORBITS.filter((o) => o.onMap);

export function orbitDef(id: OrbitId): OrbitDef {
  const def = ORBITS.find((o) => o.id === id);
  if (!def) throw new Error(`unknown orbit '${id}'`);
  return def;
}
