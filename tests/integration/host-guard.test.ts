// The browser-mode host under the probe's attacks, over real HTTP: a page on another name that
// resolves to this computer (DNS rebinding), and wrong passwords sent all at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { serveHost } from '../support/host';
import { LOCK_AFTER } from '../../src-main/core/users/sessions';
import { SPRAY_NAMES } from '../../src-main/core/users/throttle';
import { OFFICE, PASSWORD, startCore, type TestCore } from '../support/core';

let t: TestCore;
let app: FastifyInstance;
let port: number;

let address = '127.0.0.1';

async function serve(allowedHosts?: string[], host = '127.0.0.1') {
  t = await startCore();
  address = host;
  ({ app, port } = await serveHost(t, { allowedHosts, host }));
}
afterEach(async () => {
  await app.close();
  await t.close();
});

interface Answer {
  status: number;
  body: string;
  cookie: string | null;
}

/** One request with the Host header a browser would send for `host` (fetch cannot forge it). */
function request(
  host: string,
  urlPath: string,
  opts: { method?: string; body?: unknown; cookie?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = http.request(
      {
        host: address,
        port,
        path: urlPath,
        method: opts.method ?? (body ? 'POST' : 'GET'),
        headers: {
          host,
          ...(body ? { 'content-type': 'application/json', 'x-tatbiq': '1', origin: `http://${host}` } : {}),
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, cookie: res.headers['set-cookie']?.[0] ?? null }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (host: string, method: string, input: unknown, cookie?: string) =>
  request(host, `/api/${method}`, { body: input, cookie });

describe('DNS rebinding: only the names the office serves are answered', () => {
  beforeEach(() => serve(['tatbiq.office.lan']));

  it('refuses another name before any handler runs: no setup, no static file, no API', async () => {
    const evil = `rebind.attacker.example:${port}`;
    const setup = await api(evil, 'office.setup', OFFICE);
    expect(setup.status).toBe(421);
    expect(JSON.parse(setup.body).error.message).toMatch(/این نشانی برای تطبیق پذیرفته نیست/);
    expect(await t.count('office')).toBe(0);
    for (const p of ['/', '/index.html', '/api/app.info']) {
      const r = await request(evil, p, p.startsWith('/api') ? { body: {} } : {});
      expect(r.status).toBe(421);
      expect(r.body).not.toContain('<title>');
    }
    // the loopback name on another port or with none (port 80), a trailing dot, a name that only resolves here
    for (const host of [`localhost:${port + 1}`, 'localhost', `localhost.:${port}`, `127.0.0.1.nip.io:${port}`])
      expect((await api(host, 'app.info', {})).status).toBe(421);
  });

  it('answers loopback names and addresses, and the configured LAN name, on its port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`, `tatbiq.office.lan:${port}`]) {
      const r = await request(host, '/');
      expect(r.status, host).toBe(200);
      expect(r.body).toContain('تطبیق');
    }
    const setup = await api(`tatbiq.office.lan:${port}`, 'office.setup', OFFICE);
    expect(setup.status).toBe(200);
    expect(await t.count('office')).toBe(1);
  });
});

/** This machine's first LAN address, if it has one. */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

describe('on the office LAN, over plain HTTP', () => {
  it.skipIf(!lanAddress)(
    'refuses a device on the network (its password would cross in clear text), after the name check',
    async () => {
      await serve([], lanAddress);
      for (const p of ['/', '/api/app.info']) {
        const r = await request(`${lanAddress}:${port}`, p, p.startsWith('/api') ? { body: {} } : {});
        expect(r.status, p).toBe(403);
        expect(JSON.parse(r.body).error.message).toMatch(/فقط با نشانی امن \(https\)/);
      }
      expect((await api(`${lanAddress}:${port}`, 'office.setup', OFFICE)).status).toBe(403);
      expect(await t.count('office')).toBe(0);
      expect((await request(`rebind.attacker.example:${port}`, '/')).status).toBe(421);
      expect((await request(`${lanAddress}:${port + 1}`, '/')).status).toBe(421);
    },
  );
});

describe('sign-in over HTTP, all at once', () => {
  beforeEach(async () => {
    await serve();
    const setup = await api(`localhost:${port}`, 'office.setup', OFFICE);
    const cookie = setup.cookie!.split(';')[0];
    const made = await api(
      `localhost:${port}`,
      'users.create',
      { username: 'expert', fullName: 'علی کارشناس', role: 'expert', password: PASSWORD },
      cookie,
    );
    expect(made.status).toBe(200);
  });

  const login = (username: string, password: string) => api(`localhost:${port}`, 'auth.login', { username, password });

  it('60 wrong passwords in parallel check only five; then the right one is refused while locked', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => login('expert', `wrong-${i}-pass`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOCK_AFTER);
    expect(statuses.filter((s) => s === 403)).toHaveLength(60 - LOCK_AFTER);
    const right = await login('expert', PASSWORD);
    expect(right.status).toBe(403);
    expect(right.cookie).toBeNull();
    expect(JSON.parse(right.body).error.message).toMatch(/^به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا/);
    const [row] = await t.core.context.db.read.query(
      `SELECT failed_attempts AS n, locked_until IS NOT NULL AS locked FROM app_user WHERE username = 'expert'`,
    );
    expect(row).toEqual({ n: LOCK_AFTER, locked: 1 });
    expect(await t.count('user_session')).toBe(1); // the admin's, from the setup
  });

  it('30 names sprayed in parallel from one address check only as many as the spray limit allows', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(`name${i}`, 'common-pass-1')));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(SPRAY_NAMES);
    expect(answers.filter((a) => a.status === 403)).toHaveLength(30 - SPRAY_NAMES);
    expect((await login('expert', PASSWORD)).status).toBe(403);
  });
});
