// The office network in Chromium (issue 15 item 1): the admin turns it on from «شبکهٔ دفتر» at
// 1366×768 and sees the address, its QR code and the fingerprints; a member's phone (another
// browser at 390×844, reaching this computer's network address over HTTPS) is warned until the
// office's key is trusted — here by pinning the very key whose fingerprint the admin's page shows,
// as a member does by comparing it — then signs in and lands on the workspace; the admin sees the
// phone among those connected and ends its session, and the phone is back at the sign-in screen.
// Over that HTTPS connection the member does a session's work (issue 15, "done when"): downloads
// the session pack, records a finding, writes a private note and writes to the secretary, whose
// desk shows the unread message; a second member does the same reading on a tablet (820×1180).
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  OFFICE,
  launchBrowser,
  shotPath,
  signIn,
  startApp,
  type RunningApp,
} from '../support/app';
import { officeWithAgenda, tempDir } from '../support/core';
import { toPersianDigits } from '../../shared/text/persian';

const NOW = '2026-11-23T08:00:00Z';
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

let app: RunningApp;
let desk: Browser;
let admin: Page;
let phoneBrowser: Browser | undefined;
let port = 0;
let sessionId = '';
const NOTE = 'پرسش از نمایندهٔ شورا دربارهٔ مبنای محاسبه';
const QUESTION = 'سلام؛ متن کامل پیوست بند اول را هم بفرستید.';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '0.0.0.0', r));
  const { port: p } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return p;
}

/** The certificate served at host:port (not checked) and the base64 SHA-256 of its public key, as Chromium pins one. */
function servedKey(host: string, p: number): Promise<{ fingerprint: string; spki: string }> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host, port: p, rejectUnauthorized: false }, () => {
      const cert = new crypto.X509Certificate(s.getPeerCertificate().raw);
      s.end();
      const der = cert.publicKey.export({ type: 'spki', format: 'der' });
      resolve({ fingerprint: cert.fingerprint256, spki: crypto.createHash('sha256').update(der).digest('base64') });
    });
    s.on('error', reject);
  });
}

const noSidewaysScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** A member's device reaching the office network's address: a browser context of that size, signed in on the workspace. */
async function memberOn(b: Browser, viewport: { width: number; height: number }, username: string): Promise<Page> {
  const page = await (
    await b.newContext({ viewport, locale: 'fa-IR', hasTouch: true, acceptDownloads: true })
  ).newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(`https://${lanAddress}:${port}/`);
  await signIn(page, username);
  await page.getByTestId('workspace-page').waitFor();
  return page;
}

