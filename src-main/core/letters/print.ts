// Printing issued letters. The first print of a letter is the original; every later one is a copy,
// rendered again with «المثنی» across it, stored and counted in letter_copy. A print is recorded
// only once it has really left the app: the desktop app records after Electron handed the page to
// the printer (a closed print dialog records nothing); browser mode gets the PDF with a one-use
// ticket, and the page confirms the ticket once the browser's print window has the PDF. Until
// then nothing in the register changes, so a blocked pop-up or a closed tab is not a print.
import crypto from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../../shared/api/errors';
import type { LetterPrintedResult, LetterPrintResult } from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import type { Database } from '../storage/database';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { buildView, headFor, htmlFor, renderPdf } from './compose';
import { letterMessages as msg } from './messages';
import { modeOf, qrTextOf } from './output';
import { requireLetter } from './record';
import { letterCopyTable } from './entities';
import { insertRow } from '../storage/table';
import { pdfRenderer } from './runtime';
import { letterMessages } from './messages';

/** One letter drawn for printing, not yet counted. */
interface Prepared {
  id: string;
  /** the print_count it was drawn at: 0 the original, n the n-th copy */
  copyNo: number;
  pdf: Buffer;
  /** a copy's PDF, stored before the print so the register can point at what was printed */
  copySha: string | null;
  html: string;
}

async function prepareOne(core: CoreContext, id: string, needHtml: boolean): Promise<Prepared> {
  const r = await requireLetter(core.db.read, id);
  if (r.status !== 'issued') {
    throw new AppError(
      'invalid_state',
      r.status === 'draft' ? letterMessages.draftNotPrinted : letterMessages.voidedNotPrinted(r.number!),
    );
  }
  const copyNo = r.printCount;
  const view = await buildView(core, {
    record: r,
    head: await headFor(core.db.read, r),
    mode: await modeOf(core, r, copyNo || undefined),
  });
  if (copyNo === 0) {
    const stored = await core.blobs.get(r.pdfSha256!);
    if (!stored) throw new AppError('internal', letterMessages.pdfMissing);
    return { id, copyNo, pdf: stored, copySha: null, html: needHtml ? htmlFor(view) : '' };
  }
  const identity = { title: view.title, subject: r.subject, keywords: await qrTextOf(core, r) };
  const pdf = (await renderPdf(core, view, identity)).pdf;
  return { id, copyNo, pdf, copySha: await core.blobs.put(pdf), html: needHtml ? htmlFor(view) : '' };
}

/** Counts the prints, all or none: refused when another print of one of them was counted meanwhile. */
async function recordPrints(
  core: CoreContext,
  call: CallContext,
  items: readonly Pick<Prepared, 'id' | 'copyNo' | 'copySha'>[],
): Promise<LetterPrintedResult> {
  if (!items.length) return { printed: 0, copies: 0 };
  await core.db.write(async (tx) => {
    const at = core.clock().toISOString();
    for (const p of items) {
      const r = await requireLetter(tx, p.id);
      if (r.printCount !== p.copyNo) throw new AppError('conflict', msg.printedMeanwhile(r.number ?? ''));
      if (p.copySha) {
        await insertRow(tx, letterCopyTable, {
          id: newId(),
          letterId: r.id,
          copyNo: p.copyNo,
          pdfSha256: p.copySha,
          printedAt: at,
          printedBy: call.actor.id,
          printedByName: call.actor.name,
        });
      }
      await tx.query('UPDATE letter SET print_count = print_count + 1, rev = rev + 1, updated_at = ? WHERE id = ?', [
        at,
        r.id,
      ]);
      await recordAudit(tx, {
        actor: call.actor,
        at,
        entity: 'letter',
        entityId: r.id,
        action: p.copyNo === 0 ? 'print' : 'print_copy',
        after: { number: r.number, copyNo: p.copyNo },
        resolutionId: r.resolutionId,
      });
    }
  });
  return { printed: items.length, copies: items.filter((p) => p.copyNo > 0).length };
}

export async function mergePdfs(files: Buffer[]): Promise<{ pdf: Buffer; pages: number }> {
  if (files.length === 1) {
    const doc = await PDFDocument.load(files[0], { updateMetadata: false });
    return { pdf: files[0], pages: doc.getPageCount() };
  }
  const out = await PDFDocument.create();
  for (const f of files) {
    const doc = await PDFDocument.load(f, { updateMetadata: false });
    for (const p of await out.copyPages(doc, doc.getPageIndices())) out.addPage(p);
  }
  return { pdf: Buffer.from(await out.save()), pages: out.getPageCount() };
}

// ---- browser mode's tickets: the prints handed out as a PDF, waiting for the page to confirm ----

interface Ticket {
  actorId: string;
  items: Pick<Prepared, 'id' | 'copyNo' | 'copySha'>[];
  expires: number;
}

/** A print window left open this long without confirming is a print that did not happen. */
const TICKET_MS = 30 * 60_000;
const tickets = new WeakMap<Database, Map<string, Ticket>>();

function ticketsOf(core: CoreContext): Map<string, Ticket> {
  let m = tickets.get(core.db);
  if (!m) tickets.set(core.db, (m = new Map()));
  const now = core.clock().getTime();
  for (const [k, t] of m) if (t.expires < now) m.delete(k);
  return m;
}

/**
 * Prints issued letters. The desktop app prints each directly (the system's print dialog, or the
 * default printer when `silent`) and counts those the printer took; browser mode gets one PDF of
 * them all and a ticket to confirm once the browser has it to print (`confirmPrint`).
 */
export async function printLetters(
  core: CoreContext,
  call: CallContext,
  ids: readonly string[],
  silent: boolean,
): Promise<LetterPrintResult> {
  const renderer = pdfRenderer(core);
  const direct = renderer.print?.bind(renderer);
  const prepared: Prepared[] = [];
  for (const id of new Set(ids)) prepared.push(await prepareOne(core, id, !!direct));
  if (direct) {
    const handed: Prepared[] = [];
    for (const p of prepared) {
      // a dialog closed by the user ends the run: what was printed so far is counted
      if (!(await direct(p.html, { silent }))) break;
      handed.push(p);
    }
    const counted = await recordPrints(core, call, handed);
    return { mode: 'direct', ...counted, file: null, ticket: null };
  }
  const merged = await mergePdfs(prepared.map((p) => p.pdf));
  const ticket = crypto.randomBytes(18).toString('base64url');
  ticketsOf(core).set(ticket, {
    actorId: call.actor.id,
    items: prepared.map(({ id, copyNo, copySha }) => ({ id, copyNo, copySha })),
    expires: core.clock().getTime() + TICKET_MS,
  });
  return {
    mode: 'pdf',
    printed: 0,
    copies: prepared.filter((p) => p.copyNo > 0).length,
    file: {
      fileName: prepared.length === 1 ? 'letter.pdf' : `letters-${prepared.length}.pdf`,
      dataBase64: merged.pdf.toString('base64'),
      pages: merged.pages,
    },
    ticket,
  };
}

/** Browser mode: the page's print window has the PDF; count the prints the ticket stands for, once. */
export async function confirmPrint(core: CoreContext, call: CallContext, ticket: string): Promise<LetterPrintedResult> {
  const m = ticketsOf(core);
  const t = m.get(ticket);
  if (!t || t.actorId !== call.actor.id) throw new AppError('not_found', msg.printTicketUnknown);
  m.delete(ticket);
  return recordPrints(core, call, t.items);
}
