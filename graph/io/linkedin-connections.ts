// LinkedIn `Connections.csv`: up to a few preamble lines (`Notes:` and a quoted paragraph)
// before the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
// Columns are found by name (older exports have no URL); the normalised URL is the person key.
import { nowIso } from '../model';
import { pushContact } from './build';
import { Columns, findHeaderRow, isBlank, readCsv } from './csv-rows';
import { addError, emptyImport, type ParsedImport } from './types';
import { joinName, parseDate } from './text';

export const LINKEDIN_HEADER = ['First Name', 'Last Name', 'Company', 'Position', 'Connected On'];

export function parseLinkedInConnections(text: string, now?: string): ParsedImport {
  const result = emptyImport('linkedin');
  const table = readCsv(text, ',');
  result.errors.push(...table.errors);
  const headerAt = findHeaderRow(table.rows, ['First Name', 'Last Name'], 10);
  if (headerAt < 0) {
    addError(result, 1, "linkedin import: no header row found (expected 'First Name,Last Name,URL,Email Address,Company,Position,Connected On') in the first 10 lines");
    return result;
  }
  const cols = new Columns(table.rows[headerAt].cells);
  const seenKeys = new Set<string>();
  const stamp = now ?? nowIso();
  // Connection dates repeat (a few thousand distinct days in 30,000 rows): read each once.
  const dates = new Map<string, string | null>();
  const readDate = (raw: string) => {
    let date = dates.get(raw);
    if (date === undefined) dates.set(raw, (date = parseDate(raw)));
    return date;
  };
  for (const row of table.rows.slice(headerAt + 1)) {
    if (isBlank(row)) continue;
    const name = joinName(cols.get(row, 'First Name'), cols.get(row, 'Last Name'));
    if (!name) {
      // LinkedIn leaves both names empty for members who hid themselves; nothing to keep.
      result.skipped++;
      continue;
    }
    const rawUrl = cols.get(row, 'URL') || cols.get(row, 'Profile URL');
    const rawDate = cols.get(row, 'Connected On');
    const connectedOn = rawDate ? readDate(rawDate) : null;
    if (rawDate && !connectedOn) {
      addError(result, row.line, `'${name.slice(0, 60)}': cannot read the date '${rawDate.slice(0, 40)}' (expected like 14 Mar 2025)`);
      continue;
    }
    const email = cols.get(row, 'Email Address');
    const parsed = pushContact(
      result,
      row.line,
      null,
      {
        name,
        company: cols.get(row, 'Company'),
        position: cols.get(row, 'Position'),
        emails: email ? [email] : [],
        profileUrl: rawUrl || null,
        connectedOn,
        sources: ['linkedin'],
      },
      stamp,
    );
    if (parsed) {
      // The normalised profile URL is the person key; a repeated URL keeps its rows apart.
      let key = parsed.contact.profileUrl ?? `row:${row.line}`;
      if (seenKeys.has(key)) key = `${key}#${row.line}`;
      seenKeys.add(key);
      parsed.key = key;
    }
  }
  return result;
}
