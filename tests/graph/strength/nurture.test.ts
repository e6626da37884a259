import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors';
import { createContact, createInteraction, type Contact, type Interaction } from '../../../graph/model';
import { networkInsights, resolveStrengthSettings, DEFAULT_STRENGTH_SETTINGS } from '../../../graph/strength';
import { boardColleague, coldRecruiter, story, TODAY } from './stories';

function coreContact(name: string, lastContact: string | null): { contact: Contact; interactions: Interaction[] } {
  return story(
    { name, orbit: 'core', contexts: ['worked-together'], connectedOn: '2020-01-01' },
    lastContact ? [{ date: lastContact, kind: 'call', direction: 'given' }] : [],
  );
}

function insights(stories: { contact: Contact; interactions: Interaction[] }[], settings = {}) {
  return networkInsights(
    { contacts: stories.map((s) => s.contact), ties: [], interactions: stories.flatMap((s) => s.interactions) },
    { today: TODAY, settings },
  );
}

describe('nurture', () => {
  it('lists core contacts past the 60-day cadence, most overdue first, with their state', () => {
    const r = insights([
      coreContact('Fresh', '2026-05-01'),
      coreContact('Cooling', '2026-03-18'),
      coreContact('At risk', '2026-01-10'),
      coreContact('Dormant', '2022-01-10'),
    ]);
    expect(r.nurture.map((n) => [n.name, n.state])).toEqual([
      ['Dormant', 'dormant'],
      ['At risk', 'at-risk'],
      ['Cooling', 'cooling'],
    ]);
    const cooling = r.nurture[2];
    expect(cooling).toMatchObject({ daysSince: 75, cadenceDays: 60, daysOverdue: 15, lastInteraction: '2026-03-18', dueOn: '2026-05-17' });
    expect(cooling.message).toBe('cooling: last contact 2 months ago (core cadence 60 days)');
  });

  it('gives tweeners a 180-day cadence and leaves the outer orbit alone', () => {
    const t = story({ name: 'Tween', orbit: 'tweener' }, [{ date: '2026-01-01', kind: 'message', direction: 'given' }]);
    const o = story({ name: 'Outer', orbit: 'outer' }, [{ date: '2020-01-01', kind: 'message', direction: 'given' }]);
    const r = insights([t, o]);
    expect(r.nurture).toEqual([]);
    expect(r.contacts.find((c) => c.name === 'Outer')!.nurture).toBeNull();
    expect(r.contacts.find((c) => c.name === 'Tween')!.nurture).toMatchObject({ state: 'ok', cadenceDays: 180 });
  });

  it('is reset by any logged interaction', () => {
    const late = coreContact('Late', '2026-01-10');
    expect(insights([late]).nurture).toHaveLength(1);
    late.interactions.push(createInteraction({ contactId: late.contact.id, date: '2026-05-30', kind: 'card', direction: 'received' }));
    expect(insights([late]).nurture).toEqual([]);
  });

  it('counts from the connection date when nothing was ever logged', () => {
    const r = insights([coreContact('Never', null)]);
    expect(r.nurture[0]).toMatchObject({ lastInteraction: null, state: 'dormant' });
    expect(r.nurture[0].message).toBe('dormant: nothing logged yet; time to reconnect');
  });

  it('follows an edited cadence', () => {
    const r = insights([coreContact('Monthly', '2026-04-15')], { cadenceDays: { core: 30 } });
    expect(r.nurture[0]).toMatchObject({ state: 'cooling', cadenceDays: 30 });
  });

  it('never moves anyone: a dormant core contact stays in the core', () => {
    const r = insights([coreContact('Dormant', '2021-01-01')]);
    expect(r.contacts[0].orbit).toBe('core');
    expect(r.contacts[0].suggestedOrbit).toBe('tweener');
  });
});

