import { describe, expect, it } from 'vitest';
import { emptyImport, parseImport, planImport, type ParsedImport } from '../../../graph/io';
import { createContact, type Contact, type ContactInput } from '../../../graph/model';
import { fixture } from './fixtures';

const NOW = '2026-01-01T00:00:00.000Z';

function incoming(...inputs: ContactInput[]): ParsedImport {
  const r = emptyImport('csv');
  inputs.forEach((input, i) => r.contacts.push({ line: i + 2, key: `k${i}`, contact: createContact({ sources: ['csv'], ...input }, NOW) }));
  return r;
}

const existing = (...contacts: Contact[]) => ({ contacts, ties: [], interactions: [] });

describe('planImport', () => {
  it('treats the same normalised profile URL as the same person whatever the name', () => {
    const maya = createContact({ name: 'Maya Okafor', profileUrl: 'https://www.linkedin.com/in/maya-okafor/', orbit: 'core' }, NOW);
    const plan = planImport(existing(maya), incoming({ name: 'Maya O.', profileUrl: 'linkedin.com/in/Maya-Okafor' }), NOW);
    expect(plan.summary).toMatchObject({ created: 0, merged: 1, updated: 1 });
    expect(plan.batch.updateContacts[0]).toMatchObject({ id: maya.id, name: 'Maya Okafor', orbit: 'core', sources: ['manual', 'csv'], version: 1 });
  });

  it('matches on a shared email when there is no URL', () => {
    const lee = createContact({ name: 'Lee Chen', emails: ['lee@example.com'] }, NOW);
    const plan = planImport(existing(lee), incoming({ name: 'L. Chen', emails: ['LEE@example.com', 'lee.chen@work.example'], phones: ['+1 555'] }), NOW);
    expect(plan.summary.merged).toBe(1);
    expect(plan.batch.updateContacts[0]).toMatchObject({ emails: ['lee@example.com', 'lee.chen@work.example'], phones: ['+1 555'] });
  });

  it('keeps two people who merely share a name apart', () => {
    const ana = createContact({ name: 'Ana Ruiz', company: 'Acme Corp' }, NOW);
    const plan = planImport(existing(ana), incoming({ name: 'Ana Ruiz', company: 'Globex' }, { name: 'ANA  RUÍZ', company: 'acme corp.' }), NOW);
    expect(plan.summary).toMatchObject({ created: 1, merged: 1 });
    expect(plan.batch.createContacts[0].company).toBe('Globex');
  });

  it('keeps every note, fills empty fields and never overwrites what the user wrote', () => {
    const dan = createContact({ name: 'Dan Whitfield', company: 'Northwind', position: '', notes: 'Met at the expo.' }, NOW);
    const plan = planImport(existing(dan), incoming({ name: 'Dan Whitfield', company: 'Northwind', position: 'VP Sales', notes: 'Prefers email.' }), NOW);
    expect(plan.batch.updateContacts[0]).toMatchObject({ company: 'Northwind', position: 'VP Sales', notes: 'Met at the expo.\n\nPrefers email.' });
  });

  it('merges duplicates within one file', () => {
    const plan = planImport(existing(), incoming({ name: 'Ana', emails: ['a@x.example'] }, { name: 'Ana Ruiz', emails: ['a@x.example'], company: 'Acme' }), NOW);
    expect(plan.summary).toMatchObject({ created: 1, merged: 1, updated: 0 });
    expect(plan.batch.createContacts[0]).toMatchObject({ name: 'Ana', company: 'Acme', version: 1 });
  });

  it('plans nothing when the same file is imported again', () => {
    const first = planImport(existing(), parseImport(fixture('contacts-30.vcf')), NOW);
    const second = planImport({ contacts: first.batch.createContacts, ties: [], interactions: [] }, parseImport(fixture('contacts-30.vcf')), NOW);
    expect(second.batch).toEqual({ createContacts: [], updateContacts: [], createTies: [], createInteractions: [], createOrbitMoves: [] });
    expect(second.summary).toMatchObject({ created: 0, updated: 0, merged: 1 });
  });

  it('resolves ties through merged people and skips ties already present', () => {
    const parsed = parseImport(fixture('network.graphml'));
    const first = planImport(existing(), parsed, NOW);
    expect(first.batch.createTies).toHaveLength(2);
    const again = planImport({ contacts: first.batch.createContacts, ties: first.batch.createTies, interactions: [] }, parseImport(fixture('network.graphml')), NOW);
    expect(again.batch.createTies).toHaveLength(0);
    expect(again.summary.skipped).toBe(2);
  });

  it('reports a merge that would break a limit with the line of the record', () => {
    const full = createContact({ name: 'Tag Hoarder', emails: ['t@x.example'], tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }, NOW);
    const plan = planImport(existing(full), incoming({ name: 'Tag Hoarder', emails: ['t@x.example'], tags: ['one more'] }), NOW);
    expect(plan.summary.errors).toEqual([expect.objectContaining({ line: 2 })]);
  });
});
