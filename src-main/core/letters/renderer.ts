// Turning a letter's HTML into a PDF. The core receives a PdfRenderer: the desktop shell passes
// one built on Electron's webContents.printToPDF (src-main/electron/pdf.ts); browser mode and the
// tests use Chromium through playwright-core, started on first use and kept warm: one browser,
// a few pages reused one render at a time. The HTML carries its fonts and images as data: URLs
// (measured: faster than serving them, since intercepting requests turns Chromium's cache off),
// and nothing else may load.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Logger } from '../logger';

export interface PdfRenderer {
  /** A4 as the page's CSS says, backgrounds printed */
  pdf(html: string): Promise<Buffer>;
  /**
   * The desktop app prints HTML directly (system dialog unless silent); absent in browser mode.
   * True once the printer took the page, false when the user closed the dialog.
   */
  print?(html: string, opts: { silent: boolean }): Promise<boolean>;
  close(): Promise<void>;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const POOL = 2;

interface Parts {
  lang: string;
  dir: string;
  title: string;
  fonts: string;
  css: string;
  body: string;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** A page's parts, or null when it is not laid out as letters are (then it is loaded whole). */
export function splitPage(html: string): Parts | null {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0];
  const body = /<body>([\s\S]*)<\/body>/i.exec(html)?.[1];
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  if (!htmlTag || body === undefined || /<script/i.test(html)) return null;
  return {
    lang: attr(htmlTag, 'lang'),
    dir: attr(htmlTag, 'dir'),
    title: /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '',
    fonts: (styles.match(FONT_FACE) ?? []).join('\n'),
    css: styles.replace(FONT_FACE, ''),
    body,
  };
}

// Each page keeps the fonts it last loaded. Loading the page again for every letter would parse
// and decode the fonts again (~30 ms each time); instead the page keeps its document and only
// the letter's styles and body are replaced.
const loadedFonts = new WeakMap<Page, string>();

async function load(page: Page, html: string): Promise<void> {
  const parts = splitPage(html);
  if (!parts) {
    loadedFonts.delete(page);
    await page.setContent(html, { waitUntil: 'load' });
    return;
  }
  if (loadedFonts.get(page) !== parts.fonts) {
    await page.setContent(
      `<!doctype html><html><head><style>${parts.fonts}</style><style></style></head><body></body></html>`,
      {
        waitUntil: 'load',
      },
    );
    loadedFonts.set(page, parts.fonts);
  }
  await page.evaluate(async (p) => {
    const root = document.documentElement;
    root.lang = p.lang;
    root.dir = p.dir;
    // the title is set as text: the page's own markup escaped it
    const t = document.createElement('textarea');
    t.innerHTML = p.title;
    document.title = t.value;
    document.head.querySelectorAll('style')[1].textContent = p.css;
    document.body.innerHTML = p.body;
    await document.fonts.ready;
  }, parts);
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function createChromiumRenderer(log?: Logger): PdfRenderer {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  const idle: Page[] = [];
  const waiters: ((p: Page) => void)[] = [];
  let pages = 0;
  let closed = false;

  async function start() {
    const { chromium } = await import('playwright-core');
    const t0 = performance.now();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    // letters load nothing from anywhere: every request is refused
    await context.route('**/*', (route) => route.abort());
    browser.on('disconnected', () => {
      // a crashed browser is started again on the next render
      starting = null;
      idle.length = 0;
      pages = 0;
    });
    log?.info({ ms: Math.round(performance.now() - t0), executable: chromiumPath() }, 'letter renderer started');
    return { browser, context };
  }

  function ready() {
    if (closed) throw new Error('renderer closed');
    if (!starting) {
      starting = start();
      starting.catch(() => (starting = null));
    }
    return starting;
  }

  async function acquire(): Promise<Page> {
    const { context } = await ready();
    const page = idle.pop();
    if (page && !page.isClosed()) return page;
    if (pages < POOL) {
      pages++;
      try {
        return await context.newPage();
      } catch (e) {
        pages--;
        throw e;
      }
    }
    return new Promise((resolve) => waiters.push(resolve));
  }

  function release(page: Page, broken: boolean) {
    if (broken || page.isClosed()) {
      pages--;
      void page.close().catch(() => undefined);
      // a render waiting for a page gets a fresh one (and a fresh browser, if it was lost)
      const waiting = waiters.shift();
      if (waiting) acquire().then(waiting, () => waiters.unshift(waiting));
      return;
    }
    const next = waiters.shift();
    if (next) next(page);
    else idle.push(page);
  }

  return {
    async pdf(html) {
      const page = await acquire();
      let broken = false;
      try {
        await load(page, html);
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } catch (e) {
        broken = true;
        throw e;
      } finally {
        release(page, broken);
      }
    },
    async close() {
      closed = true;
      const s = starting;
      starting = null;
      if (s) await (await s.catch(() => null))?.browser.close().catch(() => undefined);
    },
  };
}
