// CSV rows with the 1-based line each starts on, read with papaparse (RFC 4180 quoting, quoted
// line breaks, CRLF) plus header lookup by column name. Shared by every CSV importer.
import Papa from 'papaparse';
import { repairMojibake } from './decode';
import type { ImportError } from './types';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  rows: CsvRow[];
  errors: ImportError[];
}

/** Guess the delimiter from the first non-empty lines: comma, semicolon (European Excel) or tab. */
export function sniffDelimiter(text: string): string {
  const head = text.slice(0, 4096).split(/\r?\n/).filter((l) => l.trim()).slice(0, 5).join('\n');
  const count = (c: string) => head.split(c).length - 1;
  const candidates = [',', ';', '\t'].map((c) => [c, count(c)] as const);
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

export function readCsv(text: string, delimiter = ','): CsvTable {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: CsvRow[] = [];
  let line = 1;
  for (const data of parsed.data) {
    // Without dynamicTyping papaparse yields strings only; repaired in place (no second array
    // per row: at 30,000 rows the garbage collector notices).
    const cells = data as string[];
    for (let i = 0; i < cells.length; i++) cells[i] = repairMojibake(cells[i]);
    rows.push({ line, cells });
    // The next row starts after this row's line break and any quoted line breaks inside it.
    line += 1;
    for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line++;
  }
  const errors: ImportError[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Delimiter') continue;
    const at = e.row !== undefined && rows[e.row] ? rows[e.row].line : 1;
    errors.push({ line: at, message: `CSV ${e.code === 'MissingQuotes' ? 'quoted field is never closed' : e.message}` });
  }
  return { rows, errors };
}

export function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Row index of the first row naming every required column, within the first `scan` rows. */
export function findHeaderRow(rows: CsvRow[], required: string[], scan = 10): number {
  const want = required.map(normalizeHeader);
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const names = new Set(rows[i].cells.map(normalizeHeader));
    if (want.every((w) => names.has(w))) return i;
  }
  return -1;
}

/** Looks cells up by column name; unknown columns read as ''. */
export class Columns {
  readonly #index = new Map<string, number>();
  constructor(readonly header: string[]) {
    header.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (!this.#index.has(key)) this.#index.set(key, i);
    });
  }
  has(name: string): boolean {
    return this.#index.has(normalizeHeader(name));
  }
  readonly #lookups = new Map<string, number | undefined>();
  get(row: CsvRow, name: string): string {
    let i = this.#lookups.get(name);
    if (i === undefined && !this.#lookups.has(name)) {
      i = this.#index.get(normalizeHeader(name));
      this.#lookups.set(name, i);
    }
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }
  /** Names of the columns matching a pattern, in file order. */
  matching(pattern: RegExp): string[] {
    return this.header.filter((h) => pattern.test(normalizeHeader(h)));
  }
}

export function isBlank(row: CsvRow): boolean {
  return row.cells.every((c) => !c.trim());
}
