// Where the user's placement and the evidence disagree. The user's placement always stands;
// a flag says why the model sees it otherwise ("you placed them in the core; no two-way
// contact in 2 years"), plus nurture and one-way warnings.
import type { Contact, OrbitId } from '../model';
import { spanInWords } from './dates';
import type { Evidence } from './evidence';
import type { NurtureStatus } from './nurture';
import type { StrengthSettings } from './settings';
import type { OrbitSuggestion } from './suggest-orbit';

export type FlagCode = 'misplaced' | 'cooling' | 'at-risk' | 'dormant' | 'one-way';

export interface Flag {
  code: FlagCode;
  message: string;
  /** For 'misplaced': where the evidence points. */
  suggestedOrbit?: OrbitId;
}

const PLACED: Record<OrbitId, string> = {
  core: 'in the core',
  tweener: 'among the tweeners',
  outer: 'in the outer orbit',
  archived: 'in the archive',
};
const RANK: Record<OrbitId, number> = { core: 0, tweener: 1, outer: 2, archived: 3 };

/** Why the evidence says a lower ring than the user's placement. */
function whyLower(e: Evidence, suggestion: OrbitSuggestion, score: number, today: number, s: StrengthSettings): string {
  if (e.lastAny === null) return 'no contact recorded';
  if (e.lastTwoWay === null) return 'never a two-way exchange';
  if (!suggestion.recentTwoWay) return `no two-way contact in ${spanInWords(today - e.lastTwoWay)}`;
  if (!suggestion.hasEvidence) return 'no sign of working together, help exchanged or "would take my call"';
  return `score ${Math.round(score)} is below ${s.core.minScore}`;
}

export function flagsFor(
  contact: Pick<Contact, 'orbit'>,
  evidence: Evidence,
  suggestion: OrbitSuggestion,
  score: number,
  reasons: string[],
  nurture: NurtureStatus | null,
  today: number,
  s: StrengthSettings,
): Flag[] {
  const flags: Flag[] = [];
  if (contact.orbit === 'archived') return flags;
  if (contact.orbit !== suggestion.orbit) {
    const placed = `you placed them ${PLACED[contact.orbit]}`;
    const message =
      RANK[suggestion.orbit] > RANK[contact.orbit]
        ? `${placed}; ${whyLower(evidence, suggestion, score, today, s)}`
        : `${placed}; the evidence says ${suggestion.orbit}: ${reasons.slice(0, 2).join(', ')}`;
    flags.push({ code: 'misplaced', message, suggestedOrbit: suggestion.orbit });
  }
  if (nurture && nurture.state !== 'ok') flags.push({ code: nurture.state, message: nurture.message });
  if (evidence.given > 0 && evidence.received === 0) {
    flags.push({ code: 'one-way', message: `one-way: you reached out ${evidence.given} time${evidence.given === 1 ? '' : 's'} in two years, nothing came back` });
  }
  return flags;
}
