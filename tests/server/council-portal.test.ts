// The council portal on both server databases: council accounts made by console admins inside
// their scope (councils come from what offices pushed), sign-in with the console's machinery on
// its own cookie, submissions checked with Persian errors and stamped with the server's clock,
// every route confined to the account's own council, and the office's pull carrying them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_AFTER } from '../../src-server/console/sessions';
import { tinyPdf } from '../support/core';
import { ConsoleClient, cliAccount } from './consoleClient';
import { CouncilClient, submissionInput } from './councilPortal';
import { ADMIN_ACTOR, DIALECTS, openOffice, startTestServer, type TestOffice, type TestServer } from './support';

// 00:30 in Tehran on 11 Azar 1405 is still 30 Azar's eve in UTC: the receipt date is Tehran's day
const AT = '2026-12-01T21:00:00.000Z';

describe.each(DIALECTS)('council portal on %s', (dialect) => {
  let s: TestServer;
  let k: TestOffice;
  let r: TestOffice;
  const councils: Record<string, string> = {};
  const offices: Record<string, string> = {};
  const pw: Record<string, string> = {};
  let clockAt = AT;
  let county: ConsoleClient;

  beforeAll(async () => {
    s = await startTestServer(dialect, { clock: () => new Date(clockAt) });
    const codeK = await s.newOffice('0901', 'کرمان');
    const codeR = await s.newOffice('0902', 'رفسنجان');
    k = await openOffice('0901', { county: 'کرمان' });
    r = await openOffice('0902', { county: 'رفسنجان' });
    const mk = (o: TestOffice, name: string, c: string) =>
      o.t.call('councils.create', { name, kind: 'city', county: c, province: 'کرمان' });
    councils.kerman = (await mk(k, 'کرمان', 'کرمان')).id;
    councils.zangi = (await mk(k, 'زنگی‌آباد', 'کرمان')).id;
    councils.rafsanjan = (await mk(r, 'رفسنجان', 'رفسنجان')).id;
    await k.engine.enroll(s.url, codeK, ADMIN_ACTOR);
    await r.engine.enroll(s.url, codeR, ADMIN_ACTOR);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    expect(await r.engine.run()).toMatchObject({ ok: true });
    for (const [code, key] of [
      ['0901', 'k'],
      ['0902', 'r'],
    ]) {
      const [o] = await s.db.read.query<{ id: string }>('SELECT id FROM office WHERE code = $1', [code]);
      offices[key] = o.id;
    }
    pw.county = await cliAccount(s.dbUrl, 'kerman.county', 'county', { province: 'کرمان', county: 'کرمان' });
    pw.viewer = await cliAccount(s.dbUrl, 'kerman.viewer', 'county', {
      province: 'کرمان',
      county: 'کرمان',
      role: 'viewer',
    });
    pw.province = await cliAccount(s.dbUrl, 'kerman.province', 'province', { province: 'کرمان' });
    county = new ConsoleClient(s.url);
    expect((await county.signIn('kerman.county', pw.county)).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await k?.close();
    await r?.close();
    await s?.stop();
  });

  describe('accounts', () => {
    it('a county admin sees and serves only its county’s councils, as the offices pushed them', async () => {
      const list = await county.get<{ councils: { councilId: string; name: string; officeCode: string }[] }>(
        '/console/api/councils',
      );
      expect(list.status).toBe(200);
      expect(list.body.councils.map((c) => c.name).sort()).toEqual(
        ['شورای اسلامی شهر زنگی‌آباد', 'شورای اسلامی شهر کرمان'].sort(),
      );
      const other = await county.post<{ error: { message: string } }>('/console/api/council-accounts', {
        officeId: offices.r,
        councilId: councils.rafsanjan,
        username: 'rafsanjan.sec',
        fullName: 'منشی رفسنجان',
      });
      expect(other.status).toBe(404);
      expect(other.body.error.message).toContain('حوزهٔ دسترسی');
      const made = await county.post<{ account: { councilName: string }; password: string }>(
        '/console/api/council-accounts',
        { officeId: offices.k, councilId: councils.kerman, username: 'kerman.sec', fullName: 'منشی شورای کرمان' },
      );
      expect(made.status).toBe(200);
      expect(made.body.account.councilName).toBe('شورای اسلامی شهر کرمان');
      pw.kerman = made.body.password;
      const again = await county.post<{ error: { message: string } }>('/console/api/council-accounts', {
        officeId: offices.k,
        councilId: councils.zangi,
        username: 'kerman.sec',
        fullName: 'x',
      });
      expect(again.body.error.message).toBe('این نام کاربری پیش‌تر ثبت شده است.');
    });

    it('a viewer makes none; a province admin makes them in its counties', async () => {
      const v = new ConsoleClient(s.url);
      await v.signIn('kerman.viewer', pw.viewer);
      expect((await v.get('/console/api/councils')).status).toBe(403);
      const p = new ConsoleClient(s.url);
      await p.signIn('kerman.province', pw.province);
      const both = await p.post<{ password: string }>('/console/api/council-accounts', {
        officeId: offices.r,
        councilId: councils.rafsanjan,
        username: 'rafsanjan.sec',
        fullName: 'منشی شورای رفسنجان',
      });
      expect(both.status).toBe(200);
      pw.rafsanjan = both.body.password;
      const zangi = await p.post<{ password: string }>('/console/api/council-accounts', {
        officeId: offices.k,
        councilId: councils.zangi,
        username: 'zangi.sec',
        fullName: 'منشی شورای زنگی‌آباد',
      });
      pw.zangi = zangi.body.password;
      // the county admin lists only its county's accounts
      const mine = await county.get<{ accounts: { username: string }[] }>('/console/api/council-accounts');
      expect(mine.body.accounts.map((a) => a.username)).toEqual(['kerman.sec', 'zangi.sec']);
      expect((await county.post('/console/api/council-accounts/rafsanjan.sec/password')).status).toBe(404);
    });

    it('signs in on its own cookie; console and portal sessions open nothing of each other', async () => {
      const c = new CouncilClient(s.url);
      const in1 = await c.signIn('kerman.sec', pw.kerman);
      expect(in1.status).toBe(200);
      const cookie = in1.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^tq_council=/);
      expect(cookie).toMatch(/Path=\/council; HttpOnly; SameSite=Strict/);
      expect((await c.get('/council/api/session')).body).toMatchObject({
        account: { username: 'kerman.sec', councilId: councils.kerman },
      });
      // a council account is not a console account, and the reverse
      expect((await new CouncilClient(s.url).signIn('kerman.county', pw.county)).status).toBe(401);
      const crossed = new ConsoleClient(s.url);
      crossed.cookie = c.cookie.replace('tq_council', 'tq_console');
      expect((await crossed.get('/console/api/session')).status).toBe(401);
      const fromConsole = new CouncilClient(s.url);
      fromConsole.cookie = county.cookie.replace('tq_console', 'tq_council');
      expect((await fromConsole.get('/council/api/submissions')).status).toBe(401);
    });

    it('locks after repeated wrong passwords, as the console does', async () => {
      const c = new CouncilClient(s.url);
      for (let i = 0; i < LOCK_AFTER - 1; i++) expect((await c.signIn('zangi.sec', 'wrong-password')).status).toBe(401);
      expect((await c.signIn('zangi.sec', 'wrong-password')).status).toBe(423);
      const locked = await c.signIn('zangi.sec', pw.zangi);
      expect(locked.status).toBe(423);
      expect((locked.body as { error: { message: string } }).error.message).toContain('قفل');
      // the county admin's reset lifts the lock
      const reset = await county.post<{ password: string }>('/console/api/council-accounts/zangi.sec/password');
      pw.zangi = reset.body.password;
      expect((await c.signIn('zangi.sec', pw.zangi)).status).toBe(200);
    });

    it('an admin turns a secretary’s account off (its session ends, sign-in refused) and on again', async () => {
      const c = new CouncilClient(s.url);
      expect((await c.signIn('zangi.sec', pw.zangi)).status).toBe(200);
      // outside the admin's scope, or a body that is not a yes/no: refused, nothing changed
      const p = new ConsoleClient(s.url);
      await p.signIn('kerman.province', pw.province);
      expect((await county.post('/console/api/council-accounts/rafsanjan.sec/active', { active: false })).status).toBe(
        404,
      );
      expect((await county.post('/console/api/council-accounts/zangi.sec/active', { active: 'no' })).status).toBe(400);
      expect((await c.get('/council/api/submissions')).status).toBe(200);
      const off = await county.post('/console/api/council-accounts/zangi.sec/active', { active: false });
      expect(off.body).toEqual({ active: false });
      expect((await c.get('/council/api/submissions')).status).toBe(401);
      expect((await new CouncilClient(s.url).signIn('zangi.sec', pw.zangi)).status).toBe(401);
      const listed = await county.get<{ accounts: { username: string; active: number }[] }>(
        '/console/api/council-accounts',
      );
      expect(listed.body.accounts.find((a) => a.username === 'zangi.sec')?.active).toBe(0);
      expect((await p.post('/console/api/council-accounts/zangi.sec/active', { active: true })).status).toBe(200);
      expect((await new CouncilClient(s.url).signIn('zangi.sec', pw.zangi)).status).toBe(200);
    });
  });

  describe('submissions', () => {
    let kc: CouncilClient;
    let submissionId = '';
    const count = async () =>
      Number((await s.db.read.query<{ n: number }>('SELECT count(*) AS n FROM council_submission'))[0].n);

    beforeAll(async () => {
      kc = new CouncilClient(s.url);
      await kc.signIn('kerman.sec', pw.kerman);
    });

    it('refuses bad input with a Persian reason and stores nothing', async () => {
      const bad: [Record<string, unknown>, string | RegExp][] = [
        [{ pdfBase64: '' }, 'صورت‌جلسهٔ امضاشده (PDF) را پیوست کنید.'],
        [
          { pdfBase64: Buffer.from('GIF89a not a pdf').toString('base64') },
          'پیوست باید پرونده PDF باشد (صورت‌جلسهٔ امضاشده).',
        ],
        [{ pdfBase64: 'not base64!!' }, 'پرونده پیوست خوانده نشد؛ دوباره انتخاب کنید.'],
        [{ title: '' }, /موضوع مصوبه/],
        [{ approvalDate: '2026-11-19' }, 'تاریخ تصویب نمی‌تواند پیش از تاریخ جلسه شورا باشد.'],
        [{ approvalDate: '2026-12-03', councilSessionDate: '2026-12-03' }, 'تاریخ تصویب نمی‌تواند پس از امروز باشد.'],
        [{ category: 'nope' }, /دسته‌بندی/],
        [{ councilId: 'someone-else' }, /نامعتبر/],
      ];
      for (const [over, message] of bad) {
        const a = await kc.post<{ error: { message: string } }>('/council/api/submissions', submissionInput(over));
        expect(a.status, JSON.stringify(over)).toBeGreaterThanOrEqual(400);
        if (typeof message === 'string') expect(a.body.error.message).toContain(message);
        else expect(a.body.error.message).toMatch(message);
      }
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]);
      const tooBig = await kc.post<{ error: { message: string } }>(
        '/council/api/submissions',
        submissionInput({ pdfBase64: big.toString('base64') }),
      );
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.error.message).toBe('حجم صورت‌جلسه بیش از ۱۰ مگابایت است.');
      expect(await count()).toBe(0);
    });

    it('refuses a submission without the session’s CSRF token', async () => {
      const noToken = new CouncilClient(s.url);
      noToken.cookie = kc.cookie;
      expect((await noToken.post('/council/api/submissions', submissionInput())).status).toBe(403);
      expect(await count()).toBe(0);
    });

    it('stamps the receipt with the server clock; its Tehran day is the receipt date', async () => {
      const a = await kc.post<{
        id: string;
        receiptNumber: string;
        receivedAt: string;
        receiptDate: string;
        state: string;
      }>('/council/api/submissions', submissionInput());
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({
        receiptNumber: '1405/000001',
        receivedAt: AT,
        receiptDate: '2026-12-02',
        state: 'received',
      });
      submissionId = a.body.id;
      // in the office's scope of the feed, and its file readable by that office only
      const [feed] = await s.db.read.query<{ scope: string; entity: string }>(
        "SELECT scope, entity FROM feed WHERE entity = 'council_submission'",
      );
      expect(feed).toEqual({ scope: `office:${offices.k}`, entity: 'council_submission' });
      const pdf = await kc.get('/council/api/submissions/' + submissionId + '/minutes.pdf');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    });

    it('refuses the same resolution twice, naming the first receipt', async () => {
      clockAt = '2026-12-01T21:05:00.000Z';
      const a = await kc.post<{ error: { message: string } }>(
        '/council/api/submissions',
        submissionInput({ councilResolutionNumber: '55/12', title: 'دوباره' }),
      );
      expect(a.status).toBe(409);
      expect(a.body.error.message).toContain('۱۴۰۵/۰۰۰۰۰۱');
      expect(await count()).toBe(1);
    });

    it('every route keeps to the account’s own council', async () => {
      const z = new CouncilClient(s.url);
      await z.signIn('zangi.sec', pw.zangi);
      expect((await z.get<{ submissions: unknown[] }>('/council/api/submissions')).body.submissions).toEqual([]);
      expect((await z.get(`/council/api/submissions/${submissionId}`)).status).toBe(404);
      expect((await z.get(`/council/api/submissions/${submissionId}/minutes.pdf`)).status).toBe(404);
      const rz = new CouncilClient(s.url);
      await rz.signIn('rafsanjan.sec', pw.rafsanjan);
      expect((await rz.get(`/council/api/submissions/${submissionId}`)).status).toBe(404);
      // the same number in another council is another resolution
      const own = await z.post<{ receiptNumber: string }>('/council/api/submissions', submissionInput());
      expect(own.status).toBe(200);
      expect(own.body.receiptNumber).toBe('1405/000002');
      expect((await kc.get<{ submissions: unknown[] }>('/council/api/submissions')).body.submissions).toHaveLength(1);
      // signed out: nothing
      expect((await new CouncilClient(s.url).get('/council/api/submissions')).status).toBe(401);
      expect((await new CouncilClient(s.url).get(`/council/api/submissions/${submissionId}`)).status).toBe(401);
    });

    it('the office’s pull carries it (an office that does not know it yet keeps it aside unread)', async () => {
      expect(await k.engine.run()).toMatchObject({ ok: true });
      const held = await k.t.core.context.db.read.query(
        "SELECT id FROM sync_reference WHERE entity = 'council_submission'",
      );
      expect(held.map((x: { id: string }) => x.id).sort()).toHaveLength(2);
      expect(await r.engine.run()).toMatchObject({ ok: true });
      expect(
        await r.t.core.context.db.read.query("SELECT id FROM sync_reference WHERE entity = 'council_submission'"),
      ).toEqual([]);
    });
  });
});
