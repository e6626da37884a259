import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WriteBatch } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { sqliteFactory } from '../../support/stores';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

describe('POST /api/import under hostile input on sqlite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(sqliteFactory);
    await t.app.inject({ method: 'POST', url: '/api/import', headers: { ...SAME_ORIGIN, 'content-type': 'text/csv' }, payload: fixture('linkedin-connections-old.csv') });
  });
  afterAll(async () => {
    await t.close();
  });

  const snapshot = async () => ({ net: await t.store.getNetwork(), interactions: await t.store.listAllInteractions() });

  it('answers 200 or a 4xx for mutated files and never writes part of a refused one', async () => {
    const files = ['linkedin-connections.csv', 'contacts-21.vcf', 'google-old.csv', 'network.gexf', 'network.graphml', 'linkedin-messages.csv'].map(fixture);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...files),
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        async (file, edits) => {
          let bytes = Buffer.from(file);
          for (const e of edits) {
            const i = e.at % bytes.length;
            if (e.cut) bytes = bytes.subarray(0, Math.max(1, i));
            else bytes[i] = e.byte;
          }
          const before = await snapshot();
          const res = await t.app.inject({ method: 'POST', url: '/api/import', headers: { ...SAME_ORIGIN, 'content-type': 'application/octet-stream' }, payload: bytes });
          expect([200, 400, 409, 422]).toContain(res.statusCode);
          if (res.statusCode !== 200) expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the store as it was when the write fails part-way through the batch', async () => {
    const before = await snapshot();
    const real = t.store.applyBatch.bind(t.store);
    // Sabotage: the batch ends with an interaction for a contact that does not exist.
    t.store.applyBatch = (batch: WriteBatch) =>
      real({
        ...batch,
        createInteractions: [
          ...batch.createInteractions,
          { id: 'sabotage', contactId: 'missing', date: '2025-01-01', kind: 'call', direction: 'given', note: '', createdAt: '2025-01-01T00:00:00.000Z' },
        ],
      });
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/import', headers: { ...SAME_ORIGIN, 'content-type': 'text/csv' }, payload: fixture('google-new.csv') });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(await snapshot()).toEqual(before);
    } finally {
      t.store.applyBatch = real;
    }
  });
});
