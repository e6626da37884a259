// Plain words for a score: the top contributions first ("worked together", "advice both ways
// this year"), then what holds it back ("no two-way contact in 3 years").
import type { Contact, ContextId, InteractionKind } from '../model';
import { spanInWords } from './dates';
import type { Evidence } from './evidence';
import type { FeatureName, TieStrength } from './score';
import type { StrengthSettings } from './settings';

const CONTEXT_WORDS: Partial<Record<ContextId, string>> = {
  'worked-together': 'worked together',
  supervisor: 'worked together (supervisor)',
  colleague: 'colleagues',
  client: 'client relationship',
  vendor: 'vendor relationship',
  board: 'on a board together',
  school: 'same school',
  'met-in-person': 'met in person',
  event: 'met at an event',
};

/** Contributions smaller than this many points are not worth a reason. */
const MIN_POINTS = 2;
const MAX_POSITIVE = 4;

function helpWords(kinds: Set<InteractionKind>): string {
  const advice = kinds.has('advice');
  const help = kinds.has('help') || kinds.has('intro') || kinds.has('referral');
  return advice && help ? 'help and advice' : advice ? 'advice' : 'help';
}

function positive(name: FeatureName, contact: Pick<Contact, 'contexts'>, e: Evidence, mutuals: number, today: number, years: number): string | null {
  switch (name) {
    case 'recency':
      return e.lastTwoWay === null ? null : today - e.lastTwoWay <= 30 ? 'in touch this month' : `two-way contact ${spanInWords(today - e.lastTwoWay)} ago`;
    case 'frequency':
      return `contact on ${e.recentDays} day${e.recentDays === 1 ? '' : 's'} this year`;
    case 'duration':
      return years < 1 ? null : `known for ${spanInWords(years * 365)}`;
    case 'reciprocity':
      // Both sides reach out, but if never within a reply window it is not yet an exchange.
      return e.lastTwoWay === null ? null : 'both of you reach out';
    case 'help': {
      const words = helpWords(e.helpKinds);
      if (e.helpBothWaysThisYear) return `${words} both ways this year`;
      if (e.helpGiven && e.helpReceived) return `${words} both ways`;
      return e.helpReceived ? `${words} from them` : `${words} given to them`;
    }
    case 'contexts': {
      const words = contact.contexts.map((c) => CONTEXT_WORDS[c]).filter((w): w is string => !!w);
      const worked = words.filter((w) => w.startsWith('worked together'));
      const ordered = [...worked.slice(0, 1), ...words.filter((w) => !w.startsWith('worked together'))];
      return ordered.length ? ordered.slice(0, 2).join(', ') : null;
    }
    case 'mutuals':
      return `${mutuals} mutual contact${mutuals === 1 ? '' : 's'}`;
    case 'selfReport':
      return 'would take your call';
  }
}

export function reasonsFor(
  contact: Pick<Contact, 'contexts' | 'wouldTakeMyCall'>,
  e: Evidence,
  t: TieStrength,
  mutuals: number,
  years: number,
  today: number,
  s: StrengthSettings,
): string[] {
  const ranked = (Object.entries(t.contributions) as [FeatureName, number][])
    .filter(([, points]) => points >= MIN_POINTS)
    .sort((a, b) => b[1] - a[1]);
  const out: string[] = [];
  for (const [name] of ranked) {
    const words = positive(name, contact, e, mutuals, today, years);
    if (words && !out.includes(words)) out.push(words);
    if (out.length === MAX_POSITIVE) break;
  }
  // What holds the score back, in the order a coach would say it.
  if (e.lastTwoWay === null) out.push(e.lastAny === null ? 'no contact recorded' : 'never a two-way exchange');
  else if (today - e.lastTwoWay > 365) out.push(`no two-way contact in ${spanInWords(today - e.lastTwoWay)}`);
  if (e.given > 0 && e.received === 0) out.push('one-way: you reach out, nothing comes back');
  if (contact.wouldTakeMyCall === false) out.push('would not take your call');
  if (t.capped) out.push(`capped at ${s.capWithoutExchange} until there is a two-way exchange or help`);
  return out;
}
