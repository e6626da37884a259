// Every constant of the tie-strength model, suggestions and nurture in one settings object.
// Defaults follow DESIGN.md (Gilbert & Karahalios 2009 for the features; Dunbar's layers for
// capacity); `resolveStrengthSettings` merges a partial override and validates it once.
import { InvalidInputError } from '../errors';
import { orbitDef, type ContextId } from '../model';

export interface FeatureWeights {
  recency: number;
  frequency: number;
  duration: number;
  reciprocity: number;
  help: number;
  contexts: number;
  mutuals: number;
}

export interface StrengthSettings {
  /** R = 2^(-days since last two-way contact / half-life). */
  recencyHalfLifeDays: number;
  /** F = log2(1+n)/log2(1+saturation), n = interaction days in the window. */
  frequencyWindowDays: number;
  frequencySaturation: number;
  /** D = log2(1+years)/log2(1+saturation). */
  durationSaturationYears: number;
  /** B = min(in,out)/max(in,out) over this window. */
  reciprocityWindowDays: number;
  /** S = min(1, events/saturation), times the factor when it only ever went one way. */
  helpSaturation: number;
  oneWayHelpFactor: number;
  /** X = min(1, sum of context weights / saturation); contexts not listed count 1. */
  contextSaturation: number;
  contextWeights: Partial<Record<ContextId, number>>;
  /** Contexts that mean the user and the contact worked together (evidence for core). */
  workedTogetherContexts: ContextId[];
  /** E = min(1, mutual contacts / saturation). */
  mutualSaturation: number;
  weights: FeatureWeights;
  /** Share of the score taken by "would take my call" when answered; the rest scale down. */
  selfReportWeight: number;
  /** Score ceiling when there was never a two-way exchange and no help or advice. */
  capWithoutExchange: number;
  /** A received message answered (or answering) within this many days is a two-way exchange. */
  replyWindowDays: number;
  core: { minScore: number; recentTwoWayDays: number };
  tweener: { minScore: number };
  /** Days between touches before a relationship is cooling. */
  cadenceDays: { core: number; tweener: number };
  /** At risk past cadence x this factor. */
  atRiskFactor: number;
  /** Dormant after this many days without contact: suggest reconnecting, never auto-demote. */
  dormantDays: number;
  /** Soft ring limits (Dunbar-style); warn past them. */
  capacity: { core: number; tweener: number };
  /** Below this score a tie counts as weakly held. */
  weakScore: number;
}

export const DEFAULT_STRENGTH_SETTINGS: StrengthSettings = {
  recencyHalfLifeDays: 90,
  frequencyWindowDays: 365,
  frequencySaturation: 24,
  durationSaturationYears: 10,
  reciprocityWindowDays: 730,
  helpSaturation: 3,
  oneWayHelpFactor: 0.7,
  contextSaturation: 3,
  contextWeights: { 'worked-together': 2, supervisor: 2, colleague: 2, 'friend-of-friend': 0, 'online-only': 0 },
  workedTogetherContexts: ['worked-together', 'supervisor', 'colleague'],
  mutualSaturation: 10,
  weights: { recency: 0.25, frequency: 0.15, duration: 0.1, reciprocity: 0.1, help: 0.15, contexts: 0.15, mutuals: 0.1 },
  selfReportWeight: 0.2,
  capWithoutExchange: 35,
  replyWindowDays: 30,
  core: { minScore: 60, recentTwoWayDays: 548 },
  tweener: { minScore: 30 },
  cadenceDays: { core: orbitDef('core').cadenceDays ?? 60, tweener: orbitDef('tweener').cadenceDays ?? 180 },
  atRiskFactor: 2,
  dormantDays: 3 * 365,
  capacity: { core: orbitDef('core').capacity ?? 50, tweener: orbitDef('tweener').capacity ?? 150 },
  weakScore: 30,
};

export type StrengthSettingsInput = Partial<
  Omit<StrengthSettings, 'weights' | 'core' | 'tweener' | 'cadenceDays' | 'capacity'>
> & {
  weights?: Partial<FeatureWeights>;
  core?: Partial<StrengthSettings['core']>;
  tweener?: Partial<StrengthSettings['tweener']>;
  cadenceDays?: Partial<StrengthSettings['cadenceDays']>;
  capacity?: Partial<StrengthSettings['capacity']>;
};

function fail(field: string, message: string): never {
  throw new InvalidInputError(`tie-strength settings: ${field} ${message}`, [{ field, message }]);
}

function positive(field: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(field, 'must be a positive number');
}

function share(field: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail(field, 'must be between 0 and 1');
}

/** Defaults merged with `input`, checked once; throws InvalidInputError naming the field. */
export function resolveStrengthSettings(input: StrengthSettingsInput = {}): StrengthSettings {
  const d = DEFAULT_STRENGTH_SETTINGS;
  const s: StrengthSettings = {
    ...d,
    ...input,
    contextWeights: { ...d.contextWeights, ...input.contextWeights },
    weights: { ...d.weights, ...input.weights },
    core: { ...d.core, ...input.core },
    tweener: { ...d.tweener, ...input.tweener },
    cadenceDays: { ...d.cadenceDays, ...input.cadenceDays },
    capacity: { ...d.capacity, ...input.capacity },
  };
  for (const key of [
    'recencyHalfLifeDays', 'frequencyWindowDays', 'frequencySaturation', 'durationSaturationYears',
    'reciprocityWindowDays', 'helpSaturation', 'contextSaturation', 'mutualSaturation', 'replyWindowDays',
    'atRiskFactor', 'dormantDays',
  ] as const) positive(key, s[key]);
  share('oneWayHelpFactor', s.oneWayHelpFactor);
  share('selfReportWeight', s.selfReportWeight);
  let total = 0;
  for (const [k, w] of Object.entries(s.weights)) {
    share(`weights.${k}`, w);
    total += w;
  }
  if (Math.abs(total - 1) > 1e-9) fail('weights', `must add up to 1 (they add up to ${total.toFixed(3)})`);
  for (const [k, w] of Object.entries(s.contextWeights)) {
    if (typeof w !== 'number' || !(w >= 0)) fail(`contextWeights.${k}`, 'must be zero or more');
  }
  for (const [field, v] of [['capWithoutExchange', s.capWithoutExchange], ['core.minScore', s.core.minScore], ['tweener.minScore', s.tweener.minScore], ['weakScore', s.weakScore]] as const) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 100)) fail(field, 'must be a score between 0 and 100');
  }
  if (s.tweener.minScore > s.core.minScore) fail('tweener.minScore', 'must not exceed core.minScore');
  positive('core.recentTwoWayDays', s.core.recentTwoWayDays);
  positive('cadenceDays.core', s.cadenceDays.core);
  positive('cadenceDays.tweener', s.cadenceDays.tweener);
  positive('capacity.core', s.capacity.core);
  positive('capacity.tweener', s.capacity.tweener);
  return s;
}
