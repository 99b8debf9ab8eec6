// Letters in the desktop app (DESIGN.md §5): the core's PdfRenderer built on Electron's own
// Chromium — webContents.printToPDF on a hidden window — and direct printing with
// webContents.print. One hidden window, one job at a time. Like the browser-mode renderer, the
// window keeps the letter fonts loaded and only the letter's styles and body are swapped in, so
// the fonts are decoded once. The window is sandboxed, has no preload, refuses navigation and
// new windows, and its page may load nothing but the data: URLs the letter carries.
import { BrowserWindow } from 'electron';
import { splitPage, type PdfRenderer } from '../core/letters/renderer';
import type { Logger } from '../core/logger';

const CSP = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

// Runs in the hidden page (a string, so no bundler rewrites it): puts one letter into the shell.
const APPLY = `(p) => {
  const root = document.documentElement;
  root.lang = p.lang;
  root.dir = p.dir;
  const t = document.createElement('textarea');
  t.innerHTML = p.title;
  document.title = t.value;
  document.head.querySelectorAll('style')[1].textContent = p.css;
  document.body.innerHTML = p.body;
  return document.fonts.ready.then(() => true);
}`;

const dataUrl = (html: string) => `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;

// the letter's CSS sets its page margins (@page); the printer adds none of its own
const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const;
const PRINT_OPTIONS = { pageSize: 'A4', printBackground: true, margins: { marginType: 'none' } } as const;

export function createElectronPdfRenderer(log: Logger): PdfRenderer {
  let win: BrowserWindow | null = null;
  let loadedFonts: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch(() => undefined);
    return run;
  };

  function hidden(): BrowserWindow {
    if (win && !win.isDestroyed()) return win;
    loadedFonts = null;
    const w = new BrowserWindow({
      show: false,
      width: 800,
      height: 1130,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // only for the swap above, run from this process; the letters themselves carry no script
        javascript: true,
        webSecurity: true,
        spellcheck: false,
        devTools: false,
        backgroundThrottling: false,
      },
    });
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    w.webContents.on('will-navigate', (event) => event.preventDefault());
    w.webContents.on('render-process-gone', (_event, details) => {
      log.error({ reason: details.reason }, 'letter window renderer gone');
      w.destroy();
    });
    w.on('closed', () => {
      if (win === w) win = null;
    });
    win = w;
    return w;
  }

  async function load(html: string): Promise<BrowserWindow> {
    const w = hidden();
    const parts = splitPage(html);
    if (!parts) {
      loadedFonts = null;
      await w.loadURL(dataUrl(html));
      return w;
    }
    if (loadedFonts !== parts.fonts) {
      await w.loadURL(
        dataUrl(
          `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
            `<style>${parts.fonts}</style><style></style></head><body></body></html>`,
        ),
      );
      loadedFonts = parts.fonts;
    }
    await w.webContents.executeJavaScript(`(${APPLY})(${JSON.stringify(parts)})`);
    return w;
  }

  return {
    pdf: (html) =>
      serial(async () => {
        const w = await load(html);
        return w.webContents.printToPDF(PDF_OPTIONS);
      }),
    print: (html, opts) =>
      serial(async () => {
        const w = await load(html);
        return new Promise<boolean>((resolve, reject) => {
          w.webContents.print({ ...PRINT_OPTIONS, silent: opts.silent }, (ok, reason) => {
            // the user closing the print dialog is not a failure, but nothing was printed
            if (ok || reason === 'cancelled') resolve(ok);
            else reject(new Error(`printing failed: ${reason}`));
          });
        });
      }),
    async close() {
      await queue;
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
