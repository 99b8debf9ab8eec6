// The browser-mode transport over real HTTP on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { serveHost } from '../support/host';
import { OFFICE, startCore, type TestCore } from '../support/core';

let t: TestCore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  t = await startCore();
  ({ app, base } = await serveHost(t));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

let cookie = '';
const post = (method: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tatbiq': '1', ...(cookie ? { cookie } : {}), ...headers },
    body,
  });

describe('browser-mode host', () => {
  it('serves the renderer with a strict CSP', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('تطبیق');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers contract calls and maps error codes to HTTP statuses', async () => {
    // before setup and sign-in, only public methods answer
    expect((await post('councils.list', '{}')).status).toBe(401);
    const ok = await post('office.setup', JSON.stringify(OFFICE));
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.name).toBe(OFFICE.name);
    // the first admin is signed in by an HttpOnly, same-site cookie the page's scripts cannot read
    const set = ok.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^tatbiq_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    cookie = set.split(';')[0];
    const info = await (await post('app.info', '{}')).json();
    expect(info.data.user).toMatchObject({ username: 'admin', role: 'admin' });

    const invalid = await post('councils.create', JSON.stringify({ name: '' }));
    expect(invalid.status).toBe(400);
    const body = await invalid.json();
    expect(body.ok).toBe(false);
    expect(body.error.fields.name).toBe('نام شورا را وارد کنید.');

    expect((await post('office.setup', JSON.stringify(OFFICE))).status).toBe(409);
    expect((await post('nothing.here', '{}')).status).toBe(404);
    // the admin keeps users, not the register
    const forbidden = await post('resolutions.list', '{}');
    expect(forbidden.status).toBe(200);
    expect((await post('attachments.upload', JSON.stringify({ name: 'a.pdf', dataBase64: 'JVBERi0=' }))).status).toBe(
      403,
    );
  });

  it('signs out: the cookie is cleared and the old token opens nothing', async () => {
    const out = await post('auth.logout', '{}');
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await post('councils.list', '{}');
    expect(after.status).toBe(401);
    expect((await after.json()).error.message).toMatch(/دوباره وارد شوید/);
    const login = await post('auth.login', JSON.stringify({ username: 'ADMIN ', password: OFFICE.admin.password }));
    expect(login.status).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    expect((await post('councils.list', '{}')).status).toBe(200);
  });

  it('refuses cross-site requests, malformed JSON and oversized bodies, writing nothing', async () => {
    const before = await t.count('council');
    const council = JSON.stringify({ name: 'ماهان', kind: 'city', county: 'کرمان', province: 'کرمان' });
    expect((await post('councils.create', council, { 'x-tatbiq': '' })).status).toBe(403);
    expect((await post('councils.create', council, { origin: 'http://evil.example' })).status).toBe(403);
    const malformed = await post('councils.create', '{"name": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/[\u0600-\u06FF]/);
    const huge = await post('councils.create', JSON.stringify({ name: 'x'.repeat(20 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await t.count('council')).toBe(before);
  });
});
