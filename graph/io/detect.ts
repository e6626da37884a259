// Which importer reads a file, judged from its content (the first few kilobytes): XML root
// element, JSON backup marker, vCard BEGIN, or the CSV header's column names.
import { guessMapping } from './generic-csv';
import type { ImportFormat } from './types';

export function detectFormat(text: string): ImportFormat | null {
  const head = text.slice(0, 8192).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  if (trimmed.startsWith('<')) {
    if (/<(\w+:)?graphml[\s>]/.test(head)) return 'graphml';
    if (/<(\w+:)?gexf[\s>]/.test(head)) return 'gexf';
    return null;
  }
  if (/^BEGIN:VCARD\s*$/im.test(head)) return 'vcard';
  const lines = head.split(/\r?\n/).slice(0, 12).map((l) => l.toLowerCase());
  const has = (line: string, ...cols: string[]) => cols.every((c) => line.includes(c));
  for (const line of lines) {
    if (has(line, 'conversation id', 'from', 'content')) return 'linkedin-messages';
    if (has(line, 'first name', 'last name', 'connected on')) return 'linkedin';
    if (has(line, 'given name', 'family name') || has(line, 'first name', 'last name', 'labels', 'e-mail 1 - value')) return 'google';
    if (has(line, 'first name', 'last name', 'job title') && /e-mail address/.test(line)) return 'outlook';
  }
  // Any other CSV: a header row with a column that can hold a name.
  const firstLine = lines.find((l) => l.trim());
  const delimiter = firstLine ? [',', ';', '\t'].find((d) => firstLine.includes(d)) : undefined;
  if (!firstLine || !delimiter) return null;
  const mapping = guessMapping(firstLine.split(delimiter).map((c) => c.replace(/^"|"$/g, '')));
  return mapping.name || mapping.firstName || mapping.lastName ? 'csv' : null;
}
