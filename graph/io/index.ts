// Importers and exporters: bytes or text in, validated records and line-numbered errors out.
import { nowIso } from '../model';
import { decodeText } from './decode';
import { detectFormat } from './detect';
import { parseGenericCsv, type ColumnMapping } from './generic-csv';
import { parseGexf } from './gexf';
import { parseGoogleCsv } from './google-csv';
import { parseGraphml } from './graphml';
import { parseJsonBackup } from './json-backup';
import { parseLinkedInConnections } from './linkedin-connections';
import { parseLinkedInMessages } from './linkedin-messages';
import { parseOutlookCsv } from './outlook-csv';
import { emptyImport, type ImportFormat, type ParsedImport } from './types';
import { parseVCard } from './vcard';

export * from './types';
export { decodeText, lineAt } from './decode';
export { detectFormat } from './detect';
export { parseLinkedInConnections } from './linkedin-connections';
export { parseLinkedInMessages, type LinkedInMessagesOptions } from './linkedin-messages';
export { parseVCard } from './vcard';
export { parseGoogleCsv } from './google-csv';
export { parseOutlookCsv } from './outlook-csv';
export { parseGenericCsv, guessMapping, MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from './generic-csv';
export { parseGraphml } from './graphml';
export { parseGexf } from './gexf';
export { parseJsonBackup } from './json-backup';
export { exportJson, BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupInput } from './export-json';
export { exportCsv, csvCell, CSV_COLUMNS } from './export-csv';
export { exportGraphml, type GraphExportInput } from './export-graphml';
export { exportGexf } from './export-gexf';
export { planImport, type ExistingNetwork, type ImportPlan, type ImportSummary } from './merge';

export interface ParseOptions {
  mapping?: ColumnMapping | null;
  selfProfileUrl?: string | null;
  selfName?: string | null;
  now?: string;
}

/** Decode, detect (when `format` is not given) and parse a file. Never throws for bad input. */
export function parseImport(input: Uint8Array | string, format?: ImportFormat | null, options: ParseOptions = {}): ParsedImport {
  options = { ...options, now: options.now ?? nowIso() };
  const { text } = decodeText(input);
  if (text.includes('\u0000')) {
    const result = emptyImport(format ?? 'csv');
    result.errors.push({ line: 1, message: 'import: the file is binary, not text (expected CSV, vCard, GraphML, GEXF or JSON)' });
    return result;
  }
  const chosen = format ?? detectFormat(text);
  if (!chosen) {
    const result = emptyImport('csv');
    result.errors.push({ line: 1, message: 'import: cannot tell the file format; pass format=linkedin|linkedin-messages|vcard|google|outlook|csv|graphml|gexf|json' });
    return result;
  }
  switch (chosen) {
    case 'linkedin':
      return parseLinkedInConnections(text, options.now);
    case 'linkedin-messages':
      return parseLinkedInMessages(text, options);
    case 'vcard':
      return parseVCard(text, options.now);
    case 'google':
      return parseGoogleCsv(text, options.now);
    case 'outlook':
      return parseOutlookCsv(text, options.now);
    case 'csv':
      return parseGenericCsv(text, options.mapping, options.now);
    case 'graphml':
      return parseGraphml(text, options.now);
    case 'gexf':
      return parseGexf(text, options.now);
    case 'json':
      return parseJsonBackup(text);
  }
}
