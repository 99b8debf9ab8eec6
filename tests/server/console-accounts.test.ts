// Console accounts on both server databases: the first admin from the command line, sign-in over
// HTTP with an httpOnly SameSite=Strict cookie, CSRF bound to the session, lockout, idle timeout,
// admins confined to their scope, and an audit that can only grow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCounty, addProvince } from '../../src-server/admin/commands';
import { runCli } from '../../src-server/admin/cli';
import { LOCK_AFTER, IDLE_MINUTES } from '../../src-server/console/sessions';
import { ConsoleClient, cliAccount } from './consoleClient';
import { startTestServer, type Dialect, type TestServer } from './support';

describe.each<Dialect>(['sqlite', 'postgres'])('console accounts on %s', (dialect) => {
  let server: TestServer;
  let offsetMs = 0;
  let password = '';
  const clock = () => new Date(Date.now() + offsetMs);

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    const at = new Date().toISOString();
    await addProvince(server.db, 'کرمان', at);
    await addProvince(server.db, 'یزد', at);
    await addCounty(server.db, 'کرمان', 'بم', at);
    await addCounty(server.db, 'یزد', 'میبد', at);
    password = await cliAccount(server.dbUrl, 'minister', 'ministry');
  });
  afterAll(() => server?.stop());

  it('signs in with an httpOnly SameSite=Strict cookie and answers who is signed in', async () => {
    const c = new ConsoleClient(server.url);
    const r = await c.signIn('minister', password);
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/console/);
    const me = await c.get<{ account: { username: string; scope: string } }>('/console/api/session');
    expect(me.body.account).toMatchObject({ username: 'minister', scope: 'ministry' });
    expect((await new ConsoleClient(server.url).get('/console/api/session')).status).toBe(401);
  });

  it('refuses a state change without the CSRF token, with another session’s token, or from another origin', async () => {
    const a = new ConsoleClient(server.url);
    await a.signIn('minister', password);
    const b = new ConsoleClient(server.url);
    await b.signIn('minister', password);
    const input = {
      username: 'kerman.admin',
      fullName: 'مدیر کرمان',
      role: 'admin',
      scope: 'province',
      province: 'کرمان',
    };
    const noToken = new ConsoleClient(server.url);
    noToken.cookie = a.cookie;
    expect((await noToken.post('/console/api/accounts', input)).status).toBe(403);
    const replayed = new ConsoleClient(server.url);
    replayed.cookie = a.cookie;
    replayed.csrf = b.csrf;
    const r = await replayed.post<{ error: { code: string } }>('/console/api/accounts', {
      ...input,
      username: 'x.admin',
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('csrf');
    const cross = await fetch(`${server.url}/console/api/accounts`, {
      method: 'POST',
      headers: {
        cookie: a.cookie,
        'x-tatbiq-csrf': a.csrf,
        origin: 'http://evil.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...input, username: 'y.admin' }),
    });
    expect(cross.status).toBe(403);
    // none of the refused calls made an account; the same call with the session's own token does
    expect((await a.post('/console/api/accounts', input)).status).toBe(200);
    const names = (await a.get<{ accounts: { username: string }[] }>('/console/api/accounts')).body.accounts.map(
      (x) => x.username,
    );
    expect(names).toEqual(['kerman.admin', 'minister']);
  });

  it('lets a province admin create accounts only inside its province', async () => {
    const m = new ConsoleClient(server.url);
    await m.signIn('minister', password);
    const made = await m.post<{ password: string }>('/console/api/accounts', {
      username: 'kerman.chief',
      fullName: 'مدیر استان کرمان',
      role: 'admin',
      scope: 'province',
      province: 'کرمان',
    });
    expect(made.status).toBe(200);
    const p = new ConsoleClient(server.url);
    expect((await p.signIn('kerman.chief', made.body.password)).status).toBe(200);
    const wider = await p.post('/console/api/accounts', {
      username: 'yazd.x',
      fullName: 'یزد',
      role: 'viewer',
      scope: 'province',
      province: 'یزد',
    });
    expect(wider.status).toBe(400);
    const ministry = await p.post('/console/api/accounts', {
      username: 'nat.x',
      fullName: 'ملی',
      role: 'admin',
      scope: 'ministry',
    });
    expect(ministry.status).toBe(400);
    const inside = await p.post('/console/api/accounts', {
      username: 'bam.viewer',
      fullName: 'ناظر بم',
      role: 'viewer',
      scope: 'county',
      province: 'کرمان',
      county: 'بم',
    });
    expect(inside.status).toBe(200);
    const listed = (await p.get<{ accounts: { username: string }[] }>('/console/api/accounts')).body.accounts.map(
      (a) => a.username,
    );
    expect(listed).not.toContain('minister');
    expect(listed).toContain('bam.viewer');
    const v = new ConsoleClient(server.url);
    await v.signIn('bam.viewer', (inside.body as { password: string }).password);
    expect((await v.get('/console/api/accounts')).status).toBe(403);
  });

  it('locks an account after repeated wrong passwords, even against the right one', async () => {
    const pw = await cliAccount(server.dbUrl, 'locked.one', 'ministry', { role: 'viewer' });
    const c = new ConsoleClient(server.url);
    const wrong = await Promise.all(
      Array.from({ length: LOCK_AFTER + 3 }, () => c.signIn('locked.one', 'wrong-password-1')),
    );
    expect(wrong.filter((r) => r.status === 401).length).toBeLessThanOrEqual(LOCK_AFTER);
    expect(wrong.some((r) => r.status === 423)).toBe(true);
    expect((await c.signIn('locked.one', pw)).status).toBe(423);
    expect((await c.signIn('nobody', 'wrong-password-1')).status).toBe(401);
  });

  it('ends a session left idle', async () => {
    const c = new ConsoleClient(server.url);
    await c.signIn('minister', password);
    offsetMs = (IDLE_MINUTES + 1) * 60_000;
    try {
      const r = await c.get<{ error: { code: string } }>('/console/api/session');
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('expired');
    } finally {
      offsetMs = 0;
    }
  });

  it('turns an account off inside the admin’s scope: its sessions end and it cannot sign in until on again', async () => {
    const m = new ConsoleClient(server.url);
    await m.signIn('minister', password);
    const made = await m.post<{ password: string }>('/console/api/accounts', {
      username: 'yazd.chief',
      fullName: 'مدیر استان یزد',
      role: 'admin',
      scope: 'province',
      province: 'یزد',
    });
    const y = new ConsoleClient(server.url);
    expect((await y.signIn('yazd.chief', made.body.password)).status).toBe(200);
    // a province admin reaches no account outside its province, and never turns itself off
    const k = new ConsoleClient(server.url);
    await k.signIn('kerman.boss', await cliAccount(server.dbUrl, 'kerman.boss', 'province', { province: 'کرمان' }));
    const outside = await k.post<{ error: { message: string } }>('/console/api/accounts/yazd.chief/active', {
      active: false,
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.message).toBe('چنین حسابی در حوزهٔ شما نیست.');
    const self = await y.post<{ error: { message: string } }>('/console/api/accounts/yazd.chief/active', {
      active: false,
    });
    expect(self.body.error.message).toBe('حساب خودتان را نمی‌توانید غیرفعال کنید.');
    expect((await y.get('/console/api/session')).status).toBe(200);
    expect((await m.post('/console/api/accounts/yazd.chief/active', { active: false })).status).toBe(200);
    expect((await y.get('/console/api/session')).status).toBe(401);
    expect((await new ConsoleClient(server.url).signIn('yazd.chief', made.body.password)).status).toBe(401);
    const listed = await m.get<{ accounts: { username: string; active: number }[] }>('/console/api/accounts');
    expect(listed.body.accounts.find((a) => a.username === 'yazd.chief')?.active).toBe(0);
    // on again from the command line, as a ministry operator recovers a scope's only admin
    const out: string[] = [];
    expect(await runCli(['account:enable', 'yazd.chief', '--db', server.dbUrl], (l) => out.push(l))).toBe(0);
    expect(out).toEqual(['account enabled']);
    expect((await new ConsoleClient(server.url).signIn('yazd.chief', made.body.password)).status).toBe(200);
    const audit = await m.get<{ entries: { action: string; target: string | null }[] }>('/console/api/audit');
    const actions = audit.body.entries.map((e) => `${e.action}:${e.target ?? ''}`);
    expect(actions).toEqual(expect.arrayContaining(['account.deactivate:yazd.chief', 'account.activate:yazd.chief']));
  });

  it('keeps an audit of admin actions that cannot be edited', async () => {
    const c = new ConsoleClient(server.url);
    await c.signIn('minister', password);
    const r = await c.get<{ entries: { action: string; actor: string; target: string | null }[] }>(
      '/console/api/audit',
    );
    const actions = r.body.entries.map((e) => `${e.action}:${e.target ?? ''}`);
    expect(actions).toContain('account.create:minister');
    expect(actions).toContain('account.create:kerman.chief');
    await expect(server.db.tx((tx) => tx.query('UPDATE console_audit SET action = $1', ['x']))).rejects.toThrow(
      /append-only/,
    );
    await expect(server.db.tx((tx) => tx.query('DELETE FROM console_audit'))).rejects.toThrow(/append-only/);
  });
});
