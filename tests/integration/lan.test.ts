// The office network over real HTTPS (issue 15 item 1): off until an admin turns it on; then the
// same host answers on this computer's network address with a certificate issued by the office's
// own CA, which a phone trusts once it installs it. A member signs in from "another device" (a
// connection to the LAN address, so the host sees a network peer), the cookie is kept to HTTPS,
// and the admin sees who is connected and ends the member's session.
import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { serveHost } from '../support/host';
import { OFFICE, PASSWORD, startCore, type TestCore } from '../support/core';
import { lanTransport } from '../../src-main/host/lan';

/** This machine's first network address: the "other device" connects to it. */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

interface Answer {
  status: number;
  body: string;
  cookie: string | null;
}

function call(
  url: string,
  method: string,
  input: unknown,
  opts: { cookie?: string; ca?: string; agent?: string } = {},
): Promise<Answer> {
  const u = new URL(`/api/${method}`, url);
  const body = JSON.stringify(input);
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      {
        method: 'POST',
        ca: opts.ca,
        headers: {
          'content-type': 'application/json',
          'x-tatbiq': '1',
          origin: u.origin,
          'user-agent': opts.agent ?? 'tatbiq-test',
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

const data = <T>(a: Answer): T => JSON.parse(a.body).data as T;
const message = (a: Answer): string => JSON.parse(a.body).error.message;
const cookieOf = (a: Answer) => a.cookie!.split(';')[0];

/** The certificate a TLS client is shown at host:port, checked against `ca` (throws if untrusted). */
function peerCertificate(host: string, port: number, ca?: string): Promise<tls.PeerCertificate> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host, port, ca, servername: net.isIP(host) ? undefined : host }, () => {
      const cert = s.getPeerCertificate();
      s.end();
      resolve(cert);
    });
    s.on('error', reject);
  });
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '0.0.0.0', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

interface LanStatus {
  enabled: boolean;
  port: number;
  supported: boolean;
  running: boolean;
  addresses: string[];
  caFingerprint: string | null;
  certFingerprint: string | null;
  problem: string | null;
}
interface Connected {
  id: string;
  username: string;
  via: string;
  remote: string;
  userAgent: string;
  current: boolean;
}

