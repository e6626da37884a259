import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Network } from '../../../graph/model';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { storeFactories } from '../../support/stores';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

for (const factory of storeFactories()) {
  describe(`POST /api/import on ${factory.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await makeTestApp(factory);
    });
    afterEach(async () => {
      await t.close();
    });

    const upload = (query: string, body: Buffer | string, contentType = 'text/csv') =>
      t.app.inject({ method: 'POST', url: `/api/import${query}`, headers: { ...SAME_ORIGIN, 'content-type': contentType }, payload: body });
    const network = async () => (await t.app.inject({ method: 'GET', url: '/api/network', headers: SAME_ORIGIN })).json() as Network;

    it('imports a LinkedIn export into the outer orbit and answers the counts', async () => {
      const res = await upload('?format=linkedin', fixture('linkedin-connections.csv'));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ created: 4, updated: 0, merged: 0, skipped: 1, errors: [] });
      const net = await network();
      expect(net.contacts.map((c) => c.name).sort()).toEqual(['Dan Whitfield', 'Maya Okafor', 'Priya Raman', 'Tomás Lindqvist']);
      expect(net.contacts.every((c) => c.orbit === 'outer')).toBe(true);
    });

    it('detects the format from the content when none is given', async () => {
      const res = await upload('', fixture('contacts-30.vcf'), 'text/vcard');
      expect(res.json()).toMatchObject({ format: 'vcard', created: 1 });
    });

    it('changes nothing when the same file is imported again', async () => {
      await upload('', fixture('linkedin-connections.csv'));
      const before = await network();
      const again = await upload('', fixture('linkedin-connections.csv'));
      expect(again.json()).toMatchObject({ created: 0, updated: 0, merged: 4, errors: [] });
      const after = await network();
      expect(after.version).toBe(before.version);
      expect(after.contacts).toEqual(before.contacts);
    });

    it('merges a phone address book into the LinkedIn contacts and keeps their orbits', async () => {
      await upload('', fixture('linkedin-connections.csv'));
      const maya = (await network()).contacts.find((c) => c.name === 'Maya Okafor')!;
      await t.app.inject({ method: 'PATCH', url: `/api/contacts/${maya.id}`, headers: SAME_ORIGIN, payload: { orbit: 'core' } });
      const res = await upload('', fixture('contacts-30.vcf'));
      expect(res.json()).toMatchObject({ created: 0, updated: 1, merged: 1 });
      const merged = (await network()).contacts.find((c) => c.id === maya.id)!;
      expect(merged.orbit).toBe('core');
      expect(merged.emails).toEqual(['maya.okafor@example.org', 'maya@riverside-trust.example']);
      expect(merged.sources).toEqual(['linkedin', 'vcard']);
      expect(merged.notes).toMatch(/induction day/);
    });

    it('adds message history as interactions with directions', async () => {
      await upload('', fixture('linkedin-connections.csv'));
      const res = await upload('', fixture('linkedin-messages.csv'));
      expect(res.json()).toMatchObject({ created: 0, merged: 3, updated: 3, errors: [] });
      const maya = (await network()).contacts.find((c) => c.name === 'Maya Okafor')!;
      const list = (await t.app.inject({ method: 'GET', url: `/api/contacts/${maya.id}/interactions`, headers: SAME_ORIGIN })).json();
      expect(list.map((i: { direction: string }) => i.direction).sort()).toEqual(['given', 'received']);
      const again = await upload('', fixture('linkedin-messages.csv'));
      expect(again.json()).toMatchObject({ created: 0, updated: 0, skipped: 6 });
    });

    it('previews with dryRun and writes nothing', async () => {
      const res = await upload('?dryRun=1', fixture('google-old.csv'));
      expect(res.json()).toMatchObject({ dryRun: true, created: 2 });
      expect((await network()).contacts).toHaveLength(0);
    });

    it('refuses a file with any bad row as a whole, with the line, and leaves the store as it was', async () => {
      await upload('', fixture('linkedin-connections-old.csv'));
      const before = await network();
      const res = await upload('?format=linkedin', fixture('linkedin-connections-bad.csv'));
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ line: 3 })]);
      const after = await network();
      expect(after).toEqual(before);
    });

    it('refuses binary bodies and unknown formats without writing', async () => {
      const res = await upload('', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0xff]), 'application/zip');
      expect(res.statusCode).toBe(422);
      expect((await upload('?format=docx', 'x')).statusCode).toBe(400);
      expect((await upload('', '')).statusCode).toBe(400);
      expect((await network()).contacts).toHaveLength(0);
    });

    it('follows a column mapping given as JSON', async () => {
      const mapping = encodeURIComponent(JSON.stringify({ name: 'Who', company: 'Firm' }));
      const res = await upload(`?format=csv&mapping=${mapping}`, 'Who,Firm\nAna Ruiz,Acme\n');
      expect(res.json()).toMatchObject({ created: 1 });
      expect((await network()).contacts[0]).toMatchObject({ name: 'Ana Ruiz', company: 'Acme' });
      expect((await upload('?format=csv&mapping=notjson', 'Who\nAna\n')).statusCode).toBe(400);
    });

    it('stores markup and formulas as plain text', async () => {
      await upload('?format=csv', fixture('hostile.csv'));
      const names = (await network()).contacts.map((c: Contact) => c.name);
      expect(names).toContain('=HYPERLINK("http://evil.example","click")');
      expect(names).toContain('<img src=x onerror=alert(1)>');
    });

    it('answers 413 for a body over the limit', async () => {
      const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x61);
      const res = await upload('', big);
      expect(res.statusCode).toBe(413);
      expect((await network()).contacts).toHaveLength(0);
    });

    it('keeps the JSON body limit for other routes', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: { ...SAME_ORIGIN, 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'x', notes: 'y'.repeat(2 * 1024 * 1024) }),
      });
      expect(res.statusCode).toBe(413);
    });

    it('refuses a cross-origin import', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { host: '127.0.0.1:5174', origin: 'https://evil.example', 'content-type': 'text/csv' },
        payload: fixture('linkedin-connections.csv'),
      });
      expect(res.statusCode).toBe(403);
      expect((await network()).contacts).toHaveLength(0);
    });
  });
}
