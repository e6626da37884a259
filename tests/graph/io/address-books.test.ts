import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat, guessMapping, parseGenericCsv, parseGoogleCsv, parseImport, parseOutlookCsv, parseVCard } from '../../../graph/io';
import { fixture, fixtureText } from './fixtures';

describe('parseVCard', () => {
  it('decodes vCard 2.1 quoted-printable in the declared charset, soft line breaks included', () => {
    const r = parseVCard(fixtureText('contacts-21.vcf'));
    expect(r.errors).toEqual([]);
    const [tomas, dan] = r.contacts.map((c) => c.contact);
    expect(tomas).toMatchObject({ name: 'Tomás Lindqvist', company: 'Lindqvist, Berg & Partners', position: 'Principal Designer' });
    expect(tomas.notes).toBe('Mötte på designkonferensen i Malmö, pratade om portfolios.');
    expect(tomas.phones).toEqual(['+46 70 123 45 67', '+46 8 555 010 20']);
    expect(dan.name).toBe('Dan Whitfield');
    expect(r.contacts[1].line).toBe(13);
  });

  it('unfolds vCard 3.0 lines and unescapes commas, semicolons and newlines', () => {
    const r = parseVCard(fixtureText('contacts-30.vcf'));
    expect(r.errors).toEqual([]);
    const maya = r.contacts[0].contact;
    expect(maya.notes).toBe("Met at the trustees' induction day; we co-chair the fundraising committee.\nLikes early morning calls.");
    expect(maya.tags).toEqual(['Board', 'Riverside, Trustees']);
    expect(maya.company).toBe('Riverside Community Trust');
    expect(maya.emails).toEqual(['maya.okafor@example.org', 'maya@riverside-trust.example']);
    expect(maya.phones).toHaveLength(2);
    expect(maya.profileUrl).toBe('https://linkedin.com/in/maya-okafor');
    expect(maya.location).toBe('Portland, OR, USA');
  });

  it('reads vCard 4.0 with RELATED types as contexts and tel: URIs as phones', () => {
    const r = parseVCard(fixtureText('contacts-40.vcf'));
    expect(r.errors).toEqual([]);
    const priya = r.contacts[0].contact;
    expect(priya.contexts).toEqual(['worked-together', 'met-in-person']);
    expect(priya.phones).toEqual(['+44-20-7946-0011']);
    expect(priya.tags).toEqual(['alumni', 'design']);
    expect(priya.emails).toHaveLength(2);
  });

  it('refuses a truncated card with the line where it started', () => {
    const text = fixtureText('contacts-30.vcf').split('END:VCARD')[0];
    const r = parseVCard(text);
    expect(r.errors).toEqual([expect.objectContaining({ line: 1 })]);
    expect(r.errors[0].message).toMatch(/not closed/);
  });
});

describe('parseGoogleCsv', () => {
  it('reads the older header family with " ::: " multi-values and groups as tags', () => {
    const r = parseGoogleCsv(fixtureText('google-old.csv'));
    expect(r.errors).toEqual([]);
    const maya = r.contacts[0].contact;
    expect(maya.emails).toEqual(['maya@riverside-trust.example', 'maya.okafor@example.org']);
    expect(maya.tags).toEqual(['Board', 'Trustees']);
    expect(maya).toMatchObject({ company: 'Riverside Community Trust', position: 'Board Chair', profileUrl: 'https://linkedin.com/in/maya-okafor' });
    expect(r.contacts[1].contact).toMatchObject({ name: 'Lee Chen', emails: ['lee.chen@example.com'], tags: [] });
  });

  it('reads the current header family with labels and the address city', () => {
    const r = parseGoogleCsv(fixtureText('google-new.csv'));
    expect(r.errors).toEqual([]);
    const priya = r.contacts[0].contact;
    expect(priya).toMatchObject({ name: 'Priya Raman', company: 'Studio Arc', position: 'Design Researcher', location: 'London, UK', tags: ['Alumni'] });
    expect(priya.notes).toBe('Alum, same grad program');
  });

  it('is detected from either header', () => {
    expect(detectFormat(fixtureText('google-old.csv'))).toBe('google');
    expect(detectFormat(fixtureText('google-new.csv'))).toBe('google');
  });
});

describe('parseOutlookCsv', () => {
  it('decodes windows-1252 and reads Job Title as the job, not the honorific Title', () => {
    const decoded = decodeText(fixture('outlook.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    const r = parseOutlookCsv(decoded.text);
    expect(r.errors).toEqual([]);
    const renee = r.contacts[0].contact;
    expect(renee).toMatchObject({ name: 'Renée Dubois', company: 'Café Conseil', position: 'Directrice', location: 'Lyon, France' });
    expect(renee.name).not.toContain('Dr.');
    expect(renee.tags).toEqual(['Clients', 'Conférences']);
    expect(parseImport(fixture('outlook.csv')).format).toBe('outlook');
  });
});

describe('parseGenericCsv', () => {
  it('guesses a mapping from common column names and reads semicolon-separated files', () => {
    const r = parseGenericCsv(fixtureText('generic-semicolon.csv'));
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => [c.contact.name, c.contact.company, c.contact.position])).toEqual([
      ['Ana Ruiz', 'Acme Corp', 'Engineer'],
      ['Ana Ruiz', 'Globex', 'Analyst'],
    ]);
    expect(guessMapping(['Full Name', 'Organisation', 'E-mail'])).toEqual({ name: 'Full Name', company: 'Organisation', emails: 'E-mail' });
  });

  it('follows an explicit column mapping', () => {
    const r = parseGenericCsv('Who,Firm,Notes\nAna Ruiz,Acme,met at PyCon\n', { name: 'Who', company: 'Firm' });
    expect(r.contacts[0].contact).toMatchObject({ name: 'Ana Ruiz', company: 'Acme', notes: '' });
  });

  it('refuses a mapping that names a missing column', () => {
    const r = parseGenericCsv('Who,Firm\nAna,Acme\n', { name: 'Person' });
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0].message).toMatch(/Person/);
  });

  it('stores markup, formulas and __proto__ as plain text', () => {
    const r = parseGenericCsv(fixtureText('hostile.csv'));
    expect(r.errors).toEqual([]);
    const [a, b] = r.contacts.map((c) => c.contact);
    expect(a.name).toBe('=HYPERLINK("http://evil.example","click")');
    expect(a.company).toBe('+SUM(A1:A9)');
    expect(a.notes).toBe("<script>alert('x')</script>");
    expect(a.tags).toEqual(['__proto__']);
    expect(b.name).toBe('<img src=x onerror=alert(1)>');
    expect(b.tags).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  });
});
