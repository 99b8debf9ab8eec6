// The desktop shell itself, launched with Playwright's Electron driver: the window, the preload's
// bridge, the sandboxed page and the navigation lock. It needs the Electron runtime, which cannot
// be downloaded on the build machines here; there it is skipped, and says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { electronPath } from '../../scripts/electron-path.mjs';
import type { TatbiqBridge } from '../../shared/api/bridge';
import type { Result } from '../../shared/api/contract';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = electronPath();
if (!bin) console.warn('Electron runtime not present on this machine: skipping the desktop-shell test');

type TestGlobals = { __tatbiqNavigations?: { url: string; prevented: boolean }[] };
// page functions are sent to the page as source: they can use types, never this file's variables
type AppWindow = Window & { tatbiq: TatbiqBridge };

describe.skipIf(!bin)('desktop shell (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    for (const built of ['dist/electron/main.js', 'dist/electron/preload.js', 'dist/renderer/index.html']) {
      if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'tatbiq-electron-'));
    const env: Record<string, string> = { TATBIQ_LOG_LEVEL: 'warn' };
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] ??= v;
    // the project folder: Electron reads package.json, whose "main" is dist/electron/main.js
    app = await _electron.launch({
      executablePath: bin ?? undefined,
      args: [root, `--user-data-dir=${userData}`],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  it('opens one window titled تطبیق from app://tatbiq, with its data in the given folder', async () => {
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toContain('تطبیق');
    expect(page.url()).toBe('app://tatbiq/index.html');
    expect(app.windows()).toHaveLength(1);
    expect(fs.existsSync(path.join(userData, 'tatbiq.sqlite'))).toBe(true);
  });

  it('answers app.info over the preload bridge, in desktop mode', async () => {
    const result = await page.evaluate(() => (window as AppWindow).tatbiq.call('app.info', {}));
    expect(result.ok).toBe(true);
    expect(result.ok && (result.data as { mode: string }).mode).toBe('desktop');
    expect(await page.evaluate(() => (window as AppWindow).tatbiq.desktop)).toBe(true);
  });

  it('refuses a call whose method is not a string', async () => {
    const result: Result<unknown> = await page.evaluate(() =>
      (window as AppWindow).tatbiq.call(42 as unknown as string, {}),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unknown_method');
  });

  it('gives the page no Node: require and process are undefined', async () => {
    const kinds = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return { require: typeof g.require, process: typeof g.process, module: typeof g.module };
    });
    expect(kinds).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it('blocks navigation away from the app', async () => {
    await app.evaluate(({ BrowserWindow }) => {
      const g = globalThis as TestGlobals;
      g.__tatbiqNavigations = [];
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) => {
        // read after every listener (the shell's lock included) has run
        setImmediate(() => g.__tatbiqNavigations?.push({ url: event.url, prevented: event.defaultPrevented }));
      });
    });
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await expect
      .poll(() => app.evaluate(() => (globalThis as TestGlobals).__tatbiqNavigations ?? []))
      .toContainEqual({ url: 'https://example.com/', prevented: true });
    expect(page.url()).toMatch(/^app:\/\/tatbiq\//);
    expect(await page.evaluate(() => typeof (window as AppWindow).tatbiq.call)).toBe('function');
  });

  it('opens no new windows and loads nothing remote', async () => {
    expect(await page.evaluate(() => window.open('app://tatbiq/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    const remote = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(remote).toBe('blocked');
  });
});
