// A letter's PDF in the browser: saved under its name, or printed. Printing opens the PDF in a
// window of its own (the browser's PDF viewer, whose print dialog is opened for it): the window is
// opened in the click itself, so pop-up blockers let it through, and shows a waiting line until
// the PDF is ready. The register counts the print only once that window holds the PDF and its
// print was asked for; a blocked pop-up or a window closed first counts nothing. The desktop app
// prints directly from the core and counts what the printer took.
import type { LetterFile, LetterPrintResult, LetterPrintedResult } from '../../../shared/schemas/letter';
import { call, isDesktop } from '../../api/client';
import { blobFromBase64, downloadBlob } from '../../api/files';
import { lettersMessages as m } from '../../messages/letters';

export function savePdf(file: LetterFile): void {
  downloadBlob(blobFromBase64(file.dataBase64, 'application/pdf'), file.fileName);
}

export type BrowserPrint =
  | { outcome: 'printed'; counted: LetterPrintedResult }
  /** the browser refused the window (pop-ups blocked) */
  | { outcome: 'blocked' }
  /** the user closed the window before the PDF was in it */
  | { outcome: 'closed' };

/** How long the print window may take to show the PDF before the print is given up. */
const LOAD_MS = 60_000;

function waitForPdf(win: Window, url: string): Promise<boolean> {
  const until = Date.now() + LOAD_MS;
  return new Promise((resolve) => {
    const tick = () => {
      if (win.closed) return resolve(false);
      try {
        if (win.location.href === url && win.document.readyState === 'complete') return resolve(true);
      } catch {
        // between documents the window is briefly not readable
      }
      if (Date.now() > until) return resolve(false);
      setTimeout(tick, 100);
    };
    tick();
  });
}

/**
 * Opens the print window, showing a waiting line; null when the browser refused it. Call it
 * synchronously from the click, before any await: only then do pop-up blockers let it through.
 */
export function openPrintWindow(): Window | null {
  const win = window.open('', '_blank');
  if (!win) return null;
  try {
    win.document.title = m.printWindowTitle;
    win.document.documentElement.dir = 'rtl';
    win.document.body.textContent = m.printWindowWaiting;
  } catch {
    // a browser that opens the window elsewhere: the PDF still arrives below
  }
  return win;
}

/**
 * Shows letters.print's PDF in the window opened for it, asks for its print dialog, then confirms
 * the print to the core; 'closed' (nothing counted) when the window is gone before the PDF is in.
 */
export async function printInWindow(win: Window, out: LetterPrintResult): Promise<BrowserPrint> {
  if (!out.file || !out.ticket) {
    win.close();
    return { outcome: 'closed' };
  }
  const url = URL.createObjectURL(blobFromBase64(out.file.dataBase64, 'application/pdf'));
  win.location.replace(url);
  const shown = await waitForPdf(win, url);
  // the viewer keeps the PDF it loaded; the address is kept a while for a second print from it
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  if (!shown) {
    if (!win.closed) win.close();
    return { outcome: 'closed' };
  }
  win.focus();
  win.print();
  return { outcome: 'printed', counted: await call('letters.confirmPrint', { ticket: out.ticket }) };
}

/**
 * One letter, from its page: how it went — 'original' or 'copy' when counted, 'none' when the
 * desktop's print dialog was closed. Call it from the click (see openPrintWindow).
 */
export async function printLetter(id: string): Promise<'original' | 'copy' | 'none' | 'blocked' | 'closed'> {
  if (isDesktop()) {
    const out = await call('letters.print', { ids: [id] });
    return out.printed === 0 ? 'none' : out.copies ? 'copy' : 'original';
  }
  const win = openPrintWindow();
  if (!win) return 'blocked';
  let out: LetterPrintResult;
  try {
    out = await call('letters.print', { ids: [id] });
  } catch (e) {
    win.close();
    throw e;
  }
  const r = await printInWindow(win, out);
  return r.outcome === 'printed' ? (r.counted.copies ? 'copy' : 'original') : r.outcome;
}
