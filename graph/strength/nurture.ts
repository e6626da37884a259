// Nurture: each ring with a cadence (core 60 days, tweeners 180 by default) expects a touch
// within it. Past the cadence a tie is cooling, past twice it is at risk, after three years
// dormant (suggest reconnecting; nothing is ever demoted automatically). Any logged
// interaction resets the clock; with none, it runs from the connection date or creation.
import type { Contact, OrbitId } from '../model';
import { addDays, dayNumber, spanInWords } from './dates';
import type { StrengthSettings } from './settings';

export type NurtureState = 'ok' | 'cooling' | 'at-risk' | 'dormant';

export interface NurtureStatus {
  id: string;
  name: string;
  orbit: OrbitId;
  /** Last logged interaction (any kind), or null when none was ever logged. */
  lastInteraction: string | null;
  daysSince: number;
  cadenceDays: number;
  /** Days past the cadence (0 when not due). */
  daysOverdue: number;
  dueOn: string;
  state: NurtureState;
  message: string;
}

export function cadenceFor(orbit: OrbitId, s: StrengthSettings): number | null {
  return orbit === 'core' ? s.cadenceDays.core : orbit === 'tweener' ? s.cadenceDays.tweener : null;
}

const ORBIT_WORDS: Record<OrbitId, string> = { core: 'core', tweener: 'tweener', outer: 'outer', archived: 'archived' };

/** Nurture state of one contact, or null when its ring has no cadence. */
export function nurtureStatus(
  contact: Pick<Contact, 'id' | 'name' | 'orbit' | 'connectedOn' | 'createdAt'>,
  lastAny: number | null,
  today: number,
  todayIso: string,
  s: StrengthSettings,
): NurtureStatus | null {
  const cadence = cadenceFor(contact.orbit, s);
  if (cadence === null) return null;
  const start = lastAny ?? dayNumber(contact.connectedOn ?? contact.createdAt.slice(0, 10));
  const daysSince = Math.max(0, today - start);
  const state: NurtureState =
    daysSince > s.dormantDays ? 'dormant' : daysSince > cadence * s.atRiskFactor ? 'at-risk' : daysSince > cadence ? 'cooling' : 'ok';
  const lastInteraction = lastAny === null ? null : addDays(todayIso, lastAny - today);
  const since = lastAny === null ? 'nothing logged yet' : `last contact ${spanInWords(daysSince)} ago`;
  const ring = `${ORBIT_WORDS[contact.orbit]} cadence ${cadence} days`;
  const message =
    state === 'ok'
      ? `in touch (${since})`
      : state === 'dormant'
        ? `dormant: ${since}; time to reconnect`
        : `${state === 'cooling' ? 'cooling' : 'at risk'}: ${since} (${ring})`;
  return {
    id: contact.id,
    name: contact.name,
    orbit: contact.orbit,
    lastInteraction,
    daysSince,
    cadenceDays: cadence,
    daysOverdue: Math.max(0, daysSince - cadence),
    dueOn: addDays(todayIso, start + cadence - today),
    state,
    message,
  };
}

/** The overdue list: everyone past their ring's cadence, most overdue first. */
export function nurtureDue(statuses: readonly (NurtureStatus | null)[]): NurtureStatus[] {
  return statuses
    .filter((s): s is NurtureStatus => s !== null && s.state !== 'ok')
    .sort((a, b) => b.daysOverdue - a.daysOverdue || b.daysSince / b.cadenceDays - a.daysSince / a.cadenceDays || a.name.localeCompare(b.name));
}
