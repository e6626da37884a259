import { describe, expect, it } from 'vitest';
import { networkInsights, type ContactInsight } from '../../../graph/strength';
import {
  alumniEvent,
  boardColleague,
  coldRecruiter,
  friendOfFriend,
  goneQuietColleague,
  TODAY,
  tweenerAlum,
  vendorCards,
  type Story,
} from './stories';

/** Judge one story, with `mutuals` contacts tied to the storied one. */
function judge(s: Story, mutuals = 0, orbit?: Story['contact']['orbit']): ContactInsight {
  const contact = orbit ? { ...s.contact, orbit } : s.contact;
  const others = Array.from({ length: mutuals }, (_, i) => ({ source: contact.id, target: `m${i}` }));
  return networkInsights({ contacts: [contact], ties: others, interactions: s.interactions }, { today: TODAY }).contacts[0];
}

describe('tie strength and suggested orbit for the archetypes', () => {
  it('puts a board colleague who would take the call in the core', () => {
    const c = judge(boardColleague(), 4);
    expect(c.score).toBeGreaterThanOrEqual(60);
    expect(c.suggestedOrbit).toBe('core');
    expect(c.reasons).toContain('would take your call');
    expect(c.reasons.join(' | ')).toMatch(/worked together/);
    expect(c.flags).toEqual([]);
  });

  it('says advice went both ways this year when it did', () => {
    const c = judge(boardColleague(), 4);
    expect(c.features.help).toBe(1);
    expect(c.reasons).toContain('help and advice both ways this year');
  });

  it('makes a long-distance alum who gave advice a tweener, not core', () => {
    const c = judge(tweenerAlum(), 2);
    expect(c.suggestedOrbit).toBe('tweener');
    expect(c.score).toBeGreaterThanOrEqual(30);
    expect(c.score).toBeLessThan(60);
    expect(c.flags).toEqual([]);
  });

  it('leaves a friend-of-a-friend from LinkedIn in the outer orbit, weakly held', () => {
    const c = judge(friendOfFriend(), 1);
    expect(c.suggestedOrbit).toBe('outer');
    expect(c.score).toBeLessThan(30);
    expect(c.weak).toEqual(['weak', 'linkedin-only']);
    expect(c.reasons).toContain('no contact recorded');
  });

  it('keeps a former close colleague gone quiet as a tweener, never outer', () => {
    const c = judge(goneQuietColleague(), 0);
    expect(c.suggestedOrbit).toBe('tweener');
    expect(c.reasons).toContain('no two-way contact in 3 years');
    const misplaced = c.flags.find((f) => f.code === 'misplaced');
    expect(misplaced?.message).toBe('you placed them in the core; no two-way contact in 3 years');
    expect(misplaced?.suggestedOrbit).toBe('tweener');
    expect(c.flags.map((f) => f.code)).toContain('dormant');
  });

  it('keeps a vendor who only sends holiday cards in the outer orbit', () => {
    const c = judge(vendorCards(), 0);
    expect(c.suggestedOrbit).toBe('outer');
    expect(c.score).toBeLessThanOrEqual(35);
    expect(c.features.frequency).toBe(0);
    expect(c.reasons).toContain('never a two-way exchange');
  });

  it('keeps a cold recruiter in the outer orbit', () => {
    const c = judge(coldRecruiter(), 0);
    expect(c.suggestedOrbit).toBe('outer');
    expect(c.features.recency).toBe(0);
    expect(c.flags).toEqual([]);
  });

  it('keeps one meeting at an alumni event years ago in the outer orbit', () => {
    const c = judge(alumniEvent(), 0);
    expect(c.suggestedOrbit).toBe('outer');
    expect(c.score).toBeLessThan(30);
  });

  it('ranks the archetypes core > tweener > outer by score', () => {
    const core = judge(boardColleague(), 4).score;
    const tweener = judge(tweenerAlum(), 2).score;
    const outer = Math.max(judge(friendOfFriend(), 1).score, judge(vendorCards()).score, judge(coldRecruiter()).score);
    expect(core).toBeGreaterThan(tweener);
    expect(tweener).toBeGreaterThan(outer);
  });
});

describe('placement flags', () => {
  it('flags a core-worthy contact the user left in the outer orbit, with the evidence', () => {
    const c = judge(boardColleague(), 4, 'outer');
    const flag = c.flags.find((f) => f.code === 'misplaced');
    expect(flag?.suggestedOrbit).toBe('core');
    expect(flag?.message).toMatch(/^you placed them in the outer orbit; the evidence says core: /);
  });

  it("keeps the user's placement and only flags it", () => {
    const c = judge(vendorCards(), 0, 'core');
    expect(c.orbit).toBe('core');
    expect(c.suggestedOrbit).toBe('outer');
    expect(c.flags[0]).toMatchObject({ code: 'misplaced', message: 'you placed them in the core; never a two-way exchange' });
  });

  it('never flags archived contacts', () => {
    expect(judge(boardColleague(), 4, 'archived').flags).toEqual([]);
  });
});
