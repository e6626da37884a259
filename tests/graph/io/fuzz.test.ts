import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../graph/errors';
import { IMPORT_FORMATS, parseImport, planImport, type ImportFormat } from '../../../graph/io';
import { fixture } from './fixtures';

const FIXTURES: Record<ImportFormat, string> = {
  linkedin: 'linkedin-connections.csv',
  'linkedin-messages': 'linkedin-messages.csv',
  vcard: 'contacts-30.vcf',
  google: 'google-new.csv',
  outlook: 'outlook.csv',
  csv: 'hostile.csv',
  graphml: 'network.graphml',
  gexf: 'network.gexf',
  json: '',
};

const JSON_BACKUP = JSON.stringify(
  {
    format: 'career-orbit-backup',
    version: 1,
    ego: { name: 'Sam', headline: '' },
    contacts: [{ id: 'a', name: 'Maya', orbit: 'core', sources: ['manual'] }, { id: 'b', name: 'Grace', __proto__: { x: 1 } }],
    ties: [{ id: 't', source: 'a', target: 'b', weight: 0.5 }],
    interactions: [{ id: 'i', contactId: 'a', date: '2025-01-02', kind: 'call', direction: 'given' }],
    orbitMoves: [],
  },
  null,
  2,
);

const source = (format: ImportFormat) => (format === 'json' ? new TextEncoder().encode(JSON_BACKUP) : fixture(FIXTURES[format]));

/** Parse and plan; only the typed error may escape, and a result always has the right shape. */
function safely(bytes: Uint8Array, format: ImportFormat | null): void {
  try {
    const parsed = parseImport(bytes, format);
    expect(Array.isArray(parsed.errors)).toBe(true);
    for (const e of parsed.errors) expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
    planImport({ contacts: [], ties: [], interactions: [] }, parsed);
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
  }
}

const mutate = (bytes: Uint8Array) =>
  fc
    .array(
      fc.oneof(
        fc.record({ op: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ op: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
        fc.record({ op: fc.constant('insert' as const), at: fc.nat(), value: fc.constantFrom(0x22, 0x2c, 0x0a, 0x3c, 0x3e, 0x26, 0x3b, 0x3a, 0x3d, 0x5c) }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((ops) => {
      let out = Array.from(bytes);
      for (const { op, at, value } of ops) {
        const i = out.length ? at % out.length : 0;
        if (op === 'flip') out[i] = value;
        else if (op === 'cut') out = out.slice(0, i);
        else out.splice(i, 0, value);
      }
      return new Uint8Array(out);
    });

describe('importers under fuzzing', () => {
  it('never throw anything but InvalidInputError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(null, ...IMPORT_FORMATS), (bytes, format) => safely(bytes, format)),
      { numRuns: 400 },
    );
  });

  it('never throw anything but InvalidInputError on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), fc.constantFrom(null, ...IMPORT_FORMATS), (text, format) =>
        safely(new TextEncoder().encode(text), format),
      ),
      { numRuns: 400 },
    );
  });

  for (const format of IMPORT_FORMATS) {
    it(`survives mutated ${format} files`, () => {
      const bytes = source(format);
      fc.assert(fc.property(mutate(bytes), (m) => safely(m, format)), { numRuns: 150 });
    });
  }

  it('reads the valid originals without errors', () => {
    for (const format of IMPORT_FORMATS) {
      const parsed = parseImport(source(format), format);
      expect(parsed.errors, format).toEqual([]);
      expect(parsed.contacts.length, format).toBeGreaterThan(0);
    }
  });

  it('keeps any text as plain data in CSV cells, names included', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0 && !s.includes('\u0000') && !s.trimStart().startsWith("'")), (name) => {
        const cell = `"${name.replace(/"/g, '""')}"`;
        const parsed = parseImport(`name,company\n${cell},Acme\n`, 'csv');
        if (parsed.errors.length === 0) expect(parsed.contacts[0].contact.name).toBe(name.trim());
      }),
      { numRuns: 300 },
    );
  });
});
