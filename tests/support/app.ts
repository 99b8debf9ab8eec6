// The built app in browser mode, as a user starts it, driven by Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { OFFICE, PASSWORD, tempDir } from './fixtures';
import { formatJalali } from '../../shared/dates/jalali';

export { OFFICE, PASSWORD };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface RunningApp {
  url: string;
  dataDir: string;
  proc: ChildProcess;
  /** moves the app's clock (only when started with `clock`) */
  setClock(iso: string): void;
  stop(): Promise<void>;
}

/**
 * `clock`: start the app on a clock the test moves (an ISO instant, e.g. '2026-11-23T06:00:00Z');
 * `args`: more command-line options.
 */
export async function startApp(opts: { dataDir?: string; clock?: string; args?: string[] } = {}): Promise<RunningApp> {
  const main = path.resolve('dist/host/main.js');
  if (!fs.existsSync(main)) throw new Error('dist/host/main.js is missing: run `npm run build` first');
  const dataDir = opts.dataDir ?? tempDir('tatbiq-e2e-');
  const clockFile = opts.clock ? path.join(tempDir('tatbiq-clock-'), 'now') : null;
  if (clockFile) fs.writeFileSync(clockFile, opts.clock!);
  // a moved clock is injected by a test-only launcher of the same built host
  const launcher = clockFile ? [path.resolve('tests/support/clock-host.mjs'), '--test-clock', clockFile] : [main];
  const args = [...launcher, '--data-dir', dataDir, '--port', '0', '--log-level', 'warn', ...(opts.args ?? [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    // ~2 s on an idle machine; with e2e files two at a time on a machine loaded ~20 deep, 30 s
    // was not always enough (5 of 22 files failed so). A host that fails exits, caught below.
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${log}`)), 90_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /ready: (http:\/\/\S+?)\/?\s/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`app exited with ${code}:\n${log}`)));
  });
  return {
    url,
    dataDir,
    proc,
    setClock: (iso) => {
      if (!clockFile) throw new Error('startApp({ clock }) to move the clock');
      // a new mtime even within the same millisecond: the app re-reads the file when it changes
      fs.writeFileSync(clockFile, iso);
      const t = new Date(Date.now() + Math.random() * 1000);
      fs.utimesSync(clockFile, t, t);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export const SHOTS = path.resolve('test-output/e2e');
export function shotPath(name: string): string {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}

export interface ApiResult<T> {
  /** the HTTP status */
  status: number;
  ok: boolean;
  data: T;
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** A contract call from the page, as the app makes it: same origin, with the page's session cookie. */
export async function apiCall<T = unknown>(page: Page, method: string, input: unknown): Promise<ApiResult<T>> {
  return page.evaluate(
    async ([m, i]) => {
      const res = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tatbiq': '1' },
        body: JSON.stringify(i),
      });
      return { ...(await res.json()), status: res.status };
    },
    [method, input] as const,
  ) as Promise<ApiResult<T>>;
}

/** Sets the office up through the API (its admin is then signed in on this page) and reloads. */
export async function setupOffice(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('office-setup').waitFor();
  const r = await apiCall(page, 'office.setup', OFFICE);
  if (!r.ok) throw new Error(`office.setup failed: ${r.error.message}`);
  await page.reload();
  await page.getByTestId('user-menu').waitFor();
}

export interface SeedUser {
  username: string;
  fullName: string;
  role: 'admin' | 'secretary' | 'expert' | 'member' | 'viewer';
  isChair?: boolean;
  title?: string;
}

/** Creates users through the API as the admin signed in on this page; all get PASSWORD. */
export async function seedUsers(page: Page, users: SeedUser[]): Promise<void> {
  for (const u of users) {
    const r = await apiCall(page, 'users.create', { ...u, password: PASSWORD });
    if (!r.ok) throw new Error(`users.create ${u.username} failed: ${r.error.message}`);
  }
}

/** A panel as the office's tests seat it: the secretary, an expert, the chair, two members and a viewer. */
export const PANEL_PEOPLE = {
  secretary: { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
  expert: { username: 'expert', fullName: 'علی کارشناس', role: 'expert' },
  chair: { username: 'chair', fullName: 'محمد فرماندار', role: 'member', isChair: true, title: 'فرماندار' },
  member1: { username: 'member1', fullName: 'حسن قاضی', role: 'member', title: 'رئیس دادگستری' },
  member2: { username: 'member2', fullName: 'رضا نماینده', role: 'member', title: 'نمایندهٔ استانداری' },
  viewer: { username: 'viewer', fullName: 'ناظر استان', role: 'viewer' },
} as const satisfies Record<string, SeedUser>;

export interface OfficeInBrowser {
  app: RunningApp;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * The app started on its own clock (`clock`, an ISO instant, also the page's), a Persian page on
 * it, the office set up and `people` made; the admin stays signed in.
 */
export async function officeInBrowser(
  clock: string,
  people: readonly SeedUser[],
  opts: { downloads?: boolean } = {},
): Promise<OfficeInBrowser> {
  const app = await startApp({ clock });
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    locale: 'fa-IR',
    acceptDownloads: opts.downloads ?? false,
  });
  await page.clock.setFixedTime(new Date(clock));
  await setupOffice(page, app.url);
  await seedUsers(page, [...people]);
  return {
    app,
    browser,
    page,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

/** A city council made through the API by whoever is signed in on the page. */
export async function createCityCouncil(page: Page, name: string, county = name, province = 'کرمان'): Promise<string> {
  const r = await apiCall<{ id: string }>(page, 'councils.create', { name, kind: 'city', county, province });
  if (!r.ok) throw new Error(`councils.create ${name} failed: ${r.error.message}`);
  return r.data.id;
}

/** One sync run through the contract, as «همگام‌سازی اکنون»; throws with its error. */
export async function syncOffice(page: Page): Promise<void> {
  const r = await apiCall<{ lastError: string | null }>(page, 'sync.now', {});
  if (!r.ok || r.data.lastError) throw new Error(`sync failed: ${r.ok ? r.data.lastError : r.error.message}`);
}

/**
 * officeInBrowser with the city council of کرمان made, enrolled with the ministry server at
 * `serverUrl` by its enrollment `code`, and synced once (the council is then on the server).
 */
export async function enrolledOfficeInBrowser(
  serverUrl: string,
  code: string,
  clock: string,
  people: readonly SeedUser[],
): Promise<{ office: OfficeInBrowser; councilId: string }> {
  const office = await officeInBrowser(clock, people);
  const councilId = await createCityCouncil(office.page, 'کرمان');
  const enrolled = await apiCall(office.page, 'sync.enroll', { serverUrl, code });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  await syncOffice(office.page);
  return { office, councilId };
}

/** Fills and sends a ministry server page's sign-in form (the console's, the council portal's). */
export async function serverSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('نام کاربری').fill(username);
  await page.getByLabel('گذرواژه').fill(password);
  await page.getByRole('button', { name: 'ورود' }).click();
}

/** Signs in on the sign-in screen and waits for the app. */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByTestId('login-page').waitFor();
  await page.getByTestId('field-username').fill(username);
  await page.getByTestId('field-password').fill(password);
  await page.getByTestId('field-password').press('Enter');
  await page.getByTestId('user-menu').waitFor();
}

/** Signs out from the user menu and waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-sign-out').click();
  await page.getByTestId('login-page').waitFor();
}

/**
 * Moves both clocks to `iso`: the app's (deadlines, «today», idle sessions) and the page's, from
 * which the UI counts days left. Moving by days ends the signed-in session (30 idle minutes).
 */
export async function moveClock(app: RunningApp, page: Page, iso: string): Promise<void> {
  app.setClock(iso);
  await page.clock.setFixedTime(new Date(iso));
}

/**
 * Signs `username` in from wherever the page is, to start on the desk: reloads the app (a moved
 * clock may have ended the session, and the sign-in screen then shows), signs out whoever is
 * still signed in, signs in.
 */
export async function signInAs(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.evaluate(() => window.history.replaceState(null, '', '#/'));
  await page.reload();
  const screen = page.locator('[data-testid="login-page"], [data-testid="user-menu"]').first();
  await screen.waitFor();
  if ((await screen.getAttribute('data-testid')) === 'user-menu') await signOut(page);
  await signIn(page, username, password);
}

/** Signs in again on the card that covers the app once its session has ended, and waits for the app. */
export async function signInAgain(page: Page, password = PASSWORD): Promise<void> {
  const ended = page.getByTestId('session-ended');
  await ended.waitFor();
  await ended.getByTestId('field-password').fill(password);
  await ended.getByTestId('field-password').press('Enter');
  await ended.waitFor({ state: 'detached' });
}

/** A date typed into a date field (Latin digits), as a keyboard types it. */
export async function typeDate(page: Page, testId: string, iso: string): Promise<void> {
  await typeDateText(page, testId, formatJalali(iso, { digits: 'latin' }));
}

/** Types text into a date field as a keyboard would, replacing what it held, then leaves it. */
export async function typeDateText(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.click();
  await input.press('Control+a');
  await input.press('Backspace');
  await page.keyboard.type(text);
  await input.press('Tab');
}