beforeAll(async () => {
  const dir = tempDir('tatbiq-lan-');
  ({ sessionId } = await officeWithAgenda(dir, NOW));
  app = await startApp({ dataDir: dir, clock: NOW });
  desk = await launchBrowser();
  admin = await (await desk.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' })).newPage();
  await admin.goto(app.url);
  await signIn(admin, OFFICE.admin.username, OFFICE.admin.password);
  port = await freePort();
}, 120_000);

afterAll(async () => {
  await phoneBrowser?.close();
  await desk?.close();
  await app?.stop();
});

describe.skipIf(!lanAddress)('members on the office network', () => {
  let url = '';

  it('the admin turns it on and sees the address, its QR code and the fingerprints', async () => {
    await admin.getByTestId('nav-network').click();
    await admin.getByTestId('network-page').waitFor();
    await expect.poll(() => admin.getByTestId('lan-state').innerText()).toBe('خاموش است');
    await admin.getByTestId('lan-enabled').click();
    await admin.getByTestId('lan-port').fill(String(port));
    await admin.getByTestId('lan-save').click();
    // the office's keys are made on the first start: a second or two
    await expect
      .poll(() => admin.getByTestId('lan-state').innerText(), { timeout: 20_000 })
      .toBe('روشن است و پاسخ می‌دهد');
    url = `https://${lanAddress}:${port}/`;
    await expect.poll(() => admin.getByTestId('lan-url').allInnerTexts()).toContain(url);
    await expect.poll(() => admin.locator('[data-testid="lan-address"] img').count()).toBeGreaterThan(0);
    const served = await servedKey(lanAddress!, port);
    expect(await admin.getByTestId('lan-cert-fingerprint').innerText()).toBe(served.fingerprint);
    expect(await admin.getByTestId('lan-ca-fingerprint').innerText()).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // opened again, the page shows the stored setting, its digits in Persian
    await admin.reload();
    await admin.getByTestId('network-page').waitFor();
    expect(await admin.getByTestId('lan-port').inputValue()).toBe(toPersianDigits(String(port)));
    await expect.poll(() => admin.locator('[data-testid="lan-address"] img').count()).toBeGreaterThan(0);
    await admin.screenshot({ path: shotPath('lan-01-network-1366'), fullPage: true });
  });

  it('a phone that has not trusted the office’s key is warned and gets no page', async () => {
    const stranger = await launchBrowser();
    try {
      const p = await stranger.newPage();
      await expect(p.goto(url)).rejects.toThrow(/ERR_CERT_AUTHORITY_INVALID/);
    } finally {
      await stranger.close();
    }
  });

  it('the member’s phone, trusting the key whose fingerprint it compared, does a session’s work over HTTPS', async () => {
    const { spki } = await servedKey(lanAddress!, port);
    phoneBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${spki}`],
    });
    const phone = await memberOn(phoneBrowser, { width: 390, height: 844 }, 'member1');
    expect(await phone.evaluate(() => location.protocol)).toBe('https:');
    // the session cookie is HttpOnly: the page's scripts never see it
    expect(await phone.evaluate(() => document.cookie)).toBe('');
    await phone.screenshot({ path: shotPath('lan-02-phone-workspace-390'), fullPage: true });

    // the session pack, downloaded over the office network
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByTestId(`pack-${sessionId}`).click(),
    ]);
    expect(
      fs
        .readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // a private note and a finding on the first item waiting
    const card = phone.locator('[data-testid^="waiting-"]').first();
    const itemId = (await card.getAttribute('data-testid'))!.slice('waiting-'.length);
    await phone.getByTestId(`note-${itemId}-text`).fill(NOTE);
    await phone.getByTestId(`note-${itemId}-save`).click();
    await expect.poll(() => phone.getByTestId(`note-${itemId}-save`).isDisabled()).toBe(true);
    await phone.getByTestId(`ws-finding-${itemId}-conflict`).click();
    await expect.poll(() => phone.locator('[data-testid^="waiting-"]').count()).toBe(1);

    // a message to the secretary on the session's thread
    await phone.goto(`${url}#/sessions/${sessionId}`);
    await phone.getByTestId('open-thread').click();
    await phone.getByTestId('thread-view').waitFor();
    await phone.getByTestId('compose-text').fill(QUESTION);
    await phone.getByTestId('compose-send').click();
    await expect.poll(() => phone.locator('[data-mine="1"]').count()).toBe(1);
    expect(await noSidewaysScroll(phone)).toBe(true);
    await phone.screenshot({ path: shotPath('lan-03-phone-thread-390'), fullPage: true });

    // the secretary's desk, on this computer, shows it unread; the note stays the member's
    const secretary = await (
      await desk.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' })
    ).newPage();
    await secretary.clock.setFixedTime(new Date(NOW));
    await secretary.goto(app.url);
    await signIn(secretary, 'secretary');
    await expect
      .poll(() => secretary.getByTestId('desk-unread').innerText(), { timeout: 15_000 })
      .toContain('۱ پیام خوانده‌نشده');
    await secretary.screenshot({ path: shotPath('lan-04-secretary-desk-1366') });
    const notes = await secretary.evaluate(async (id) => {
      const r = await fetch('/api/notes.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tatbiq': '1' },
        body: JSON.stringify({ sessionId: id }),
      });
      return r.text();
    }, sessionId);
    expect(notes).toContain('"ok":false');
    expect(notes).not.toContain(NOTE);

    // the admin sees the phone among those connected, and ends its session
    await admin.getByRole('button', { name: 'تازه کردن' }).click();
    const row = admin.locator('[data-testid="connected-session"][data-username="member1"]');
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain(`شبکه، ${toPersianDigits(lanAddress!)}`);
    await admin.screenshot({ path: shotPath('lan-05-connected-1366'), fullPage: true });
    await row.getByTestId('end-session').click();
    await admin.getByTestId('end-session-confirm').click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await phone.reload();
    await phone.getByTestId('login-page').waitFor();
  });

  it('a member on a tablet reads the workspace and the session over HTTPS, with no sideways scroll', async () => {
    const tablet = await memberOn(phoneBrowser!, { width: 820, height: 1180 }, 'member2');
    await expect.poll(() => tablet.locator('[data-testid^="waiting-"]').count()).toBe(2);
    expect(await noSidewaysScroll(tablet)).toBe(true);
    await tablet.screenshot({ path: shotPath('lan-06-tablet-workspace-820'), fullPage: true });
    await tablet.goto(`${url}#/sessions/${sessionId}`);
    await tablet.getByTestId('open-thread').waitFor();
    expect(await noSidewaysScroll(tablet)).toBe(true);
    await tablet.screenshot({ path: shotPath('lan-07-tablet-session-820'), fullPage: true });
  });
});
