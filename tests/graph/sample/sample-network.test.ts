import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors';
import { createContact, createInteraction, createTie, type Contact, type Interaction } from '../../../graph/model';
import { addDays, sampleNetwork } from '../../../graph/sample';

const TODAY = '2026-11-25';
const sample = sampleNetwork(TODAY);

function byName(name: string): Contact {
  const found = sample.contacts.find((c) => c.name === name);
  if (!found) throw new Error(`no contact named ${name}`);
  return found;
}

function interactionsOf(c: Contact): Interaction[] {
  return sample.interactions.filter((i) => i.contactId === c.id);
}

function daysSince(date: string): number {
  return Math.round((Date.parse(TODAY) - Date.parse(date)) / 86_400_000);
}

function isTwoWay(list: Interaction[]): boolean {
  const dirs = new Set(list.map((i) => i.direction));
  return dirs.has('mutual') || (dirs.has('given') && dirs.has('received'));
}

describe('sampleNetwork', () => {
  it('has a fictional ego with a name and headline', () => {
    expect(sample.ego.id).toBe('ego');
    expect(sample.ego.name.length).toBeGreaterThan(3);
    expect(sample.ego.headline.length).toBeGreaterThan(10);
  });

  it('holds 100-130 contacts: a core of 15-20, 30-40 tweeners, the rest outer, a few archived', () => {
    const count = (orbit: string) => sample.contacts.filter((c) => c.orbit === orbit).length;
    expect(sample.contacts.length).toBeGreaterThanOrEqual(100);
    expect(sample.contacts.length).toBeLessThanOrEqual(130);
    expect(count('core')).toBeGreaterThanOrEqual(15);
    expect(count('core')).toBeLessThanOrEqual(20);
    expect(count('tweener')).toBeGreaterThanOrEqual(30);
    expect(count('tweener')).toBeLessThanOrEqual(40);
    expect(count('archived')).toBeGreaterThanOrEqual(2);
    expect(count('outer')).toBeGreaterThan(count('tweener'));
  });

  it('includes two core people on different boards of trustees who would take my call', () => {
    const boardCore = sample.contacts.filter(
      (c) => c.orbit === 'core' && c.contexts.includes('board') && c.contexts.includes('worked-together') && c.wouldTakeMyCall === true,
    );
    const boards = new Set(boardCore.map((c) => c.company));
    expect(boards.has('Riverside Arts Trust')).toBe(true);
    expect(boards.has('Northgate Community Foundation')).toBe(true);
    for (const c of [byName('Amara Balogun'), byName('Tomasz Wójcik')]) {
      const list = interactionsOf(c);
      expect(isTwoWay(list)).toBe(true);
      expect(Math.min(...list.map((i) => daysSince(i.date)))).toBeLessThan(60);
    }
  });

  it('includes the alum tweener at a design firm, never met, with messages and one advice exchange', () => {
    const keiko = byName('Keiko Lindqvist');
    expect(keiko.orbit).toBe('tweener');
    expect(keiko.company).toMatch(/Studio/);
    expect(keiko.contexts).toContain('school');
    expect(keiko.contexts).not.toContain('met-in-person');
    expect(keiko.notes).toMatch(/alma mater/);
    expect(keiko.notes).toMatch(/Never met/);
    const list = interactionsOf(keiko);
    expect(list.filter((i) => i.kind === 'message').length).toBeGreaterThanOrEqual(2);
    expect(list.filter((i) => i.kind === 'advice')).toHaveLength(1);
    expect(isTwoWay(list)).toBe(true);
  });

  it('includes the friend-of-a-friend outer planet with 500+ connections who would not know me', () => {
    const bruno = byName('Bruno Castellano');
    expect(bruno.orbit).toBe('outer');
    expect(bruno.contexts).toContain('friend-of-friend');
    expect(bruno.tags).toContain('500+ connections');
    expect(bruno.notes).toMatch(/500\+/);
    expect(bruno.wouldTakeMyCall).toBe(false);
    expect(interactionsOf(bruno)).toHaveLength(0);
    expect(sample.ties.some((t) => t.source === bruno.id || t.target === bruno.id)).toBe(true);
  });

  it('includes a core person gone quiet for about two years and an outer person with strong recent help', () => {
    const quiet = byName('Ilse Hoffmann');
    expect(quiet.orbit).toBe('core');
    expect(Math.min(...interactionsOf(quiet).map((i) => daysSince(i.date)))).toBeGreaterThan(700);
    const helpful = byName('Rafael Sandoval');
    expect(helpful.orbit).toBe('outer');
    const recent = interactionsOf(helpful).filter((i) => daysSince(i.date) <= 90);
    expect(recent.filter((i) => i.kind === 'help' || i.kind === 'advice').length).toBeGreaterThanOrEqual(3);
    expect(isTwoWay(recent)).toBe(true);
  });

  it('gives core people recent contact, tweeners occasional contact and most outer planets none', () => {
    const core = sample.contacts.filter((c) => c.orbit === 'core' && c.name !== 'Ilse Hoffmann');
    for (const c of core) expect(Math.min(...interactionsOf(c).map((i) => daysSince(i.date)))).toBeLessThan(180);
    const tweeners = sample.contacts.filter((c) => c.orbit === 'tweener');
    expect(tweeners.filter((c) => interactionsOf(c).length > 0).length / tweeners.length).toBeGreaterThan(0.9);
    const outer = sample.contacts.filter((c) => c.orbit === 'outer');
    expect(outer.filter((c) => interactionsOf(c).length === 0).length / outer.length).toBeGreaterThan(0.6);
  });

  it('has ties inside clusters and a few bridges between them', () => {
    const cluster = new Map(sample.contacts.map((c) => [c.id, c.tags[0]]));
    const inside = sample.ties.filter((t) => cluster.get(t.source) === cluster.get(t.target)).length;
    const between = sample.ties.length - inside;
    expect(inside).toBeGreaterThan(100);
    expect(between).toBeGreaterThanOrEqual(4);
    expect(between).toBeLessThan(inside / 5);
  });

  it('references only existing contacts, with no duplicate pairs and every date in the past', () => {
    const ids = new Set(sample.contacts.map((c) => c.id));
    expect(ids.size).toBe(sample.contacts.length);
    const pairs = new Set(sample.ties.map((t) => `${t.source}|${t.target}`));
    expect(pairs.size).toBe(sample.ties.length);
    for (const t of sample.ties) expect(ids.has(t.source) && ids.has(t.target) && t.source < t.target).toBe(true);
    for (const i of sample.interactions) {
      expect(ids.has(i.contactId)).toBe(true);
      expect(i.date < TODAY).toBe(true);
    }
    for (const c of sample.contacts) if (c.connectedOn) expect(c.connectedOn < TODAY).toBe(true);
  });

  it('consists of valid records marked as sample data', () => {
    for (const c of sample.contacts) {
      expect(createContact(c, c.createdAt)).toEqual(c);
      expect(c.sources).toEqual(['sample']);
    }
    for (const t of sample.ties) expect(createTie(t, t.createdAt)).toEqual(t);
    for (const i of sample.interactions) expect(createInteraction(i, i.createdAt)).toEqual(i);
  });

  it('is the same for the same day and moves only the dates for another day', () => {
    expect(JSON.stringify(sampleNetwork(TODAY))).toBe(JSON.stringify(sample));
    const later = sampleNetwork(addDays(TODAY, 30));
    expect(later.contacts.map((c) => c.name)).toEqual(sample.contacts.map((c) => c.name));
    expect(later.interactions.map((i) => i.date)).toEqual(sample.interactions.map((i) => addDays(i.date, 30)));
  });

  it('refuses a malformed day', () => {
    expect(() => sampleNetwork('25/11/2026')).toThrow(InvalidInputError);
  });
});
