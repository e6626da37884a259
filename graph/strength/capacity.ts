// Ring capacity against Dunbar-style layers (Dunbar 1998; ~5, 15, 50, 150): a career core
// of 10-25 is realistic, past ~50 it cannot be nurtured.
import { ORBITS, type Contact, type OrbitId } from '../model';
import type { StrengthSettings } from './settings';

export interface OrbitCapacity {
  count: number;
  /** Soft limit, or null for rings without one. */
  capacity: number | null;
  over: boolean;
  message: string | null;
}

export function orbitCapacity(contacts: readonly Pick<Contact, 'orbit'>[], s: StrengthSettings): Record<OrbitId, OrbitCapacity> {
  const counts = new Map<OrbitId, number>();
  for (const c of contacts) counts.set(c.orbit, (counts.get(c.orbit) ?? 0) + 1);
  const out = {} as Record<OrbitId, OrbitCapacity>;
  for (const def of ORBITS) {
    const count = counts.get(def.id) ?? 0;
    const capacity = def.id === 'core' ? s.capacity.core : def.id === 'tweener' ? s.capacity.tweener : null;
    const over = capacity !== null && count > capacity;
    out[def.id] = {
      count,
      capacity,
      over,
      message: over ? `${def.label} holds ${count} people; past about ${capacity} a ring cannot be nurtured` : null,
    };
  }
  return out;
}
