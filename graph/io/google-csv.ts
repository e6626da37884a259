// Google Contacts CSV, both header families: the older one (`Name, Given Name, Family Name,
// Group Membership, E-mail 1 - Type/Value, Organization 1 - Name/Title, ...`) and the current
// one (`First Name, Middle Name, Last Name, Labels, E-mail 1 - Label/Value, Organization Name,
// Organization Title, ...`). Several values in one cell are joined with " ::: ".
import { normalizeProfileUrl } from '../model';
import { pushContact } from './build';
import { Columns, findHeaderRow, isBlank, readCsv } from './csv-rows';
import { addError, emptyImport, type ParsedImport } from './types';
import { joinName, splitList } from './text';

const MULTI = ' ::: ';

function multi(value: string): string[] {
  return splitList(value, MULTI.trim()).filter(Boolean);
}

/** Labels and groups as tags, without Google's system groups (`* myContacts`, `* starred`). */
function labels(value: string): string[] {
  return multi(value).filter((l) => !l.startsWith('*') && l.toLowerCase() !== 'mycontacts');
}

export function parseGoogleCsv(text: string, now?: string): ParsedImport {
  const result = emptyImport('google');
  const table = readCsv(text, ',');
  result.errors.push(...table.errors);
  let headerAt = findHeaderRow(table.rows, ['Given Name', 'Family Name'], 3);
  if (headerAt < 0) headerAt = findHeaderRow(table.rows, ['First Name', 'Last Name', 'Labels'], 3);
  if (headerAt < 0) {
    addError(result, 1, "google import: no header row found (expected 'Name,Given Name,...,Family Name' or 'First Name,Middle Name,Last Name,...,Labels')");
    return result;
  }
  const cols = new Columns(table.rows[headerAt].cells);
  const emailCols = cols.matching(/^e-mail \d+ - value$/);
  const phoneCols = cols.matching(/^phone \d+ - value$/);
  const webCols = cols.matching(/^website \d+ - value$/);
  const cityCols = cols.matching(/^address 1 - (city|region|country)$/);
  for (const row of table.rows.slice(headerAt + 1)) {
    if (isBlank(row)) continue;
    const first = (...names: string[]) => names.map((n) => cols.get(row, n)).find(Boolean) ?? '';
    const name =
      cols.get(row, 'Name') ||
      joinName(
        first('Given Name', 'First Name'),
        first('Additional Name', 'Middle Name'),
        first('Family Name', 'Last Name'),
        first('Name Suffix'),
      ) ||
      first('Nickname', 'File As', 'Organization 1 - Name', 'Organization Name');
    if (!name) {
      addError(result, row.line, 'google import: contact has no name');
      continue;
    }
    const urls = webCols.flatMap((c) => multi(cols.get(row, c))).map(normalizeProfileUrl).filter((u): u is string => !!u);
    pushContact(
      result,
      row.line,
      null,
      {
        name,
        company: multi(first('Organization 1 - Name', 'Organization Name'))[0] ?? '',
        position: multi(first('Organization 1 - Title', 'Organization Title'))[0] ?? '',
        emails: emailCols.flatMap((c) => multi(cols.get(row, c))),
        phones: phoneCols.flatMap((c) => multi(cols.get(row, c))),
        profileUrl: urls.find((u) => u.startsWith('https://linkedin.com/')) ?? urls[0] ?? null,
        location: cityCols.map((c) => cols.get(row, c)).filter(Boolean).join(', '),
        tags: labels(first('Group Membership', 'Labels')),
        notes: cols.get(row, 'Notes'),
        sources: ['google'],
      },
      now,
    );
  }
  return result;
}
