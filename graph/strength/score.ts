// The explainable tie-strength score (DESIGN.md): features in [0,1] for recency, frequency,
// duration, reciprocity, help and advice, shared contexts and mutual contacts, weighted to
// 0-100 (Gilbert & Karahalios, CHI 2009: recency and duration are the strongest predictors;
// Granovetter 1973 for the dimensions). "Would take my call", when answered, takes its share.
import type { Contact } from '../model';
import { dayNumber } from './dates';
import type { Evidence } from './evidence';
import { reasonsFor } from './reasons';
import type { FeatureWeights, StrengthSettings } from './settings';

export type FeatureName = keyof FeatureWeights | 'selfReport';

export interface Features {
  recency: number;
  frequency: number;
  duration: number;
  reciprocity: number;
  help: number;
  contexts: number;
  mutuals: number;
  /** null when the user has not answered "would take my call". */
  selfReport: number | null;
}

export interface TieStrength {
  /** 0-100, rounded to one decimal. */
  score: number;
  features: Features;
  /** Points each feature adds to the score, before the cap. */
  contributions: Record<FeatureName, number>;
  /** True when the cap for no two-way exchange and no help applied. */
  capped: boolean;
  reasons: string[];
}

const log2 = Math.log2;

/** Years the contact has been known: since connectedOn or the first interaction, whichever is earlier. */
export function yearsKnown(contact: Pick<Contact, 'connectedOn'>, evidence: Evidence, today: number): number {
  let first = evidence.firstAny;
  if (contact.connectedOn) {
    const c = dayNumber(contact.connectedOn);
    if (first === null || c < first) first = c;
  }
  return first === null ? 0 : Math.max(0, (today - first) / 365.25);
}

export function features(
  contact: Pick<Contact, 'contexts' | 'connectedOn' | 'wouldTakeMyCall'>,
  evidence: Evidence,
  mutuals: number,
  today: number,
  s: StrengthSettings,
): Features {
  const recency = evidence.lastTwoWay === null ? 0 : Math.pow(2, -(today - evidence.lastTwoWay) / s.recencyHalfLifeDays);
  const frequency = Math.min(1, log2(1 + evidence.recentDays) / log2(1 + s.frequencySaturation));
  const duration = Math.min(1, log2(1 + yearsKnown(contact, evidence, today)) / log2(1 + s.durationSaturationYears));
  const most = Math.max(evidence.given, evidence.received);
  const reciprocity = most === 0 ? 0 : Math.min(evidence.given, evidence.received) / most;
  const oneWay = !(evidence.helpGiven && evidence.helpReceived);
  const help = Math.min(1, evidence.helpEvents / s.helpSaturation) * (oneWay ? s.oneWayHelpFactor : 1);
  let contextPoints = 0;
  for (const c of contact.contexts) contextPoints += s.contextWeights[c] ?? 1;
  const contexts = Math.min(1, contextPoints / s.contextSaturation);
  const mutualShare = Math.min(1, mutuals / s.mutualSaturation);
  const selfReport = contact.wouldTakeMyCall === null ? null : contact.wouldTakeMyCall ? 1 : 0;
  return { recency, frequency, duration, reciprocity, help, contexts, mutuals: mutualShare, selfReport };
}

export function tieStrength(
  contact: Pick<Contact, 'contexts' | 'connectedOn' | 'wouldTakeMyCall'>,
  evidence: Evidence,
  mutuals: number,
  today: number,
  s: StrengthSettings,
): TieStrength {
  const f = features(contact, evidence, mutuals, today, s);
  const rest = f.selfReport === null ? 1 : 1 - s.selfReportWeight;
  const w = s.weights;
  const contributions: Record<FeatureName, number> = {
    recency: 100 * rest * w.recency * f.recency,
    frequency: 100 * rest * w.frequency * f.frequency,
    duration: 100 * rest * w.duration * f.duration,
    reciprocity: 100 * rest * w.reciprocity * f.reciprocity,
    help: 100 * rest * w.help * f.help,
    contexts: 100 * rest * w.contexts * f.contexts,
    mutuals: 100 * rest * w.mutuals * f.mutuals,
    selfReport: f.selfReport === null ? 0 : 100 * s.selfReportWeight * f.selfReport,
  };
  let raw = 0;
  for (const v of Object.values(contributions)) raw += v;
  const capped = evidence.lastTwoWay === null && evidence.helpEvents === 0 && raw > s.capWithoutExchange;
  const score = Math.round(Math.min(100, capped ? s.capWithoutExchange : raw) * 10) / 10;
  const result: TieStrength = { score, features: f, contributions, capped, reasons: [] };
  result.reasons = reasonsFor(contact, evidence, result, mutuals, yearsKnown(contact, evidence, today), today, s);
  return result;
}
