// The PDF renderer an open core uses. openCore registers the one it was given (the desktop shell
// passes Electron's) or none, in which case Chromium through playwright-core is started on the
// first letter rendered. Keyed by the core's database, which every handler's context shares.
import type { Database } from '../storage/database';
import type { Logger } from '../logger';
import { createChromiumRenderer, type PdfRenderer } from './renderer';

interface Entry {
  given: PdfRenderer | null;
  lazy: PdfRenderer | null;
  log: Logger;
}

const renderers = new WeakMap<Database, Entry>();

export function registerPdfRenderer(db: Database, given: PdfRenderer | undefined, log: Logger): void {
  renderers.set(db, { given: given ?? null, lazy: null, log });
}

export function pdfRenderer(core: { db: Database; log: Logger }): PdfRenderer {
  let e = renderers.get(core.db);
  if (!e) {
    e = { given: null, lazy: null, log: core.log };
    renderers.set(core.db, e);
  }
  if (e.given) return e.given;
  e.lazy ??= createChromiumRenderer(e.log);
  return e.lazy;
}

export async function closePdfRenderer(db: Database): Promise<void> {
  const e = renderers.get(db);
  if (!e) return;
  renderers.delete(db);
  await Promise.all([e.given?.close(), e.lazy?.close()]);
}
