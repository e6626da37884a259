import { describe, expect, it } from 'vitest';
import { decodeText, detectFormat, exportJson } from '../../../graph/io';
import { fixture } from './fixtures';

describe('detectFormat', () => {
  it.each([
    ['linkedin-connections.csv', 'linkedin'],
    ['linkedin-connections-old.csv', 'linkedin'],
    ['linkedin-messages.csv', 'linkedin-messages'],
    ['contacts-21.vcf', 'vcard'],
    ['contacts-30.vcf', 'vcard'],
    ['contacts-40.vcf', 'vcard'],
    ['google-old.csv', 'google'],
    ['google-new.csv', 'google'],
    ['outlook.csv', 'outlook'],
    ['generic-semicolon.csv', 'csv'],
    ['hostile.csv', 'csv'],
    ['network.graphml', 'graphml'],
    ['network.gexf', 'gexf'],
  ])('recognises %s as %s', (file, format) => {
    expect(detectFormat(decodeText(fixture(file)).text)).toBe(format);
  });

  it('recognises the JSON backup and gives up on prose', () => {
    expect(detectFormat(exportJson({ ego: { id: 'ego', name: 'Sam', headline: '' }, contacts: [], ties: [], interactions: [] }))).toBe('json');
    expect(detectFormat('Dear Sam, thanks for the intro')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});