describe.skipIf(!lanAddress)('the office network', () => {
  let t: TestCore;
  let app: FastifyInstance;
  let local: string;
  let admin: string;
  let port: number;
  let ca: string;
  let lanUrl: string;

  beforeAll(async () => {
    t = await startCore();
    ({ app, base: local } = await serveHost(t));
    await t.core.lan.attach(lanTransport(t.core, { rendererDir: '/nonexistent' }));
    admin = cookieOf(await call(local, 'office.setup', OFFICE));
    const made = await call(
      local,
      'users.create',
      { username: 'member', fullName: 'رضا عضو', role: 'member', password: PASSWORD },
      { cookie: admin },
    );
    expect(made.status).toBe(200);
    port = await freePort();
    lanUrl = `https://${lanAddress}:${port}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('is off until an admin turns it on, and only an admin sees or changes it', async () => {
    const s = data<LanStatus>(await call(local, 'lan.status', {}, { cookie: admin }));
    expect(s).toMatchObject({ enabled: false, running: false, supported: true, port: 5443, certFingerprint: null });
    const member = cookieOf(await call(local, 'auth.login', { username: 'member', password: PASSWORD }));
    for (const m of ['lan.status', 'lan.sessions'])
      expect((await call(local, m, {}, { cookie: member })).status, m).toBe(403);
    const tried = await call(local, 'lan.configure', { enabled: true, port }, { cookie: member });
    expect(tried.status).toBe(403);
    expect(data<LanStatus>(await call(local, 'lan.status', {}, { cookie: admin })).enabled).toBe(false);
  });

  it('refuses a port out of range in Persian and changes nothing', async () => {
    for (const bad of [80, 70000, 5443.5]) {
      const r = await call(local, 'lan.configure', { enabled: true, port: bad }, { cookie: admin });
      expect(r.status).toBe(400);
      expect(message(r)).toMatch(/درگاه|نامعتبر/);
    }
    expect(data<LanStatus>(await call(local, 'lan.status', {}, { cookie: admin })).enabled).toBe(false);
  });

  it('turned on, serves HTTPS on the network address with a certificate from the office CA', async () => {
    const s = data<LanStatus>(await call(local, 'lan.configure', { enabled: true, port }, { cookie: admin }));
    expect(s).toMatchObject({ enabled: true, running: true, port, problem: null });
    expect(s.addresses).toContain(`${lanUrl}/`);
    // the CA a phone installs, fetched from the office's own page
    ca = await (await fetch(`${local}/office-ca.crt`)).text();
    expect(new crypto.X509Certificate(ca).fingerprint256).toBe(s.caFingerprint);
    expect(new crypto.X509Certificate(ca).ca).toBe(true);
    const shown = await peerCertificate(lanAddress!, port, ca);
    expect(shown.fingerprint256).toBe(s.certFingerprint);
    // without the office's CA the connection is not trusted: the browser warns, the member compares
    await expect(peerCertificate(lanAddress!, port)).rejects.toThrow(/self-signed|unable to (get|verify)/i);
    // the change is in the audit log
    const [{ n }] = await t.core.context.db.read.query(
      `SELECT count(*) AS n FROM audit_event WHERE entity = 'office_setting' AND entity_id = 'lan'`,
    );
    expect(n).toBe(1);
  });

  it('a member signs in from another device; the cookie is HTTPS-only; plain HTTP is not answered there', async () => {
    const signIn = await call(
      lanUrl,
      'auth.login',
      { username: 'member', password: PASSWORD },
      {
        ca,
        agent: 'Mozilla/5.0 (Linux; Android 14) Mobile',
      },
    );
    expect(signIn.status).toBe(200);
    expect(signIn.cookie).toMatch(/HttpOnly/);
    expect(signIn.cookie).toMatch(/; Secure/);
    const member = cookieOf(signIn);
    expect(
      data<{ user: { username: string } }>(await call(lanUrl, 'app.info', {}, { ca, cookie: member })).user.username,
    ).toBe('member');
    // a page of another origin cannot call it
    const forged = await new Promise<number>((resolve, reject) => {
      const req = https.request(
        `${lanUrl}/api/app.info`,
        {
          method: 'POST',
          ca,
          headers: { 'content-type': 'application/json', 'x-tatbiq': '1', origin: `http://${lanAddress}:${port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(forged).toBe(403);
    // the same port over plain HTTP: the TLS listener does not speak it
    await expect(call(`http://${lanAddress}:${port}`, 'app.info', {})).rejects.toThrow();
  });

  it('the admin sees who is connected and from where, and ends the member’s session', async () => {
    const list = data<Connected[]>(await call(local, 'lan.sessions', {}, { cookie: admin }));
    const mine = list.find((c) => c.current)!;
    expect(mine).toMatchObject({ username: 'admin', via: 'local' });
    const phone = list.find((c) => c.via === 'lan')!;
    expect(phone).toMatchObject({
      username: 'member',
      remote: lanAddress,
      userAgent: expect.stringContaining('Android'),
    });
    const own = await call(local, 'lan.endSession', { id: mine.id }, { cookie: admin });
    expect(own.status).toBe(400);
    expect(message(own)).toContain('خروج');
    const member = cookieOf(await call(lanUrl, 'auth.login', { username: 'member', password: PASSWORD }, { ca }));
    const again = data<Connected[]>(await call(local, 'lan.sessions', {}, { cookie: admin })).filter(
      (c) => c.username === 'member',
    );
    for (const c of again)
      expect((await call(local, 'lan.endSession', { id: c.id }, { cookie: admin })).status).toBe(200);
    const after = await call(lanUrl, 'app.info', {}, { ca, cookie: member });
    expect(data<{ user: null }>(after).user).toBeNull();
    const gone = await call(local, 'lan.endSession', { id: again[0].id }, { cookie: admin });
    expect(gone.status).toBe(404);
    expect(message(gone)).toContain('برقرار نیست');
  });

  it('a port another program holds is reported in Persian, not a crash', async () => {
    const holder = net.createServer();
    const taken = await freePort();
    await new Promise<void>((r) => holder.listen(taken, '0.0.0.0', r));
    try {
      const s = data<LanStatus>(await call(local, 'lan.configure', { enabled: true, port: taken }, { cookie: admin }));
      expect(s).toMatchObject({ enabled: true, running: false });
      expect(s.problem).toContain('برنامهٔ دیگری');
    } finally {
      await new Promise((r) => holder.close(r));
    }
    const back = data<LanStatus>(await call(local, 'lan.configure', { enabled: true, port }, { cookie: admin }));
    expect(back).toMatchObject({ running: true, problem: null });
  });

  it('after a restart it serves again with the same CA, so phones keep trusting it; turned off, it stops', async () => {
    const before = data<LanStatus>(await call(local, 'lan.status', {}, { cookie: admin }));
    await app.close();
    await t.close();
    t = await startCore({ dir: t.dir });
    ({ app, base: local } = await serveHost(t));
    await t.core.lan.attach(lanTransport(t.core, { rendererDir: '/nonexistent' }));
    admin = cookieOf(await call(local, 'auth.login', { username: 'admin', password: OFFICE.admin.password }));
    const s = data<LanStatus>(await call(local, 'lan.status', {}, { cookie: admin }));
    expect(s).toMatchObject({
      running: true,
      caFingerprint: before.caFingerprint,
      certFingerprint: before.certFingerprint,
    });
    expect((await peerCertificate(lanAddress!, port, ca)).fingerprint256).toBe(before.certFingerprint);
    const off = data<LanStatus>(await call(local, 'lan.configure', { enabled: false, port }, { cookie: admin }));
    expect(off).toMatchObject({ enabled: false, running: false });
    await expect(peerCertificate(lanAddress!, port, ca)).rejects.toThrow(/ECONNREFUSED/);
  });
});
