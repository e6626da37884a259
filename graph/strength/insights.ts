// Everything GET /api/insights answers, for a whole network in one pass: per contact the
// score, reasons, suggested orbit and flags; the nurture list; ring capacity; weakly held
// connections. Interactions are grouped once; mutual contacts come from the ties.
import type { Contact, Interaction, OrbitId, Tie } from '../model';
import { orbitCapacity, type OrbitCapacity } from './capacity';
import { dayNumber, todayIso } from './dates';
import { collectEvidence, interactionsByContact } from './evidence';
import { flagsFor, type Flag } from './flags';
import { nurtureDue, nurtureStatus, type NurtureStatus } from './nurture';
import { tieStrength, type Features } from './score';
import { resolveStrengthSettings, type StrengthSettings, type StrengthSettingsInput } from './settings';
import { suggestOrbit, type SuggestedOrbit } from './suggest-orbit';
import { weakReasons, type WeakReason } from './weakly-held';

export interface ContactInsight {
  id: string;
  name: string;
  score: number;
  reasons: string[];
  suggestedOrbit: SuggestedOrbit;
  orbit: OrbitId;
  flags: Flag[];
  features: Features;
  /** Empty unless the tie is weakly held. */
  weak: WeakReason[];
  nurture: NurtureStatus | null;
}

export interface NetworkInsights {
  contacts: ContactInsight[];
  nurture: NurtureStatus[];
  capacity: Record<OrbitId, OrbitCapacity>;
  /** Ids of weakly held connections, weakest first. */
  weaklyHeld: string[];
  today: string;
}

/** One contact's insight as exploring the map reads it: score, nurture state, last interaction. */
export interface InsightFact {
  id: string;
  score: number;
  nurture: Pick<NurtureStatus, 'state' | 'lastInteraction'> | null;
}

/** The part of the insights a map explorer reads (`GET /api/insights?view=facts`), an eighth of the whole. */
export interface InsightFacts {
  contacts: InsightFact[];
  today: string;
}

export function insightFacts(insights: NetworkInsights): InsightFacts {
  return {
    contacts: insights.contacts.map((c) => ({
      id: c.id,
      score: c.score,
      nurture: c.nurture ? { state: c.nurture.state, lastInteraction: c.nurture.lastInteraction } : null,
    })),
    today: insights.today,
  };
}

export interface InsightsInput {
  contacts: readonly Contact[];
  ties: readonly Pick<Tie, 'source' | 'target'>[];
  interactions: readonly Interaction[];
}

export interface InsightsOptions {
  /** The day to judge from, YYYY-MM-DD; today (UTC) by default. */
  today?: string;
  settings?: StrengthSettings | StrengthSettingsInput;
}

/** Mutual contacts per contact: how many of the user's contacts it is tied to. */
export function mutualCounts(ties: readonly Pick<Tie, 'source' | 'target'>[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ties) {
    m.set(t.source, (m.get(t.source) ?? 0) + 1);
    m.set(t.target, (m.get(t.target) ?? 0) + 1);
  }
  return m;
}

export function networkInsights(input: InsightsInput, options: InsightsOptions = {}): NetworkInsights {
  const s = resolveStrengthSettings(options.settings);
  const todayText = options.today ?? todayIso();
  const today = dayNumber(todayText);
  const byContact = interactionsByContact(input.interactions);
  const mutuals = mutualCounts(input.ties);
  const contacts: ContactInsight[] = [];
  for (const c of input.contacts) {
    const evidence = collectEvidence(c, byContact.get(c.id) ?? [], today, s);
    const m = mutuals.get(c.id) ?? 0;
    const strength = tieStrength(c, evidence, m, today, s);
    const suggestion = suggestOrbit(c, evidence, strength.score, today, s);
    const nurture = nurtureStatus(c, evidence.lastAny, today, todayText, s);
    contacts.push({
      id: c.id,
      name: c.name,
      score: strength.score,
      reasons: strength.reasons,
      suggestedOrbit: suggestion.orbit,
      orbit: c.orbit,
      flags: flagsFor(c, evidence, suggestion, strength.score, strength.reasons, nurture, today, s),
      features: strength.features,
      weak: weakReasons(c, evidence, strength.score, s),
      nurture,
    });
  }
  const weaklyHeld = contacts
    .filter((c) => c.weak.length > 0)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .map((c) => c.id);
  return {
    contacts,
    nurture: nurtureDue(contacts.map((c) => c.nurture)),
    capacity: orbitCapacity(input.contacts, s),
    weaklyHeld,
    today: todayText,
  };
}
