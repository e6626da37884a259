// Outlook contacts CSV (`First Name, Middle Name, Last Name, Title, Suffix, ..., Company,
// Job Title, E-mail Address, E-mail 2 Address, ..., Categories`). In Outlook `Title` is the
// honorific (Dr., Ms.); the job is `Job Title`. Categories are separated by semicolons.
import { normalizeProfileUrl } from '../model';
import { pushContact } from './build';
import { Columns, findHeaderRow, isBlank, readCsv, sniffDelimiter } from './csv-rows';
import { addError, emptyImport, type ParsedImport } from './types';
import { joinName, splitList } from './text';

const PHONE_COLUMNS = ['Mobile Phone', 'Business Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Primary Phone', 'Other Phone'];

export function parseOutlookCsv(text: string, now?: string): ParsedImport {
  const result = emptyImport('outlook');
  const table = readCsv(text, sniffDelimiter(text));
  result.errors.push(...table.errors);
  const headerAt = findHeaderRow(table.rows, ['First Name', 'Last Name', 'Job Title'], 3);
  if (headerAt < 0) {
    addError(result, 1, "outlook import: no header row found (expected 'First Name,Middle Name,Last Name,Title,...,Job Title,...,E-mail Address')");
    return result;
  }
  const cols = new Columns(table.rows[headerAt].cells);
  const emailCols = cols.matching(/^e-mail( \d+)? address$/);
  for (const row of table.rows.slice(headerAt + 1)) {
    if (isBlank(row)) continue;
    const name =
      joinName(cols.get(row, 'First Name'), cols.get(row, 'Middle Name'), cols.get(row, 'Last Name'), cols.get(row, 'Suffix')) ||
      cols.get(row, 'Company') ||
      cols.get(row, 'E-mail Address');
    if (!name) {
      addError(result, row.line, 'outlook import: contact has no name');
      continue;
    }
    const web = cols.get(row, 'Web Page');
    const city = [cols.get(row, 'Business City'), cols.get(row, 'Business Country/Region')].filter(Boolean).join(', ');
    pushContact(
      result,
      row.line,
      null,
      {
        name,
        company: cols.get(row, 'Company'),
        position: cols.get(row, 'Job Title'),
        emails: emailCols.map((c) => cols.get(row, c)).filter(Boolean),
        phones: PHONE_COLUMNS.map((c) => cols.get(row, c)).filter(Boolean),
        profileUrl: web ? normalizeProfileUrl(web) : null,
        location: city || [cols.get(row, 'Home City'), cols.get(row, 'Home Country/Region')].filter(Boolean).join(', '),
        tags: splitList(cols.get(row, 'Categories'), ';'),
        notes: cols.get(row, 'Notes'),
        sources: ['outlook'],
      },
      now,
    );
  }
  return result;
}
