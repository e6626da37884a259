// Which ring the evidence points to (the seed of DESIGN.md). Core: worked together, help or
// advice exchanged, or "would take my call", AND two-way contact within 18 months AND a
// score of 60+. Tweener: real but thin or quiet ties; a former close colleague gone quiet
// stays here (silence alone never sends anyone to the rim). Outer: no engagement at all
// (holiday cards, a follower, a cold recruiter) or a faint one (an alumni event years ago).
import type { Contact, OrbitId } from '../model';
import type { Evidence } from './evidence';
import type { StrengthSettings } from './settings';

export type SuggestedOrbit = Exclude<OrbitId, 'archived'>;

export interface OrbitSuggestion {
  orbit: SuggestedOrbit;
  /** The evidence for a close tie, present or not. */
  hasEvidence: boolean;
  /** Two-way contact within the core window. */
  recentTwoWay: boolean;
  /** Any two-way exchange or help, ever. */
  engaged: boolean;
}

export function suggestOrbit(
  contact: Pick<Contact, 'wouldTakeMyCall'>,
  evidence: Evidence,
  score: number,
  today: number,
  s: StrengthSettings,
): OrbitSuggestion {
  const hasEvidence = evidence.workedTogether || evidence.helpEvents > 0 || contact.wouldTakeMyCall === true;
  const recentTwoWay = evidence.lastTwoWay !== null && today - evidence.lastTwoWay <= s.core.recentTwoWayDays;
  const engaged = evidence.lastTwoWay !== null || evidence.helpEvents > 0;
  let orbit: SuggestedOrbit;
  if (hasEvidence && recentTwoWay && score >= s.core.minScore) orbit = 'core';
  else if (hasEvidence) orbit = 'tweener';
  else if (engaged && score >= s.tweener.minScore) orbit = 'tweener';
  else orbit = 'outer';
  return { orbit, hasEvidence, recentTwoWay, engaged };
}
