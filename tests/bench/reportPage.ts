// The reports page in Chromium (issue 12: first paint with charts ≤ 1 s) on the bench's office,
// served by the built browser-mode host, as a secretary uses it: from a click on «گزارش‌ها» to
// the page's stat cards and its first chart drawn (the current season, the page's default), and
// from picking a whole year to that year's figures and chart. Needs `npm run build` (dist/host)
// and Chromium; without either it says so and measures nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { jalaliParts, todayInTehran } from '../../shared/dates/jalali';
import { resolvePeriod } from '../../shared/reports/period';
import { toPersianDigits } from '../../shared/text/persian';
import { CHROMIUM, launchBrowser, signInAs, startApp } from '../support/app';
import { PASSWORD, startCore } from '../support/core';
import { ms, percentile } from './stats';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).locator('..').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** the figures are on screen: the stat cards and the first chart's bars (an svg with content) */
async function painted(page: Page, heading: string) {
  await page.getByRole('heading', { level: 1 }).locator('..').getByText(heading).first().waitFor();
  await page.getByTestId('stat-received').waitFor();
  await page.locator('[data-testid="chart-clock"] svg rect >> visible=true').first().waitFor();
}

export async function benchReportPage(dir: string, now: Date): Promise<[string, string, string?][]> {
  if (!fs.existsSync(path.resolve('dist/host/main.js')))
    return [['reports page in Chromium', 'not measured', 'dist/host is missing: run `npm run build` first']];
  if (!fs.existsSync(CHROMIUM)) return [['reports page in Chromium', 'not measured', `no Chromium at ${CHROMIUM}`]];
  const t = await startCore({ dir, now: now.toISOString(), jobs: false });
  const [admin] = await t.as({ id: 'x', name: 'x', role: 'admin' }).call('users.list', { role: 'admin' });
  const asAdmin = t.as({ id: admin.id, name: admin.fullName, role: 'admin' });
  if (!(await asAdmin.call('users.list', { role: 'secretary' })).some((u) => u.username === 'bench-secretary-ui'))
    await asAdmin.call('users.create', {
      username: 'bench-secretary-ui',
      fullName: 'دبیر',
      role: 'secretary',
      password: PASSWORD,
    });
  await t.close();

  const rows: [string, string, string?][] = [];
  const app = await startApp({ dataDir: dir, clock: now.toISOString() });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
    await page.clock.setFixedTime(now);
    await page.goto(app.url);
    await signInAs(page, 'bench-secretary-ui');
    const { year: current, month } = jalaliParts(todayInTehran(now));
    const year = current - 1;
    const label = (p: Parameters<typeof resolvePeriod>[0]) => resolvePeriod(p).label;
    const season = label({ kind: 'season', year: current, season: Math.ceil(month / 3) });
    const open: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.getByTestId('nav-desk').click();
      await page.getByTestId('reports-page').waitFor({ state: 'detached' });
      // the desk's own figures shown first, so the time is the reports page's and not the desk's
      // loading behind it (which took ~0.7 s of the first visit at this size)
      await page.getByTestId('desk-count').first().waitFor();
      const t0 = performance.now();
      await page.getByTestId('nav-reports').click();
      await painted(page, season);
      open.push(performance.now() - t0);
      await choose(page, 'report-kind', 'سال');
      await painted(page, label({ kind: 'year', year: current }));
      await page.getByTestId('report-year').locator('..').click();
      const option = page.getByRole('option', { name: toPersianDigits(String(year)), exact: true });
      await option.waitFor();
      const t1 = performance.now();
      await option.click();
      await painted(page, label({ kind: 'year', year }));
      whole.push(performance.now() - t1);
    }
    // the first visit loads the page's code and warms the caches: reported apart
    const [coldOpen, ...warmOpen] = open;
    const [coldYear, ...warmYear] = whole;
    rows.push([
      'reports page: click → stat cards and first chart (current season)',
      `p50 ${ms(percentile(warmOpen, 50))}`,
      `max ${ms(Math.max(...warmOpen))} over ${RUNS}; first visit ${ms(coldOpen)}`,
    ]);
    rows.push([
      `reports page: pick the year ${year} → its figures and chart`,
      `p50 ${ms(percentile(warmYear, 50))}`,
      `max ${ms(Math.max(...warmYear))} over ${RUNS}; first time ${ms(coldYear)}`,
    ]);
  } finally {
    await browser.close();
    await app.stop();
  }
  return rows;
}
