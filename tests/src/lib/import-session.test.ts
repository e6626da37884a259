import { describe, expect, it } from 'vitest';
import { ImportSession, type ImportAnswer, type Uploader } from '../../../src/lib/import.svelte';

const answer = (over: Partial<ImportAnswer> = {}): ImportAnswer => ({ format: 'linkedin', dryRun: true, created: 2, updated: 0, merged: 0, skipped: 0, errors: [], ...over });

function fakeServer(respond: (url: string) => { status: number; body: unknown }) {
  const calls: string[] = [];
  const upload: Uploader = async (url, _body, onProgress) => {
    calls.push(url);
    onProgress(0.5);
    onProgress(1);
    return respond(url);
  };
  return { calls, upload };
}

const csv = (text: string, name = 'Connections.csv') => new File([text], name, { type: 'text/csv' });

describe('ImportSession', () => {
  it('detects the format, previews with dryRun, then commits and reports the result', async () => {
    const server = fakeServer((url) => ({ status: 200, body: answer({ dryRun: url.includes('dryRun') }) }));
    const imported: ImportAnswer[] = [];
    const s = new ImportSession(server.upload, (a) => void imported.push(a));
    await s.choose(csv('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,Acme,Eng,01 Aug 2018\n'));
    expect(s.format).toBe('linkedin');
    expect(s.phase).toBe('preview');
    expect(server.calls[0]).toBe('/api/import?format=linkedin&dryRun=1');
    expect(s.canCommit).toBe(true);
    await s.commit();
    expect(server.calls[1]).toBe('/api/import?format=linkedin');
    expect(s.phase).toBe('done');
    expect(imported).toHaveLength(1);
  });

  it('offers a column mapping for a generic CSV and sends it', async () => {
    const server = fakeServer(() => ({ status: 200, body: answer({ format: 'csv' }) }));
    const s = new ImportSession(server.upload, () => {});
    await s.choose(csv('Who;Employer;E-mail\nAna;Acme;a@x.example\n', 'people.csv'));
    expect(s.format).toBe('csv');
    expect(s.columns).toEqual(['Who', 'Employer', 'E-mail']);
    expect(s.mapping).toEqual({ company: 'Employer', emails: 'E-mail' });
    s.setMapping('name', 'Who');
    await s.preview();
    const sent = new URL(server.calls[1], 'http://x').searchParams.get('mapping');
    expect(JSON.parse(sent!)).toEqual({ company: 'Employer', emails: 'E-mail', name: 'Who' });
  });

  it('blocks the commit when the preview has errors', async () => {
    const server = fakeServer(() => ({ status: 422, body: answer({ errors: [{ line: 3, message: 'bad date' }] }) }));
    const s = new ImportSession(server.upload, () => {});
    await s.choose(csv('First Name,Last Name,Connected On\nA,B,never\n'));
    expect(s.phase).toBe('preview');
    expect(s.canCommit).toBe(false);
    expect(s.answer?.errors[0].line).toBe(3);
    await s.commit();
    expect(server.calls).toHaveLength(1);
  });

  it('fails with the server message on other refusals', async () => {
    const server = fakeServer(() => ({ status: 413, body: { error: 'TooLargeError', message: 'Request body is too large' } }));
    const s = new ImportSession(server.upload, () => {});
    await s.choose(csv('a,b\n1,2\n'));
    expect(s.phase).toBe('failed');
    expect(s.message).toMatch(/too large/);
  });
});
