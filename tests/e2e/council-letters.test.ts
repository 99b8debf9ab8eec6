// Issue 14's "done when" for items 4 and 5, across real processes: the ministry server, the
// office's browser-mode host and Chromium. A council submits on the server; the office syncs,
// registers it, objects and issues the objection letter; the council opens it in its portal (the
// instant is recorded and starts its clock), is refused a day after its window ended, answers
// (insists) on its last day, and the office's next sync records the council's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { councilAnswerDeadline, deadlineEnd } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { todayInTehran } from '../../shared/dates/jalali';
import {
  enrolledOfficeInBrowser,
  launchBrowser,
  serverSignIn,
  shotPath,
  signInAs,
  syncOffice,
  type OfficeInBrowser,
} from '../support/app';
import { api, loginAs, objectInClosedSession } from '../support/seed';
import { ConsoleClient, cliAccount } from '../server/consoleClient';
import { CouncilClient, submissionInput } from '../server/councilPortal';
import { startTestServer, type TestServer } from '../server/support';

/** 1405/09/04, a Wednesday, 10:30 in Tehran */
const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T10:30:00+03:30`).toISOString();
const PEOPLE = [
  { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
  { username: 'expert', fullName: 'علی کارشناس', role: 'expert' },
  { username: 'chair', fullName: 'محمد فرماندار', role: 'member', isChair: true, title: 'فرماندار' },
  { username: 'member1', fullName: 'حسن قاضی', role: 'member', title: 'رئیس دادگستری' },
  { username: 'member2', fullName: 'رضا نماینده', role: 'member', title: 'نمایندهٔ استانداری' },
] as const;
const PANEL = { secretary: 'secretary', expert: 'expert', members: ['chair', 'member1', 'member2'] };
const DEADLINE = councilAnswerDeadline(TODAY, DEFAULT_POLICY);

let serverNow = NOW;
let server: TestServer;
let office: OfficeInBrowser;
let browser: Browser;
let portal: Page;
let password = '';
let resolutionId = '';
let letterId = '';

async function portalSignIn() {
  await portal.goto(`${server.url}/council/`);
  const signedIn = portal.getByTestId('portal-council');
  await signedIn.or(portal.getByLabel('نام کاربری')).first().waitFor();
  // the session may still be live (the server's clock was moved back for the in-time answer)
  if (!(await signedIn.count())) {
    await serverSignIn(portal, 'kerman.sec', password);
    await signedIn.waitFor();
  }
  await portal.getByRole('tab', { name: 'نامه‌های رسیده' }).click();
}

async function openTheLetter() {
  await portalSignIn();
  await portal.getByTestId('open-letter').click();
  await portal.getByTestId('letter-page').getByTestId('letter-delivery').waitFor();
}

beforeAll(async () => {
  server = await startTestServer('sqlite', { clock: () => new Date(serverNow) });
  const code = await server.newOffice('0801', 'کرمان');
  const enrolled = await enrolledOfficeInBrowser(server.url, code, NOW, PEOPLE);
  office = enrolled.office;
  const [o] = await server.db.read.query<{ id: string }>('SELECT id FROM office WHERE code = $1', ['0801']);
  const countyPw = await cliAccount(server.dbUrl, 'kerman', 'county', { province: 'کرمان', county: 'کرمان' });
  const county = new ConsoleClient(server.url);
  await county.signIn('kerman', countyPw);
  const made = await county.post<{ password: string }>('/console/api/council-accounts', {
    officeId: o.id,
    councilId: enrolled.councilId,
    username: 'kerman.sec',
    fullName: 'منشی شورای اسلامی شهر کرمان',
  });
  password = made.body.password;
  browser = await launchBrowser();
  portal = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  await server?.stop();
});

describe('an objection letter delivered in the council portal, answered in time', () => {
  it('a council submits; the office registers it, objects and issues the objection letter', async () => {
    const c = new CouncilClient(server.url);
    await c.signIn('kerman.sec', password);
    const sent = await c.post(
      '/council/api/submissions',
      submissionInput({ approvalDate: TODAY, councilSessionDate: TODAY }),
    );
    expect(sent.status).toBe(200);
    const p = office.page;
    await syncOffice(p);
    await loginAs(p, 'secretary');
    const [item] = await api<{ id: string; suggestedIncoming: string }[]>(p, 'councilInbox.list', {});
    const r = await api<{ id: string }>(p, 'councilInbox.register', {
      id: item.id,
      incomingNumber: item.suggestedIncoming,
    });
    resolutionId = r.id;
    await objectInClosedSession(p, PANEL, resolutionId, TODAY);
    const draft = await api<{ id: string }>(p, 'letters.createDraft', { kind: 'objection', resolutionId });
    await api(p, 'letters.issue', { id: draft.id });
    letterId = draft.id;
    await syncOffice(p);
  });

  it('the council sees it, unopened; opening it records the instant, which the office takes as receipt', async () => {
    await portalSignIn();
    const item = portal.getByTestId('portal-letter');
    await item.waitFor();
    expect(await item.textContent()).toContain('گشوده نشده');
    await portal.screenshot({ path: shotPath('council-letters-list'), fullPage: true });
    await portal.getByTestId('open-letter').click();
    const delivery = portal.getByTestId('letter-page').getByTestId('letter-delivery');
    await expect.poll(() => delivery.textContent()).toContain('نخستین گشودن');
    await portal.getByTestId('answer-form').waitFor();
    await portal.screenshot({ path: shotPath('council-letter-page'), fullPage: true });
    await portal.setViewportSize({ width: 390, height: 844 });
    await portal.screenshot({ path: shotPath('council-letter-page-phone'), fullPage: true });
    await portal.setViewportSize({ width: 1366, height: 768 });
    const pdf = await portal.request.get(`${server.url}/council/api/letters/${letterId}/letter.pdf`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // a sync already running (the app's own schedule) may answer sync.now before this one's pull
    await expect
      .poll(async () => {
        await syncOffice(office.page);
        const records = await api<{ letters: { councilReceivedDate: string | null }[] }>(
          office.page,
          'lifecycle.records',
          { resolutionId },
        );
        return records.letters[0].councilReceivedDate;
      })
      .toBe(TODAY);
    const res = await api<{ dueDate: string }>(office.page, 'resolutions.get', { id: resolutionId });
    expect(res.dueDate).toBe(DEADLINE);
  });

  it('a day after the window ended, the portal says so and offers no form; the server refuses', async () => {
    serverNow = new Date(Date.parse(deadlineEnd(DEADLINE)) + 86_400_000).toISOString();
    await openTheLetter();
    const closed = portal.getByTestId('answer-window');
    await expect.poll(() => closed.textContent()).toContain('به سر رسید');
    expect(await portal.getByTestId('answer-form').count()).toBe(0);
    await portal.screenshot({ path: shotPath('council-letter-late'), fullPage: true });
    const c = new CouncilClient(server.url);
    await c.signIn('kerman.sec', password);
    const late = await c.post<{ error: { message: string } }>(`/council/api/letters/${letterId}/answer`, {
      id: crypto.randomUUID(),
      answer: 'repeal',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('پذیرفته نمی‌شود');
  });

  it('on its last day the council insists, with its reasons, in the form', async () => {
    serverNow = new Date(`${DEADLINE}T16:00:00+03:30`).toISOString();
    await openTheLetter();
    const form = portal.getByTestId('answer-form');
    await form.waitFor();
    await portal.getByTestId('answer-insist').click();
    await portal.getByTestId('answer-reasons').fill('عوارض در چارچوب بند ۱۶ مادهٔ ۸۰ قانون شوراها وضع شده است.');
    await portal.screenshot({ path: shotPath('council-answer-form'), fullPage: true });
    await portal.setViewportSize({ width: 390, height: 844 });
    await portal.screenshot({ path: shotPath('council-answer-form-phone'), fullPage: true });
    await portal.setViewportSize({ width: 1366, height: 768 });
    await portal.getByTestId('send-answer').click();
    const done = portal.getByTestId('answer-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('اصرار');
    await portal.screenshot({ path: shotPath('council-answer-done'), fullPage: true });
  });

  it('the office’s next sync records the council’s answer', async () => {
    office.app.setClock(serverNow);
    await office.page.clock.setFixedTime(new Date(serverNow));
    // the moved clock ended the idle session
    await loginAs(office.page, 'secretary');
    await expect
      .poll(async () => {
        await syncOffice(office.page);
        return (await api<{ status: string }>(office.page, 'resolutions.get', { id: resolutionId })).status;
      })
      .toBe('referred');
    const records = await api<{ answers: { answer: string; answerDate: string }[] }>(office.page, 'lifecycle.records', {
      resolutionId,
    });
    expect(records.answers).toEqual([
      expect.objectContaining({ answer: 'insist', answerDate: todayInTehran(new Date(serverNow)) }),
    ]);
    const p = office.page;
    await signInAs(p, 'secretary');
    await p.goto(`${office.app.url}/#/resolutions/${resolutionId}`);
    await p.getByTestId('resolution-page').waitFor();
    await p.screenshot({ path: shotPath('office-portal-answer'), fullPage: true });
    // the office sees the letter's delivery in the portal beside the council's answer
    const card = p.getByTestId('correspondence');
    await card.scrollIntoViewIfNeeded();
    expect(await card.getByTestId('portal-delivery').textContent()).toContain('گشوده‌شده');
    expect(await card.getByTestId('council-answer').textContent()).toContain('اصرار');
    await card.screenshot({ path: shotPath('office-portal-correspondence') });
  });
});
