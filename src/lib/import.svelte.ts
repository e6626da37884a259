// The import flow as state: pick or drop a file, detect its format (and, for a generic CSV,
// map its columns), preview with dryRun (counts, merges, first errors), then commit. The
// upload goes through XMLHttpRequest because fetch cannot report upload progress.
import { decodeText, detectFormat, guessMapping, MAPPABLE_FIELDS, type ColumnMapping, type ImportFormat, type MappableField } from '../../graph/io';
import { readCsv, sniffDelimiter } from '../../graph/io/csv-rows';

export interface ImportAnswer {
  format: ImportFormat;
  dryRun: boolean;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  errors: { line: number; message: string }[];
  message?: string;
}

export type ImportPhase = 'idle' | 'checking' | 'preview' | 'importing' | 'done' | 'failed';

/** Sends a file and reports upload progress in [0, 1]; resolves with the status and JSON body. */
export type Uploader = (url: string, body: Blob, onProgress: (fraction: number) => void) => Promise<{ status: number; body: unknown }>;

export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn connections (Connections.csv)',
  'linkedin-messages': 'LinkedIn messages (messages.csv)',
  vcard: 'vCard (.vcf, phone address book)',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  csv: 'Other CSV (map the columns)',
  graphml: 'GraphML (Gephi, yEd, networkx)',
  gexf: 'GEXF (Gephi)',
  json: 'Career Orbit backup (JSON)',
};

export const FIELD_LABELS: Record<MappableField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  position: 'Position',
  emails: 'Email(s)',
  phones: 'Phone(s)',
  profileUrl: 'Profile URL',
  location: 'Location',
  tags: 'Tags',
  notes: 'Notes',
  connectedOn: 'Connected on',
  contexts: 'Contexts',
  orbit: 'Orbit',
};

/** The browser uploader: same-origin POST with the raw file as the body. */
export const xhrUpload: Uploader = (url, body, onProgress) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = { message: xhr.responseText.slice(0, 200) };
      }
      resolve({ status: xhr.status, body: data });
    };
    xhr.onerror = () => reject(new Error('Cannot reach the Career Orbit server.'));
    xhr.send(body);
  });

export class ImportSession {
  #phase = $state<ImportPhase>('idle');
  #file = $state.raw<File | null>(null);
  #format = $state<ImportFormat | null>(null);
  #columns = $state.raw<string[]>([]);
  #mapping = $state<ColumnMapping>({});
  #progress = $state(0);
  #answer = $state.raw<ImportAnswer | null>(null);
  #message = $state('');
  readonly #upload: Uploader;
  readonly #onImported: (answer: ImportAnswer) => void | Promise<void>;

  constructor(upload: Uploader, onImported: (answer: ImportAnswer) => void | Promise<void>) {
    this.#upload = upload;
    this.#onImported = onImported;
  }

  get phase(): ImportPhase {
    return this.#phase;
  }
  get file(): File | null {
    return this.#file;
  }
  get format(): ImportFormat | null {
    return this.#format;
  }
  /** Header columns of a generic CSV, for the mapping step. */
  get columns(): readonly string[] {
    return this.#columns;
  }
  get mapping(): ColumnMapping {
    return this.#mapping;
  }
  /** Upload progress in [0, 1]; at 1 the server is still reading and merging. */
  get progress(): number {
    return this.#progress;
  }
  /** The preview (dryRun) or the final answer. */
  get answer(): ImportAnswer | null {
    return this.#answer;
  }
  get message(): string {
    return this.#message;
  }
  get canCommit(): boolean {
    return this.#phase === 'preview' && !!this.#answer && this.#answer.errors.length === 0;
  }

  /** Take a picked or dropped file: detect its format from the first 64 KB, then preview. */
  async choose(file: File): Promise<void> {
    this.#file = file;
    this.#answer = null;
    this.#message = '';
    if (file.size > IMPORT_LIMIT_BYTES) {
      this.#fail(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB.`);
      return;
    }
    const head = decodeText(new Uint8Array(await file.slice(0, 65536).arrayBuffer())).text;
    this.#format = detectFormat(head);
    this.#readColumns(head);
    await this.preview();
  }

  setFormat(format: ImportFormat): void {
    this.#format = format;
    void this.preview();
  }

  setMapping(field: MappableField, column: string): void {
    const next = { ...this.#mapping };
    if (column) next[field] = column;
    else delete next[field];
    this.#mapping = next;
  }

  async preview(): Promise<void> {
    await this.#send(true);
  }

  async commit(): Promise<void> {
    if (!this.canCommit) return;
    await this.#send(false);
  }

  reset(): void {
    this.#phase = 'idle';
    this.#file = null;
    this.#format = null;
    this.#columns = [];
    this.#mapping = {};
    this.#progress = 0;
    this.#answer = null;
    this.#message = '';
  }

  #readColumns(head: string): void {
    const firstRow = readCsv(head.split(/\r?\n/).find((l) => l.trim()) ?? '', sniffDelimiter(head)).rows[0];
    this.#columns = firstRow ? firstRow.cells.map((c) => c.trim()).filter(Boolean) : [];
    const guessed = guessMapping(this.#columns);
    this.#mapping = Object.fromEntries(MAPPABLE_FIELDS.filter((f) => guessed[f]).map((f) => [f, guessed[f]!]));
  }

  async #send(dryRun: boolean): Promise<void> {
    const file = this.#file;
    if (!file) return;
    this.#phase = dryRun ? 'checking' : 'importing';
    this.#progress = 0;
    const params = new URLSearchParams();
    if (this.#format) params.set('format', this.#format);
    if (dryRun) params.set('dryRun', '1');
    if (this.#format === 'csv' && Object.keys(this.#mapping).length > 0) params.set('mapping', JSON.stringify(this.#mapping));
    try {
      const { status, body } = await this.#upload(`/api/import?${params}`, file, (f) => (this.#progress = f));
      this.#progress = 1;
      const answer = body as ImportAnswer | null;
      if (answer && Array.isArray(answer.errors) && (status === 200 || status === 422)) {
        this.#answer = answer;
        this.#format = answer.format ?? this.#format;
        if (dryRun || status !== 200) {
          this.#phase = 'preview';
          this.#message = status === 422 ? 'This file has problems; nothing will be imported until they are fixed.' : '';
          return;
        }
        this.#phase = 'done';
        this.#message = `Imported: ${answer.created} new, ${answer.updated} updated.`;
        await this.#onImported(answer);
        return;
      }
      const message = (body as { message?: string } | null)?.message;
      this.#fail(message ?? `The server answered ${status}.`);
    } catch (err) {
      this.#fail((err as Error).message);
    }
  }

  #fail(message: string): void {
    this.#phase = 'failed';
    this.#message = message;
  }
}