describe('capacity', () => {
  it('warns when the core holds more than 50 people', () => {
    const many = Array.from({ length: 51 }, (_, i) => createContact({ name: `P${i}`, orbit: 'core' }));
    const r = networkInsights({ contacts: many, ties: [], interactions: [] }, { today: TODAY });
    expect(r.capacity.core).toMatchObject({ count: 51, capacity: 50, over: true });
    expect(r.capacity.core.message).toMatch(/51/);
    expect(r.capacity.tweener).toMatchObject({ count: 0, capacity: 150, over: false, message: null });
    expect(r.capacity.outer.capacity).toBeNull();
  });

  it('does not warn at exactly 50', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => createContact({ name: `P${i}`, orbit: 'core' }));
    expect(networkInsights({ contacts: fifty, ties: [], interactions: [] }, { today: TODAY }).capacity.core.over).toBe(false);
  });
});

describe('tie-strength rules', () => {
  it('caps the score at 35 without a two-way exchange or help', () => {
    const s = story({ name: 'Paper tie', contexts: ['worked-together', 'board'], wouldTakeMyCall: true, connectedOn: '2016-01-01' });
    const ties = Array.from({ length: 10 }, (_, i) => ({ source: s.contact.id, target: `m${i}` }));
    const c = networkInsights({ contacts: [s.contact], ties, interactions: [] }, { today: TODAY }).contacts[0];
    expect(c.score).toBe(35);
    expect(c.reasons).toContain('capped at 35 until there is a two-way exchange or help');
    expect(c.suggestedOrbit).toBe('tweener');
  });

  it('counts a received message answered within 30 days as two-way contact', () => {
    const answered = story({ name: 'A' }, [
      { date: '2026-05-01', kind: 'message', direction: 'received' },
      { date: '2026-05-04', kind: 'message', direction: 'given' },
    ]);
    const c = insights([answered]).contacts[0];
    expect(c.features.recency).toBeCloseTo(Math.pow(2, -28 / 90), 12);
    expect(insights([coldRecruiter()]).contacts[0].features.recency).toBe(0);
  });

  it('computes the documented features', () => {
    const c = insights([boardColleague()]).contacts[0];
    // Last mutual meeting 2026-05-20, 12 days before; 12 meetings + 4 help days in 12 months.
    expect(c.features.recency).toBeCloseTo(Math.pow(2, -12 / 90), 12);
    expect(c.features.frequency).toBeCloseTo(Math.log2(17) / Math.log2(25), 12);
    expect(c.features.contexts).toBe(1);
    expect(c.features.selfReport).toBe(1);
  });

  it('does not say both reach out when messages crossed months apart without an exchange', () => {
    const s = story({ name: 'Crossed' }, [
      { date: '2025-09-01', kind: 'message', direction: 'given' },
      { date: '2026-03-01', kind: 'message', direction: 'received' },
    ]);
    const c = insights([s]).contacts[0];
    expect(c.features.reciprocity).toBe(1);
    expect(c.reasons).not.toContain('both of you reach out');
    expect(c.reasons).toContain('never a two-way exchange');
  });

  it('flags one-way contact and marks it weakly held', () => {
    const s = story({ name: 'Silent', orbit: 'tweener' }, [
      { date: '2026-01-05', kind: 'message', direction: 'given' },
      { date: '2026-03-05', kind: 'message', direction: 'given' },
      { date: '2026-05-05', kind: 'email', direction: 'given' },
    ]);
    const c = insights([s]).contacts[0];
    expect(c.weak).toContain('one-way');
    expect(c.flags.find((f) => f.code === 'one-way')?.message).toBe('one-way: you reached out 3 times in two years, nothing came back');
    expect(c.reasons).toContain('one-way: you reach out, nothing comes back');
  });
});

describe('strength settings', () => {
  it('resolves defaults once', () => {
    const s = resolveStrengthSettings();
    expect(s).toEqual(DEFAULT_STRENGTH_SETTINGS);
    expect(s.cadenceDays).toEqual({ core: 60, tweener: 180 });
    expect(s.capacity.core).toBe(50);
  });

  it('refuses feature weights that do not add up to 1', () => {
    expect(() => resolveStrengthSettings({ weights: { recency: 0.5 } })).toThrow(InvalidInputError);
  });

  it('refuses a non-positive cadence', () => {
    expect(() => resolveStrengthSettings({ cadenceDays: { core: 0 } })).toThrow(InvalidInputError);
  });
});
