// What a contact's logged interactions say, summarised once: the facts the tie-strength
// features, the suggested orbit, the flags and nurture all read. An exchange is two-way when
// it is a call or meeting, is marked mutual, or is a received message answered (or answering)
// within the reply window; holiday cards never count as contact.
import type { Contact, Interaction, InteractionKind } from '../model';
import { dayNumber } from './dates';
import type { StrengthSettings } from './settings';

const CONVERSATIONS: ReadonlySet<InteractionKind> = new Set(['call', 'meeting']);
const HELP: ReadonlySet<InteractionKind> = new Set(['advice', 'help', 'intro', 'referral']);

export interface Evidence {
  /** Day number of the last two-way exchange, or null if there never was one. */
  lastTwoWay: number | null;
  /** Day number of the last logged interaction of any kind (what nurture resets on). */
  lastAny: number | null;
  firstAny: number | null;
  /** Distinct days with a non-card interaction inside the frequency window. */
  recentDays: number;
  /** Given and received counts inside the reciprocity window (mutual counts for both). */
  given: number;
  received: number;
  /** Help, advice, intros and referrals, all time. */
  helpEvents: number;
  helpGiven: boolean;
  helpReceived: boolean;
  /** Help or advice went both ways within the last year. */
  helpBothWaysThisYear: boolean;
  /** Kinds of help seen, for the reasons' wording. */
  helpKinds: Set<InteractionKind>;
  workedTogether: boolean;
}

export function emptyEvidence(): Evidence {
  return {
    lastTwoWay: null, lastAny: null, firstAny: null, recentDays: 0, given: 0, received: 0,
    helpEvents: 0, helpGiven: false, helpReceived: false, helpBothWaysThisYear: false,
    helpKinds: new Set(), workedTogether: false,
  };
}

const later = (a: number | null, b: number) => (a === null || b > a ? b : a);

/** Summarise one contact's interactions as of `today` (a day number). */
export function collectEvidence(
  contact: Pick<Contact, 'contexts'>,
  interactions: readonly Pick<Interaction, 'date' | 'kind' | 'direction'>[],
  today: number,
  settings: StrengthSettings,
): Evidence {
  const e = emptyEvidence();
  e.workedTogether = contact.contexts.some((c) => settings.workedTogetherContexts.includes(c));
  const items = interactions
    .map((i) => ({ day: dayNumber(i.date), kind: i.kind, direction: i.direction }))
    .filter((i) => i.day <= today)
    .sort((a, b) => a.day - b.day);
  const days = new Set<number>();
  const givenDays: number[] = [];
  let helpGivenThisYear = false;
  let helpReceivedThisYear = false;
  for (const i of items) {
    e.lastAny = later(e.lastAny, i.day);
    if (e.firstAny === null) e.firstAny = i.day;
    if (i.kind === 'card') continue;
    const age = today - i.day;
    if (age <= settings.frequencyWindowDays) days.add(i.day);
    if (age <= settings.reciprocityWindowDays) {
      if (i.direction !== 'received') e.given++;
      if (i.direction !== 'given') e.received++;
    }
    if (i.direction !== 'received') givenDays.push(i.day);
    if (HELP.has(i.kind)) {
      e.helpEvents++;
      e.helpKinds.add(i.kind);
      const out = i.direction !== 'received';
      const back = i.direction !== 'given';
      e.helpGiven ||= out;
      e.helpReceived ||= back;
      if (age <= 365) {
        helpGivenThisYear ||= out;
        helpReceivedThisYear ||= back;
      }
    }
    if (CONVERSATIONS.has(i.kind) || i.direction === 'mutual') e.lastTwoWay = later(e.lastTwoWay, i.day);
  }
  // A received interaction with something given within the reply window is an exchange.
  for (const i of items) {
    if (i.kind === 'card' || i.direction !== 'received') continue;
    // givenDays is sorted: the first given day not before the window's start.
    let lo = 0;
    let hi = givenDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (givenDays[mid] < i.day - settings.replyWindowDays) lo = mid + 1;
      else hi = mid;
    }
    if (lo < givenDays.length && givenDays[lo] <= i.day + settings.replyWindowDays) {
      // The exchange is as recent as the latest given day still inside the window.
      let last = lo;
      while (last + 1 < givenDays.length && givenDays[last + 1] <= i.day + settings.replyWindowDays) last++;
      e.lastTwoWay = later(e.lastTwoWay, Math.max(givenDays[last], i.day));
    }
  }
  e.recentDays = days.size;
  e.helpBothWaysThisYear = helpGivenThisYear && helpReceivedThisYear;
  return e;
}

/** Group interactions by contact id once, for a whole network. */
export function interactionsByContact<T extends Pick<Interaction, 'contactId'>>(interactions: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const i of interactions) {
    const list = map.get(i.contactId);
    if (list) list.push(i);
    else map.set(i.contactId, [i]);
  }
  return map;
}
