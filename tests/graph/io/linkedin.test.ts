import { describe, expect, it } from 'vitest';
import { decodeText, parseImport, parseLinkedInConnections, parseLinkedInMessages } from '../../../graph/io';
import { fixture, fixtureText } from './fixtures';

const connections = () => parseLinkedInConnections(decodeText(fixture('linkedin-connections.csv')).text);

describe('parseLinkedInConnections', () => {
  it('finds the header after the Notes preamble, through a BOM and CRLF line ends', () => {
    const r = connections();
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.contact.name)).toEqual(['Maya Okafor', 'Tomás Lindqvist', 'Priya Raman', 'Dan Whitfield']);
  });

  it('keeps quoted commas and quoted line breaks inside one field', () => {
    const [, tomas, priya] = connections().contacts.map((c) => c.contact);
    expect(tomas.company).toBe('Lindqvist, Berg & Partners');
    expect(priya.position).toBe('Design Researcher\r\n(Service Design)');
  });

  it('turns dates like 14 Mar 2025 into ISO dates and normalises profile URLs as person keys', () => {
    const r = connections();
    const maya = r.contacts[0];
    expect(maya.contact.connectedOn).toBe('2025-03-14');
    expect(maya.contact.profileUrl).toBe('https://linkedin.com/in/maya-okafor');
    expect(maya.key).toBe('https://linkedin.com/in/maya-okafor');
    expect(r.contacts[2].contact.profileUrl).toBe('https://linkedin.com/in/priyaraman');
  });

  it('reports rows on the line of the source file where they start', () => {
    const r = connections();
    expect(r.contacts.map((c) => c.line)).toEqual([5, 6, 7, 10]);
  });

  it('skips members with hidden names and puts everyone in the outer orbit', () => {
    const r = connections();
    expect(r.skipped).toBe(1);
    expect(r.contacts.every((c) => c.contact.orbit === 'outer' && c.contact.sources[0] === 'linkedin')).toBe(true);
  });

  it('reads older exports without a URL column by column name', () => {
    const r = parseLinkedInConnections(fixtureText('linkedin-connections-old.csv'));
    expect(r.errors).toEqual([]);
    expect(r.contacts[1].contact).toMatchObject({ name: 'Ana Ruiz', company: 'Acme Corp', profileUrl: null, connectedOn: '2018-08-01' });
  });

  it('repairs names that were UTF-8 read as windows-1252 and written again', () => {
    const r = parseLinkedInConnections('First Name,Last Name,Company,Position,Connected On\nJosÃ©,MÃ¼ller,CafÃ© Ãlvarez,Chef,01 Aug 2018\nAna,Ã©tÃ©,,,\n'.replace('Ãl', 'Ã\u0081l'));
    expect(r.contacts.map((c) => [c.contact.name, c.contact.company])).toEqual([
      ['José Müller', 'Café Álvarez'],
      ['Ana été', ''],
    ]);
  });

  it('reports an unreadable date with its line', () => {
    const r = parseLinkedInConnections(fixtureText('linkedin-connections-bad.csv'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].line).toBe(3);
    expect(r.errors[0].message).toMatch(/sometime last year/);
  });

  it('reports a missing header instead of guessing', () => {
    const r = parseLinkedInConnections('Name,Where\nAna,Acme\n');
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0].message).toMatch(/no header row/);
  });

  it('refuses a file cut inside a quoted field', () => {
    const text = fixtureText('linkedin-connections-old.csv') + 'Lee,Chen,,"Unclosed Co,Engineer,01 Aug 2018\n';
    const r = parseLinkedInConnections(text);
    expect(r.errors.some((e) => e.line === 4)).toBe(true);
  });
});

describe('parseLinkedInMessages', () => {
  const r = parseLinkedInMessages(fixtureText('linkedin-messages.csv'));

  it('reads a profile URL with a malformed %-escape as written (found by the fuzz test)', () => {
    const text = fixtureText('linkedin-messages.csv').replace('linkedin.com/in/sam-rivera-ego', 'linkedin.com/%n/sam-rivera-ego');
    expect(() => parseLinkedInMessages(text)).not.toThrow();
    expect(parseImport(new TextEncoder().encode(text), 'linkedin-messages').contacts.length).toBeGreaterThan(0);
  });

  it('recognises the user as the participant present across conversations', () => {
    expect(r.errors).toEqual([]);
    expect(r.contacts.map((c) => c.contact.name).sort()).toEqual(['Dan Whitfield', 'Maya Okafor', 'Tomás Lindqvist']);
  });

  it('gives each message a direction seen from the user', () => {
    const maya = r.interactions.filter((i) => i.contactKey === 'https://linkedin.com/in/maya-okafor');
    expect(maya.map((i) => [i.date, i.direction])).toEqual([
      ['2025-03-14', 'received'],
      ['2025-03-15', 'given'],
    ]);
    expect(r.interactions.every((i) => i.kind === 'message')).toBe(true);
  });

  it('keeps multi-line content and skips drafts', () => {
    const tips = r.interactions.find((i) => i.date === '2024-11-04')!;
    expect(tips.note).toContain('1. lead with outcomes\n2. show the mess');
    expect(tips.line).toBe(6);
    expect(r.interactions.some((i) => i.note.includes('Unsent'))).toBe(false);
    expect(r.skipped).toBe(1);
    expect(r.interactions).toHaveLength(5);
  });

  it('uses the given profile URL when one conversation cannot tell who the user is', () => {
    const one = fixtureText('linkedin-messages.csv').split('\n').slice(0, 4).join('\n');
    expect(parseLinkedInMessages(one).errors[0].message).toMatch(/which participant is you/);
    const known = parseLinkedInMessages(one, { selfProfileUrl: 'https://www.linkedin.com/in/sam-rivera-ego/' });
    expect(known.errors).toEqual([]);
    expect(known.contacts.map((c) => c.contact.name)).toEqual(['Maya Okafor']);
  });

  it('is detected from its header', () => {
    expect(parseImport(fixture('linkedin-messages.csv')).format).toBe('linkedin-messages');
  });
});
