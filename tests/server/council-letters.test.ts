// Issue 14 items 4 and 5 on both server databases, with the office's real core: the objection
// letter the office issues reaches the council's portal on its next sync as the exact PDF; the
// council's first opening is recorded and becomes the objection's receipt in the office (its
// answer clock); the council answers inside its window and is refused from the instant the
// deadline day ends in Tehran; a retried answer is the same answer; the office records it once.
// Every route is confined to the account's own council.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilAnswerDeadline, deadlineEnd } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { todayInTehran } from '../../shared/dates/jalali';
import { seedPeople, tinyPdf, type People } from '../support/core';
import { objectedResolution } from '../integration/letters-fixtures';
import { ConsoleClient, cliAccount } from './consoleClient';
import { CouncilClient } from './councilPortal';
import { ADMIN_ACTOR, DIALECTS, openOffice, startTestServer, type TestOffice, type TestServer } from './support';

const START = '2026-11-23T08:00:00.000Z';

interface Letter {
  id: string;
  kind: string;
  openedAt: string | null;
  deliveredAt: string | null;
  window: { deadline: string; endsAt: string; open: boolean; reason: string | null } | null;
  answer: { receiptNumber: string } | null;
}

describe.each(DIALECTS)('council portal letters on %s', (dialect) => {
  let s: TestServer;
  let o: TestOffice;
  let people: People;
  let clock = START;
  const councils: Record<string, string> = {};
  const kerman = () => new CouncilClient(s.url);
  let sec: CouncilClient;
  let zangi: CouncilClient;
  const letters: Record<string, string> = {};
  const resolutions: Record<string, string> = {};

  const pw: Record<string, string> = {};
  // a moved clock ends idle sessions: both councils sign in again at the new instant
  const at = async (iso: string) => {
    clock = iso;
    o.t.now.value = new Date(iso);
    expect((await sec.signIn('kerman.sec', pw['kerman.sec'])).status).toBe(200);
    expect((await zangi.signIn('zangi.sec', pw['zangi.sec'])).status).toBe(200);
  };
  const sync = async () => expect(await o.engine.run()).toMatchObject({ ok: true });
  const db = () => o.t.core.context.db.read;

  async function objectionIssued(key: string) {
    const r = await objectedResolution(o.t, people, councils.kerman);
    const draft = await o.t.as(people.secretary).call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
    await o.t.as(people.secretary).call('letters.issue', { id: draft.id });
    letters[key] = draft.id;
    resolutions[key] = r.id;
  }

  beforeAll(async () => {
    s = await startTestServer(dialect, { clock: () => new Date(clock) });
    const code = await s.newOffice('0901', 'کرمان');
    o = await openOffice('0901', { county: 'کرمان' });
    o.t.now.value = new Date(START);
    people = await seedPeople(o.t);
    const mk = (name: string) =>
      o.t.call('councils.create', { name, kind: 'city', county: 'کرمان', province: 'کرمان' });
    councils.kerman = (await mk('کرمان')).id;
    councils.zangi = (await mk('زنگی‌آباد')).id;
    await o.engine.enroll(s.url, code, ADMIN_ACTOR);
    await sync();
    const [office] = await s.db.read.query<{ id: string }>('SELECT id FROM office WHERE code = $1', ['0901']);
    const countyPw = await cliAccount(s.dbUrl, 'kerman.county', 'county', { province: 'کرمان', county: 'کرمان' });
    const county = new ConsoleClient(s.url);
    await county.signIn('kerman.county', countyPw);
    const made = async (councilId: string, username: string) => {
      const r = await county.post<{ password: string }>('/console/api/council-accounts', {
        officeId: office.id,
        councilId,
        username,
        fullName: `منشی ${username}`,
      });
      const c = kerman();
      pw[username] = r.body.password;
      expect((await c.signIn(username, r.body.password)).status).toBe(200);
      return c;
    };
    sec = await made(councils.kerman, 'kerman.sec');
    zangi = await made(councils.zangi, 'zangi.sec');
    await objectionIssued('a');
    await objectionIssued('b');
    await sync();
  }, 120_000);
  afterAll(async () => {
    await o?.close();
    await s?.stop();
  });

  it('the issued objection is in its council’s portal only, as the exact PDF, not yet opened', async () => {
    const list = await sec.get<{ letters: Letter[] }>('/council/api/letters');
    expect(list.body.letters.map((l) => l.id).sort()).toEqual([letters.a, letters.b].sort());
    expect(list.body.letters[0]).toMatchObject({ kind: 'objection', openedAt: null, deliveredAt: null, window: null });
    expect((await zangi.get<{ letters: Letter[] }>('/council/api/letters')).body.letters).toEqual([]);
    expect((await zangi.get(`/council/api/letters/${letters.a}`)).status).toBe(404);
    const other = await fetch(`${s.url}/council/api/letters/${letters.a}/letter.pdf`, {
      headers: { cookie: zangi.cookie },
    });
    expect(other.status).toBe(404);
    const res = await fetch(`${s.url}/council/api/letters/${letters.a}/letter.pdf`, {
      headers: { cookie: sec.cookie },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const [letter]: { sha: string }[] = await db().query('SELECT pdf_sha256 AS sha FROM letter WHERE id = ?', [
      letters.a,
    ]);
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha);
    // the office pulls the posting; nothing counts as delivered yet
    await sync();
    const [d]: { openedAt: string | null; appliedDate: string | null }[] = await db().query(
      'SELECT opened_at AS openedAt, applied_date AS appliedDate FROM portal_delivery WHERE letter_id = ?',
      [letters.a],
    );
    expect(d).toEqual({ openedAt: null, appliedDate: null });
    expect((await new CouncilClient(s.url).get('/council/api/letters')).status).toBe(401);
  });

  it('the first opening is recorded once and becomes the objection’s receipt in the office', async () => {
    await at('2026-11-24T06:00:00.000Z');
    const opened = await sec.get<Letter>(`/council/api/letters/${letters.a}`);
    expect(opened.body.openedAt).toBe(clock);
    const deadline = councilAnswerDeadline('2026-11-24', DEFAULT_POLICY);
    expect(opened.body.window).toMatchObject({ deadline, open: true, reason: null });
    await at('2026-11-24T07:00:00.000Z');
    expect((await sec.get<Letter>(`/council/api/letters/${letters.a}`)).body.openedAt).toBe('2026-11-24T06:00:00.000Z');
    await sec.get(`/council/api/letters/${letters.b}`);
    await sync();
    const r = await o.t.call('resolutions.get', { id: resolutions.a });
    expect(r.dueDate).toBe(deadline);
    const records = await o.t.call('lifecycle.records', { resolutionId: resolutions.a });
    expect(records.letters[0].councilReceivedDate).toBe('2026-11-24');
  });

  it('refuses bad answers with Persian reasons, and nothing is kept', async () => {
    const post = (c: CouncilClient, id: string, body: unknown) =>
      c.post<{ error: { message: string } }>(`/council/api/letters/${id}/answer`, body);
    const id = crypto.randomUUID();
    expect((await post(sec, letters.a, { id, answer: 'insist' })).body.error.message).toContain('دلایل اصرار');
    const amend = await post(sec, letters.a, { id, answer: 'amend', text: 'متن' });
    expect(amend.status).toBe(400);
    expect(amend.body.error.message).toMatch(/شمارهٔ مصوبهٔ اصلاحی|صورت‌جلسه/);
    expect((await post(sec, letters.a, { id, answer: 'maybe' })).status).toBe(400);
    const notPdf = await post(sec, letters.a, {
      id,
      answer: 'amend',
      text: 'متن',
      number: '۱/۲',
      sessionNumber: '۳',
      approvalDate: '2026-11-24',
      pdfBase64: Buffer.from('not a pdf').toString('base64'),
    });
    expect(notPdf.body.error.message).toContain('PDF');
    expect((await post(zangi, letters.a, { id, answer: 'repeal' })).status).toBe(404);
    const [{ n }] = await s.db.read.query<{ n: number | string }>('SELECT count(*) AS n FROM council_portal_answer');
    expect(Number(n)).toBe(0);
  });

  it('is refused from the instant its deadline day ends in Tehran, and taken a millisecond before', async () => {
    const deadline = councilAnswerDeadline('2026-11-24', DEFAULT_POLICY);
    const end = deadlineEnd(deadline);
    await at(end);
    o.t.now.value = new Date(Date.parse(end) - 1);
    const id = crypto.randomUUID();
    const body = { id, answer: 'insist', reasons: 'عوارض در چارچوب بند ۱۶ مادهٔ ۸۰ وضع شده است.' };
    const late = await sec.post<{ error: { code: string; message: string } }>(
      `/council/api/letters/${letters.a}/answer`,
      body,
    );
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('مهلت پاسخ شورا');
    const view = await sec.get<Letter>(`/council/api/letters/${letters.a}`);
    expect(view.body.window).toMatchObject({ open: false });
    expect(view.body.window!.reason).toContain('به سر رسید');
    await at(new Date(Date.parse(end) - 1).toISOString());
    const ok = await sec.post<{ receiptNumber: string; answerDate: string }>(
      `/council/api/letters/${letters.a}/answer`,
      body,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.answerDate).toBe(deadline);
    // the same request again (a lost answer): the same answer, not a second
    const again = await sec.post<{ receiptNumber: string }>(`/council/api/letters/${letters.a}/answer`, body);
    expect(again.body.receiptNumber).toBe(ok.body.receiptNumber);
    const other = await sec.post<{ error: { message: string } }>(`/council/api/letters/${letters.a}/answer`, {
      ...body,
      id: crypto.randomUUID(),
    });
    expect(other.status).toBe(409);
    expect(other.body.error.message).toContain('پیش‌تر پاسخ');
    // an answer id is this letter's: it opens nothing of another
    const reused = await sec.post(`/council/api/letters/${letters.b}/answer`, body);
    expect(reused.status).toBe(409);
  });

  it('the office records it as the council’s answer, once, across repeated syncs', async () => {
    await sync();
    await sync();
    const r = await o.t.call('resolutions.get', { id: resolutions.a });
    expect(r.status).toBe('referred');
    const records = await o.t.call('lifecycle.records', { resolutionId: resolutions.a });
    expect(records.answers).toHaveLength(1);
    expect(records.answers[0]).toMatchObject({ answer: 'insist', answerDate: todayInTehran(o.t.now.value) });
    expect(records.referrals).toHaveLength(1);
    // pulled again from the start: still one answer
    await o.t.core.context.db.write((tx) => tx.query("UPDATE sync_state SET cursor = ''"));
    await sync();
    const [{ n }]: { n: number }[] = await db().query('SELECT count(*) AS n FROM council_answer');
    expect(n).toBe(1);
    expect((await sec.get<Letter>(`/council/api/letters/${letters.a}`)).body.window?.reason).toContain('پیش‌تر');
  });

  it('an amendment registers the amended version with the council’s text and minutes', async () => {
    const pdf = tinyPdf('amended minutes');
    const r = await sec.post<{ pdfSha256: string }>(`/council/api/letters/${letters.b}/answer`, {
      id: crypto.randomUUID(),
      answer: 'amend',
      text: 'عوارض پسماند از قبوض آب حذف شد.',
      number: '۵۵/۱۲-الف',
      sessionNumber: '۱۳',
      approvalDate: todayInTehran(new Date(clock)),
      pdfBase64: pdf.toString('base64'),
      pdfName: 'اصلاحیه.pdf',
    });
    expect(r.status).toBe(200);
    await sync();
    expect((await o.t.call('resolutions.get', { id: resolutions.b })).status).toBe('withdrawn');
    const [amended]: { id: string }[] = await db().query('SELECT id FROM resolution WHERE supersedes_id = ?', [
      resolutions.b,
    ]);
    const got = await o.t.call('resolutions.get', { id: amended.id });
    expect(got.text).toBe('عوارض پسماند از قبوض آب حذف شد.');
    expect(got.attachments[0].sha256).toBe(r.body.pdfSha256);
    expect(o.t.core.context.blobs.has(r.body.pdfSha256)).toBe(true);
  });
});
