// Contacts as CSV that is safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`,
// `@`, tab or carriage return is prefixed with `'` so it is shown as text, never run as a
// formula (OWASP "CSV injection"). The generic CSV importer reads the prefix back off.
import type { Contact } from '../model';

export const CSV_COLUMNS = [
  'id', 'name', 'company', 'position', 'emails', 'phones', 'profileUrl', 'location', 'tags',
  'notes', 'sources', 'connectedOn', 'contexts', 'orbit', 'wouldTakeMyCall',
] as const;

export interface CsvExportOptions {
  /** Extra numeric columns, e.g. { score: {id: 72} } from insights. */
  extra?: Record<string, Record<string, number | string>>;
}

/** Neutralise spreadsheet formulas, then quote per RFC 4180. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellOf(contact: Contact, column: (typeof CSV_COLUMNS)[number]): string {
  const v = contact[column];
  if (Array.isArray(v)) return v.join('; ');
  if (v === null || v === undefined) return '';
  return String(v);
}

export function exportCsv(contacts: Contact[], options: CsvExportOptions = {}): string {
  const extraNames = Object.keys(options.extra ?? {});
  const lines = [[...CSV_COLUMNS, ...extraNames].map(csvCell).join(',')];
  for (const c of contacts) {
    const cells = CSV_COLUMNS.map((col) => cellOf(c, col));
    for (const name of extraNames) cells.push(String(options.extra![name][c.id] ?? ''));
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
