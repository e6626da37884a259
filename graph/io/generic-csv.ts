// Any CSV with a header row, read through a column mapping (field -> column name) chosen by
// the user; without one, columns are matched by common names (and by the app's own CSV
// export's names, so export -> import keeps every field it can).
import { ORBIT_IDS, type ContactInput, type OrbitId } from '../model';
import { pushContact } from './build';
import { Columns, isBlank, normalizeHeader, readCsv, sniffDelimiter } from './csv-rows';
import { addError, emptyImport, type ParsedImport } from './types';
import { joinName, parseDate, splitList } from './text';

export const MAPPABLE_FIELDS = [
  'name', 'firstName', 'lastName', 'company', 'position', 'emails', 'phones', 'profileUrl',
  'location', 'tags', 'notes', 'connectedOn', 'contexts', 'orbit',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export type ColumnMapping = Partial<Record<MappableField, string>>;

const SYNONYMS: Record<MappableField, string[]> = {
  name: ['name', 'full name', 'display name', 'contact', 'contact name'],
  firstName: ['first name', 'given name', 'first'],
  lastName: ['last name', 'family name', 'surname', 'last'],
  company: ['company', 'organization', 'organisation', 'employer', 'company name'],
  position: ['position', 'job title', 'role', 'occupation', 'title'],
  emails: ['emails', 'email', 'e-mail', 'email address', 'e-mail address', 'mail'],
  phones: ['phones', 'phone', 'telephone', 'mobile', 'phone number'],
  profileUrl: ['profileurl', 'profile url', 'linkedin', 'linkedin url', 'url', 'website'],
  location: ['location', 'city', 'address'],
  tags: ['tags', 'labels', 'categories', 'groups'],
  notes: ['notes', 'note', 'comments'],
  connectedOn: ['connectedon', 'connected on', 'connected', 'since'],
  contexts: ['contexts'],
  orbit: ['orbit'],
};

/** The mapping guessed from a header: for each field, the first column with a known name. */
export function guessMapping(header: string[]): ColumnMapping {
  const names = header.map(normalizeHeader);
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const hit = SYNONYMS[field].map((s) => names.indexOf(s)).find((i) => i >= 0);
    if (hit !== undefined) mapping[field] = header[hit].trim();
  }
  return mapping;
}

/** Undo the export's spreadsheet-formula guard: `'=x` back to `=x` (see export-csv). */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function parseGenericCsv(text: string, mapping?: ColumnMapping | null, now?: string): ParsedImport {
  const result = emptyImport('csv');
  const table = readCsv(text, sniffDelimiter(text));
  result.errors.push(...table.errors);
  const headerAt = table.rows.findIndex((r) => !isBlank(r));
  if (headerAt < 0) {
    addError(result, 1, 'csv import: the file is empty (expected a header row, then one contact per row)');
    return result;
  }
  const header = table.rows[headerAt].cells;
  const map = mapping && Object.keys(mapping).length > 0 ? mapping : guessMapping(header);
  const cols = new Columns(header);
  for (const [field, column] of Object.entries(map)) {
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field)) {
      addError(result, table.rows[headerAt].line, `csv import: unknown field '${String(field).slice(0, 40)}' in the column mapping (expected one of ${MAPPABLE_FIELDS.join(', ')})`);
    } else if (typeof column !== 'string' || !cols.has(column)) {
      addError(result, table.rows[headerAt].line, `csv import: the mapping names column '${String(column).slice(0, 60)}' for ${field}, but the header has no such column`);
    }
  }
  if (!map.name && !map.firstName && !map.lastName) {
    addError(result, table.rows[headerAt].line, "csv import: no name column (map 'name', or 'firstName' and 'lastName', to a column)");
  }
  if (result.errors.length > 0) return result;
  const get = (row: (typeof table.rows)[number], f: MappableField) => (map[f] ? unguard(cols.get(row, map[f]!)) : '');
  const list = (v: string) => splitList(v, /[;\n]/);
  for (const row of table.rows.slice(headerAt + 1)) {
    if (isBlank(row)) continue;
    const name = get(row, 'name') || joinName(get(row, 'firstName'), get(row, 'lastName'));
    const rawDate = get(row, 'connectedOn');
    const connectedOn = rawDate ? parseDate(rawDate) : null;
    if (rawDate && !connectedOn) {
      addError(result, row.line, `csv import: cannot read the date '${rawDate.slice(0, 40)}'`);
      continue;
    }
    const orbit = get(row, 'orbit').toLowerCase();
    if (orbit && !(ORBIT_IDS as readonly string[]).includes(orbit)) {
      addError(result, row.line, `csv import: unknown orbit '${orbit.slice(0, 40)}' (expected one of ${ORBIT_IDS.join(', ')})`);
      continue;
    }
    const input: ContactInput = {
      name,
      company: get(row, 'company'),
      position: get(row, 'position'),
      emails: list(get(row, 'emails')),
      phones: list(get(row, 'phones')),
      profileUrl: get(row, 'profileUrl') || null,
      location: get(row, 'location'),
      tags: list(get(row, 'tags')),
      notes: get(row, 'notes'),
      connectedOn,
      contexts: list(get(row, 'contexts')) as ContactInput['contexts'],
      sources: ['csv'],
    };
    if (orbit) input.orbit = orbit as OrbitId;
    pushContact(result, row.line, null, input, now);
  }
  return result;
}
