import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, SAME_ORIGIN, type TestApp } from '../../support/app';
import { sqliteFactory } from '../../support/stores';
import { buildApp } from '../../../server/app';

describe('request safety', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp(sqliteFactory);
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/network', headers: { host: 'evil.example:5174' } });
    expect(res.statusCode).toBe(403);
  });

  it('accepts loopback host names', async () => {
    for (const host of ['127.0.0.1:5174', 'localhost:5174', '[::1]:5174']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { host } });
      expect(res.statusCode).toBe(200);
    }
  });

  it('refuses writes from another origin and keeps the data as it was', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { host: '127.0.0.1:5174', origin: 'https://evil.example' },
      payload: { name: 'Injected' },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.store.getNetwork()).contacts).toEqual([]);
  });

  it('refuses cross-site writes that carry no Origin', async () => {
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/contacts/x',
      headers: { host: '127.0.0.1:5174', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses form posts that are not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: { ...SAME_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expect(res.statusCode).toBe(415);
    expect((await t.store.getNetwork()).contacts).toEqual([]);
  });

  it('sends no permissive CORS headers and sets protective ones', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/network',
      headers: { host: '127.0.0.1:5174', origin: 'https://evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('requires the token on a non-loopback host', async () => {
    const app = await buildApp({ store: t.store, host: '192.168.1.20', token: 's3cret-token' });
    const host = { host: '192.168.1.20:5174' };
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: host })).statusCode).toBe(401);
    const ok = await app.inject({ method: 'GET', url: '/api/health', headers: { ...host, authorization: 'Bearer s3cret-token' } });
    expect(ok.statusCode).toBe(200);
    const login = await app.inject({ method: 'GET', url: '/?token=s3cret-token', headers: host });
    expect(login.statusCode).toBe(302);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const withCookie = await app.inject({ method: 'GET', url: '/api/health', headers: { ...host, cookie } });
    expect(withCookie.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'localhost:5174' } })).statusCode).toBe(403);
    // A cookie with a malformed %-escape is refused like a missing one, not a server error.
    const bad = await app.inject({ method: 'GET', url: '/api/health', headers: { ...host, cookie: `${cookie.split('=')[0]}=%zz` } });
    expect(bad.statusCode).toBe(401);
    await app.close();
  });
});
