// LinkedIn `messages.csv`: one row per message (CONVERSATION ID, FROM, SENDER PROFILE URL, TO,
// RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER, ...). Each message becomes an
// interaction with the other participant, `given` when the user sent it, `received` otherwise.
// The user is the participant present across the most conversations, or given explicitly.
import { normalizeProfileUrl } from '../model';
import { pushContact } from './build';
import { Columns, findHeaderRow, isBlank, readCsv, type CsvRow } from './csv-rows';
import { addError, emptyImport, type ParsedImport } from './types';
import { normalizeKey, parseDate, splitList } from './text';

export interface LinkedInMessagesOptions {
  /** The user's own profile URL, when known: decides who "you" are. */
  selfProfileUrl?: string | null;
  /** The user's name: breaks a tie when the file alone cannot tell. */
  selfName?: string | null;
  now?: string;
}

interface Person {
  key: string;
  name: string;
  url: string | null;
}

interface Message {
  row: CsvRow;
  conversation: string;
  sender: Person;
  recipients: Person[];
  date: string;
  note: string;
}

const NOTE_MAX = 1000;

function person(name: string, rawUrl: string): Person | null {
  const url = rawUrl ? normalizeProfileUrl(rawUrl) : null;
  const cleanName = name.trim();
  if (!url && !cleanName) return null;
  return { key: url ?? `name:${normalizeKey(cleanName)}`, name: cleanName, url };
}

function recipientsOf(names: string, urls: string): Person[] {
  const urlList = splitList(urls, /[\s,;]+/);
  const nameList = splitList(names, ',');
  if (urlList.length <= 1) {
    const p = person(urlList.length === 1 ? names : nameList[0] ?? '', urlList[0] ?? '');
    if (urlList.length === 0) return nameList.map((n) => person(n, '')).filter((x): x is Person => !!x);
    return p ? [p] : [];
  }
  return urlList
    .map((u, i) => person(nameList.length === urlList.length ? nameList[i] : '', u))
    .filter((x): x is Person => !!x);
}

export function parseLinkedInMessages(text: string, options: LinkedInMessagesOptions = {}): ParsedImport {
  const result = emptyImport('linkedin-messages');
  const table = readCsv(text, ',');
  result.errors.push(...table.errors);
  const headerAt = findHeaderRow(table.rows, ['FROM', 'DATE', 'CONTENT'], 10);
  if (headerAt < 0) {
    addError(result, 1, "linkedin-messages import: no header row found (expected 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,...') in the first 10 lines");
    return result;
  }
  const cols = new Columns(table.rows[headerAt].cells);
  const messages: Message[] = [];
  for (const row of table.rows.slice(headerAt + 1)) {
    if (isBlank(row)) continue;
    if (/draft/i.test(cols.get(row, 'FOLDER'))) {
      result.skipped++;
      continue;
    }
    const sender = person(cols.get(row, 'FROM'), cols.get(row, 'SENDER PROFILE URL'));
    if (!sender) {
      addError(result, row.line, 'message has no sender (FROM and SENDER PROFILE URL are empty)');
      continue;
    }
    const rawDate = cols.get(row, 'DATE');
    const date = parseDate(rawDate);
    if (!date) {
      addError(result, row.line, `cannot read the date '${rawDate.slice(0, 40)}' (expected like 2025-03-14 10:22:33 UTC)`);
      continue;
    }
    const subject = cols.get(row, 'SUBJECT');
    const content = cols.get(row, 'CONTENT');
    const note = (subject && !content.startsWith(subject) ? `${subject}: ${content}` : content).slice(0, NOTE_MAX);
    messages.push({
      row,
      conversation: cols.get(row, 'CONVERSATION ID') || `row:${row.line}`,
      sender,
      recipients: recipientsOf(cols.get(row, 'TO'), cols.get(row, 'RECIPIENT PROFILE URLS')),
      date,
      note,
    });
  }
  if (messages.length === 0) return result;

  const self = findSelf(messages, options);
  if (!self) {
    addError(result, headerAt + 1, 'linkedin-messages import: cannot tell which participant is you (no one appears across conversations); set your name or profile URL first');
    return result;
  }

  const keys = new Set<string>();
  for (const m of messages) {
    const given = self.has(m.sender.key);
    const others = given ? m.recipients.filter((r) => !self.has(r.key)) : [m.sender];
    if (others.length === 0) {
      result.skipped++;
      continue;
    }
    for (const other of others) {
      if (!keys.has(other.key)) {
        const ok = pushContact(
          result,
          m.row.line,
          other.key,
          { name: other.name || 'LinkedIn member', profileUrl: other.url, sources: ['linkedin-messages'] },
          options.now,
        );
        if (!ok) continue;
        keys.add(other.key);
      }
      result.interactions.push({
        line: m.row.line,
        contactKey: other.key,
        date: m.date,
        kind: 'message',
        direction: given ? 'given' : 'received',
        note: m.note,
      });
    }
  }
  return result;
}

/** Keys that mean "the user": from the options, else the participant in the most conversations. */
function findSelf(messages: Message[], options: LinkedInMessagesOptions): Set<string> | null {
  const selfUrl = options.selfProfileUrl ? normalizeProfileUrl(options.selfProfileUrl) : null;
  const selfName = options.selfName ? normalizeKey(options.selfName) : '';
  const conversations = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const m of messages) {
    for (const p of [m.sender, ...m.recipients]) {
      if (!conversations.has(p.key)) conversations.set(p.key, new Set());
      conversations.get(p.key)!.add(m.conversation);
      if (p.name) names.set(p.key, normalizeKey(p.name));
    }
  }
  if (selfUrl && conversations.has(selfUrl)) return withSameName(selfUrl, names);
  const ranked = [...conversations.entries()].sort((a, b) => b[1].size - a[1].size);
  const top = ranked[0];
  const tied = ranked.filter((r) => r[1].size === top[1].size);
  if (tied.length === 1 && top[1].size > 1) return withSameName(top[0], names);
  if (selfName) {
    const byName = tied.find(([key]) => names.get(key) === selfName) ?? ranked.find(([key]) => names.get(key) === selfName);
    if (byName) return withSameName(byName[0], names);
  }
  return null;
}

// LinkedIn sometimes omits the user's URL on some rows: the same name then means the user too.
function withSameName(key: string, names: Map<string, string>): Set<string> {
  const out = new Set([key]);
  const name = names.get(key);
  if (name) out.add(`name:${name}`);
  return out;
}
