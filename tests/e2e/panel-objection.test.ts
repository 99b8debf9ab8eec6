// Issue 11's walk, through browser mode on a 1366×768 office screen: a panel objection WITHOUT an
// expert opinion, from registration to the council's letter. The secretary registers the
// resolution and sends it straight to the panel; in session the members record «مغایرت»; the
// secretary's «صدور رأی» says what it will record and takes the clause, the grounds and the
// citations (one from the catalog, one written out); a second objected item without its grounds
// is named by the close dialog and ruled from there, so the close does what it announced; the
// objection letter is issued and its PDF reads the clause and both citations.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createCityCouncil,
  moveClock,
  officeInBrowser,
  shotPath,
  typeDate,
  signInAs,
  type OfficeInBrowser,
  type RunningApp,
} from '../support/app';
import { pdfText, reads } from '../support/pdf';
import { api } from '../support/seed';
import type { Resolution } from '../../shared/schemas/resolution';
import type { SessionDetail } from '../../shared/schemas/session';

let office: OfficeInBrowser | undefined;
let app: RunningApp;
let page: Page;
let resolutionId = '';
let secondId = '';
let sessionId = '';

const PEOPLE = {
  secretary: { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
  chair: { username: 'chair', fullName: 'محمد فرماندار', role: 'member', isChair: true, title: 'فرماندار' },
  member1: { username: 'member1', fullName: 'حسن قاضی', role: 'member', title: 'رئیس دادگستری' },
  member2: { username: 'member2', fullName: 'رضا نماینده', role: 'member', title: 'نمایندهٔ استانداری' },
  member3: { username: 'member3', fullName: 'فاطمه شورایی', role: 'member', title: 'نمایندهٔ شورای شهرستان' },
  member4: { username: 'member4', fullName: 'کاظم بخشدار', role: 'member', title: 'بخشدار مرکزی' },
} as const;

const TITLE = 'تغییر کاربری باغ‌های حاشیهٔ شهر به مسکونی';
const SECOND = 'تخفیف عوارض نوسازی برای بافت فرسوده';
const CLAUSE = 'بند ۳: تغییر کاربری باغ‌های پلاک ۱۲ تا ۴۰ حاشیهٔ شهر به مسکونی';
const WRITTEN = { law: 'ضوابط طرح جامع شهر کرمان', article: 'بند ۴', text: 'حفظ باغات پهنهٔ حاشیهٔ شهر' };
/** 1405/09/01, a Sunday: the resolution is received and registered that morning */
const RECEIPT = '2026-11-22';
const SESSION_DAY = '2026-11-25';
const tehran = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+03:30`).toISOString();
const shot = (name: string) => page.screenshot({ path: shotPath(`panel-objection-${name}`) });

async function openSession() {
  await page.goto(`${app.url}/#/sessions/${sessionId}`);
  await page.getByTestId('session-page').waitFor();
}

const itemOf = async (rid: string) =>
  (await api<SessionDetail>(page, 'sessions.get', { id: sessionId })).items.find((i) => i.resolutionId === rid)!;

beforeAll(async () => {
  office = await officeInBrowser(tehran(RECEIPT, '08:30'), Object.values(PEOPLE), { downloads: true });
  ({ app, page } = office);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createCityCouncil(page, 'کرمان');
}, 120_000);

afterAll(() => office?.close());

