// Small text helpers shared by the importers: person keys, dates, list splitting.

/** Name or company folded for matching: no accents, case, punctuation or extra spaces. */
export function normalizeKey(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function month(name: string): number | undefined {
  const key = name.slice(0, 3).toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date as YYYY-MM-DD from the forms exports use: `14 Mar 2025`, `Mar 14, 2025`,
 * `2025-03-14[ 10:22:33 UTC]`, `2025-03-14T...`, `20250314` (vCard), `3/14/2025` (US). Null when
 * it cannot be read.
 */
export function parseDate(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/.exec(v);
  if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1]);
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(v);
  if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return iso(+m[3], +m[1], +m[2]);
  return null;
}

/** Split on a separator, trim, drop empties. */
export function splitList(value: string, separator: string | RegExp): string[] {
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first line of a message, for error reports. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Join name parts with single spaces. */
export function joinName(...parts: (string | undefined)[]): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(' ');
}
