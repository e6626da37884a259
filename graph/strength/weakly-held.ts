// Weakly held connections: ties the user barely holds. Weak by the tie-strength score,
// one-way (the user reaches out, nothing comes back), or LinkedIn-only with no shared context
// and nothing logged (Granovetter 1973: weak ties carry new information, so they are shown,
// not hidden).
import type { Contact } from '../model';
import type { Evidence } from './evidence';
import type { StrengthSettings } from './settings';

export type WeakReason = 'weak' | 'one-way' | 'linkedin-only';

const NO_SHARED_CONTEXT = new Set(['friend-of-friend', 'online-only']);

export function weakReasons(
  contact: Pick<Contact, 'sources' | 'contexts' | 'orbit'>,
  evidence: Evidence,
  score: number,
  s: StrengthSettings,
): WeakReason[] {
  if (contact.orbit === 'archived') return [];
  const out: WeakReason[] = [];
  if (score < s.weakScore) out.push('weak');
  if (evidence.given > 0 && evidence.received === 0) out.push('one-way');
  const linkedInOnly = contact.sources.length > 0 && contact.sources.every((x) => x.startsWith('linkedin'));
  if (linkedInOnly && contact.contexts.every((c) => NO_SHARED_CONTEXT.has(c)) && evidence.lastTwoWay === null && evidence.helpEvents === 0) {
    out.push('linkedin-only');
  }
  return out;
}