describe('a panel objection without an expert opinion, in browser mode at 1366×768', () => {
  it('the secretary registers the resolution and sends it straight to the panel', async () => {
    await moveClock(app, page, tehran(RECEIPT, '09:00'));
    await signInAs(page, PEOPLE.secretary.username);
    await page.getByTestId('nav-new-resolution').click();
    await page.getByTestId('resolution-form').waitFor();
    await page.getByTestId('field-councilId').locator('input').fill('کرمان');
    await page.getByRole('option').first().click();
    await page.getByTestId('field-councilResolutionNumber').fill('۱۲۱/۴۵');
    await page.getByTestId('field-councilSessionNumber').fill('۴۵');
    await typeDate(page, 'field-councilSessionDate', '2026-11-15');
    await page.getByTestId('field-incomingNumber').fill('۱۴۰۵/۲۳۴۶');
    await page.getByTestId('field-category').click();
    await page.getByRole('option', { name: 'عمرانی و شهرسازی' }).click();
    await page.getByTestId('field-title').fill(TITLE);
    await page
      .getByTestId('field-text')
      .fill('ماده ۱- کاربری باغ‌های حاشیهٔ شهر به مسکونی تغییر می‌کند.\nبند ۳- پلاک‌های ۱۲ تا ۴۰ مشمول این تغییرند.');
    await page.getByTestId('resolution-submit').click();
    await page.getByTestId('resolution-page').waitFor();
    resolutionId = await page.getByTestId('resolution-page').getAttribute('data-resolution-id').then(String);

    await page.getByTestId('action-send-to-panel').click();
    await page.getByTestId('send-to-panel-dialog').waitFor();
    await page.getByTestId('field-reason').fill('موضوع شهرسازی روشن است؛ نظر کارشناسی لازم نیست.');
    await page.getByTestId('send-to-panel-submit').click();
    await page.getByTestId('send-to-panel-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await api<Resolution>(page, 'resolutions.get', { id: resolutionId })).status)
      .toBe('awaiting_ruling');
    expect((await api<{ opinions: unknown[] }>(page, 'review.get', { resolutionId })).opinions).toEqual([]);

    // a second one, also straight to the panel, for the close
    const second = await api<Resolution>(page, 'resolutions.register', {
      councilId: (await api<Resolution>(page, 'resolutions.get', { id: resolutionId })).councilId,
      councilResolutionNumber: '۱۲۲/۴۵',
      councilSessionNumber: '۴۵',
      councilSessionDate: '2026-11-15',
      approvalDate: '2026-11-15',
      receiptDate: RECEIPT,
      incomingNumber: '۱۴۰۵/۲۳۴۷',
      title: SECOND,
      text: 'تخفیف پنجاه درصدی عوارض نوسازی برای املاک بافت فرسوده.',
      category: 'fees',
      attachments: [],
    });
    secondId = second.id;
    await api(page, 'review.sendToPanel', { resolutionId: secondId, rev: second.rev });
  });

  it('a session on its day: attendance, and the members record their findings', async () => {
    await moveClock(app, page, tehran('2026-11-23', '10:00'));
    await signInAs(page, PEOPLE.secretary.username);
    const s = await api<SessionDetail>(page, 'sessions.schedule', {
      date: SESSION_DAY,
      time: '10:00',
      place: 'سالن جلسات فرمانداری',
    });
    sessionId = s.session.id;
    await api(page, 'sessions.setAgenda', {
      id: sessionId,
      rev: s.session.rev,
      resolutionIds: [resolutionId, secondId],
    });

    await moveClock(app, page, tehran(SESSION_DAY, '09:00'));
    await signInAs(page, PEOPLE.secretary.username);
    await openSession();
    const boxes = page.getByTestId('attendance').locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(5);
    for (const box of await boxes.all()) await box.check();
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => page.getByTestId('quorum').getAttribute('data-met')).toBe('true');

    const votes: [keyof typeof PEOPLE, 'conflict' | 'no_conflict'][] = [
      ['chair', 'conflict'],
      ['member1', 'conflict'],
      ['member2', 'no_conflict'],
      ['member3', 'conflict'],
      ['member4', 'no_conflict'],
    ];
    const first = await itemOf(resolutionId);
    const second = await itemOf(secondId);
    for (const [who, finding] of votes) {
      await signInAs(page, PEOPLE[who].username);
      await openSession();
      for (const item of [first, second]) {
        const button = page.getByTestId(`finding-${item.id}-${finding}`);
        await button.click();
        await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      }
      if (who === 'chair') await shot('01-chair-votes');
    }
  });

  it('at 1366×768 the findings table keeps its result and ruling buttons in view', async () => {
    await moveClock(app, page, tehran(SESSION_DAY, '10:30'));
    await signInAs(page, PEOPLE.secretary.username);
    await openSession();
    const table = page.getByTestId('findings-table');
    await table.scrollIntoViewIfNeeded();
    const fit = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    const item = await itemOf(resolutionId);
    const rule = page.getByTestId(`rule-${item.id}`);
    const box = (await rule.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await expect(
      page.getByTestId(`item-${item.id}`).getByTestId('decision').getAttribute('data-decision'),
    ).resolves.toBe('objected');
    await shot('02-findings');
  });

  it('«صدور رأی» says what it will record, and takes the clause, grounds and citations', async () => {
    const item = await itemOf(resolutionId);
    await page.getByTestId(`rule-${item.id}`).click();
    const dialog = page.getByTestId('rule-item-dialog');
    await dialog.waitFor();
    const summary = (await dialog.getByTestId('rule-summary').textContent())!;
    expect(summary).toContain('رأی «اعتراض (مغایرت)» ثبت می‌شود.');
    expect(summary).toContain('۳ مغایرت · ۲ عدم مغایرت');
    // the resolution's text is in view beside the form
    await expect(dialog.getByTestId('resolution-text-aside').textContent()).resolves.toContain('پلاک‌های ۱۲ تا ۴۰');
    // cancelling records nothing
    await dialog.getByRole('button', { name: 'انصراف' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await api<unknown[]>(page, 'rulings.list', { resolutionId })).toEqual([]);

    await page.getByTestId(`rule-${item.id}`).click();
    await dialog.waitFor();
    // without the clause and grounds nothing is recorded: the fields say what is missing
    await page.getByTestId('rule-item-confirm').click();
    await expect.poll(() => dialog.textContent()).toContain('بند مورد اعتراض را وارد کنید.');
    expect(await api<unknown[]>(page, 'rulings.list', { resolutionId })).toEqual([]);

    await page.getByTestId('field-objection.clause').fill(CLAUSE);
    await page.getByTestId('ground-conflicts_with_law').check();
    await page.getByTestId('field-objection.referenceIds').locator('input').fill('کاربری');
    await page.getByTestId('reference-farmland-1').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('add-citation').click();
    await page.getByTestId('field-objection.citations.0.law').fill(WRITTEN.law);
    await page.getByTestId('field-objection.citations.0.article').fill(WRITTEN.article);
    await page.getByTestId('field-objection.citations.0.text').fill(WRITTEN.text);
    await page
      .getByTestId('field-objection.reasoning')
      .fill('تغییر کاربری باغ‌ها خارج از محدودهٔ قانونی شهر در صلاحیت شورا نیست و طرح جامع آن را منع کرده است.');
    await dialog.screenshot({ path: shotPath('panel-objection-03-rule-dialog') });
    await page.getByTestId('rule-item-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId(`item-${item.id}`).getByTestId('outcome').getAttribute('data-outcome'))
      .toBe('objected');
    const [ruling] = await api<{ objection: { clause: string; referenceIds: string[]; citations: unknown[] } }[]>(
      page,
      'rulings.list',
      { resolutionId },
    );
    expect(ruling.objection).toMatchObject({ clause: CLAUSE, referenceIds: ['farmland-1'], citations: [WRITTEN] });
  });

  it('the close names the objection it could not record, takes it there, and does what it announced', async () => {
    const second = await itemOf(secondId);
    await page.getByTestId('session-close').click();
    const close = page.getByTestId('close-dialog');
    await close.waitFor();
    await expect(close.getByTestId('close-needs-objection').textContent()).resolves.toContain(SECOND);
    await expect(close.getByTestId('close-will-carry').textContent()).resolves.toContain('۱ مصوبه');
    await shot('04-close-needs-objection');
    await page.getByTestId(`close-rule-${second.id}`).click();
    const dialog = page.getByTestId('rule-item-dialog');
    await dialog.waitFor();
    await page.getByTestId('field-objection.clause').fill('تخفیف پنجاه درصدی عوارض نوسازی');
    await page.getByTestId('ground-beyond_powers').check();
    await page.getByTestId('field-objection.referenceIds').locator('input').fill('عوارض');
    await page.getByTestId('reference-councils-law-71-16').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('field-objection.reasoning').fill('تخفیف عوارض بدون تأمین اعتبار جایگزین مجاز نیست.');
    await page.getByTestId('rule-item-confirm').click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('session-close').click();
    await close.waitFor();
    expect(await close.getByTestId('close-needs-objection').count()).toBe(0);
    await expect(close.getByTestId('close-will-carry').textContent()).resolves.toContain('۰ مصوبه');
    await page.getByTestId('session-close-confirm').click();
    await expect.poll(() => page.getByTestId('session-page').getAttribute('data-status')).toBe('closed');
    const d = await api<SessionDetail>(page, 'sessions.get', { id: sessionId });
    expect(d.items.map((i) => [i.state, i.outcome])).toEqual([
      ['ruled', 'objected'],
      ['ruled', 'objected'],
    ]);
    await shot('05-closed');
  });

  it('the objection letter is issued, and its PDF reads the clause and both citations', async () => {
    await page.goto(`${app.url}/#/resolutions/${resolutionId}`);
    await page.getByTestId('resolution-page').waitFor();
    await page.getByTestId('new-letter-objection').click();
    await page.getByTestId('new-letter-dialog').waitFor();
    await page.getByTestId('new-letter-create').click();
    await page.getByTestId('letter-editor').waitFor();
    await page.getByTestId('letter-issue').click();
    await page.getByTestId('issue-dialog').waitFor();
    await page.getByTestId('issue-confirm').click();
    await page.getByTestId('letter-facts').waitFor();
    await expect
      .poll(async () => (await api<Resolution>(page, 'resolutions.get', { id: resolutionId })).status)
      .toBe('with_council');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-save-pdf').click()]);
    const pdf = fs.readFileSync(await download.path());
    fs.writeFileSync(shotPath('panel-objection-letter').replace(/\.png$/, '.pdf'), pdf);
    const text = pdfText(pdf);
    for (const phrase of [
      'ریاست محترم شورای اسلامی شهر کرمان',
      CLAUSE,
      'مغایرت با قوانین و مقررات',
      'قانون حفظ کاربری اراضی زراعی و باغ‌ها — مادهٔ ۱',
      `${WRITTEN.law} — ${WRITTEN.article}`,
    ]) {
      expect(reads(text, phrase), `«${phrase}» in:\n${text}`).toBe(true);
    }
    await shot('06-letter');
  });
});
