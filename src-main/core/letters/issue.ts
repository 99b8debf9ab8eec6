// Issuing a letter: it takes the next number of the office's outgoing register for today's Jalali
// year, freezes its content and letterhead, renders the PDF (with the QR code of its number, date
// and content hash), signs it when the office has a certificate, and stores it content-addressed.
//
// Rendering (Chromium) and signing take long, so they run outside the write transaction: every
// other write of the office goes on meanwhile. The numbering stays gapless and unique:
// - issues run one at a time (per database), so the number a render prints is the next free one;
// - the short transaction that records the issue works the plan out again from committed data and
//   records it only if nothing it printed changed (number, date, the letter's revision, the
//   letterhead, the office's code); otherwise it renders again with what now holds;
// - a render or signature that fails commits nothing, so it uses no number; and
//   (office, year, serial) is unique in the database besides.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { formatJalali, jalaliYear, todayInTehran } from '../../../shared/dates/jalali';
import { statusLabel } from '../../../shared/domain/statuses';
import { KIND_ALLOWED_STATUSES, letterKindLabel } from '../../../shared/letters/kinds';
import { formatLetterNumber, letterNumberKey } from '../../../shared/letters/numbering';
import { qrPayloadText } from '../../../shared/letters/qr';
import type { IssueResult, letterIssueInput } from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { letterSentInTx } from '../rulings/letters';
import { buildView, renderPdf } from './compose';
import { letterSearchKey, missingParts, requireDraft } from './drafts';
import { checkValidity, readP12, type P12Contents } from './p12';
import { contentHash, councilNameOf, requireLetter, toLetter, type LetterRecord } from './record';
import { letterhead, numbering, storedCertificate } from './settings';
import { signPdf } from './sign';
import type { Letterhead } from '../../../shared/schemas/letter';
import { letterMessages as msg } from './messages';
import { requireRevision, staleRevision } from '../revision';

type IssueInput = z.output<typeof letterIssueInput>;

async function signingKey(core: CoreContext, input: IssueInput): Promise<P12Contents | null> {
  const cert = await storedCertificate(core.db.read);
  if (!cert || input.sign === false) return null;
  if (!input.certificatePassword) {
    const text = msg.p12PasswordMissing;
    throw new AppError('validation', text, { certificatePassword: text });
  }
  const p12 = readP12(cert.p12, input.certificatePassword);
  checkValidity(p12, core.clock());
  return p12;
}

/** Whether the letter's subject is in a state that lets this kind of letter go out. */
async function checkSubjectState(tx: EntityManager, r: LetterRecord) {
  const allowed = KIND_ALLOWED_STATUSES[r.kind];
  if (allowed && r.resolutionId) {
    const rows: { status: string }[] = await tx.query('SELECT status FROM resolution WHERE id = ?', [r.resolutionId]);
    const status = rows[0]?.status;
    if (!status) throw new AppError('not_found', msg.letterResolutionNotFound);
    if (!allowed.includes(status)) {
      throw new AppError(
        'invalid_state',
        msg.wrongResolutionStatus(letterKindLabel(r.kind), statusLabel(status), allowed.map(statusLabel)),
      );
    }
  }
  if (r.kind === 'session_minutes' && r.sessionId) {
    const rows: { status: string }[] = await tx.query('SELECT status FROM panel_session WHERE id = ?', [r.sessionId]);
    if (rows[0]?.status !== 'closed') {
      throw new AppError('invalid_state', msg.minutesBeforeClose);
    }
  }
}

/** The ASCII strings of the signature dictionary (PDF literal strings carry no Persian). */
function asciiOnly(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '').trim();
}

interface IssuePlan {
  r: LetterRecord;
  officeCode: string;
  head: Letterhead;
  today: string;
  year: number;
  serial: number;
  number: string;
  hash: string;
  qrText: string;
  certificateSubject: string | null;
  /** everything the PDF prints: equal fingerprints render the same letter */
  fingerprint: string;
}

/** What issuing `input` now would print, from the data `m` sees; refuses what may not be issued. */
async function planIssue(core: CoreContext, m: EntityManager, input: IssueInput, p12: P12Contents | null) {
  const r = await requireLetter(m, input.id);
  requireDraft(r);
  requireRevision('letter', r.rev, input.rev);
  const missing = missingParts(r);
  if (Object.keys(missing).length) throw new AppError('validation', Object.values(missing)[0], missing);
  await checkSubjectState(m, r);

  const office = await requireOffice(m);
  const [format, head] = await Promise.all([numbering(m), letterhead(m)]);
  const today = todayInTehran(core.clock());
  const year = jalaliYear(today);
  const [{ last }]: { last: number | null }[] = await m.query(
    'SELECT max(serial) AS last FROM letter WHERE office_id = ? AND year = ?',
    [office.id, year],
  );
  const serial = (last ?? 0) + 1;
  const number = formatLetterNumber(format, year, serial);
  // the letter as it will stand once issued: its number and date, and today's signatory
  const hash = contentHash(office.code, {
    ...r,
    number,
    letterDate: today,
    signatoryName: head.signatoryName,
    signatoryTitle: head.signatoryTitle,
  });
  if (!hash) throw new Error(`letter ${r.id}: its copies are not a JSON list`);
  const qrText = qrPayloadText({
    officeCode: office.code,
    number,
    jalaliDate: formatJalali(today, { digits: 'latin' }),
    contentHash: hash,
  });
  const certificateSubject = p12 ? ((await storedCertificate(m))?.subject ?? '') : null;
  const fingerprint = JSON.stringify([r.rev, number, today, hash, head, certificateSubject]);
  return {
    r,
    officeCode: office.code,
    head,
    today,
    year,
    serial,
    number,
    hash,
    qrText,
    certificateSubject,
    fingerprint,
  };
}

/** The plan's PDF, signed when asked, stored; outside any transaction. */
async function renderIssued(core: CoreContext, plan: IssuePlan, p12: P12Contents | null) {
  const { r } = plan;
  const view = await buildView(core, {
    record: { ...r, number: plan.number, letterDate: plan.today, certificateSubject: plan.certificateSubject },
    head: plan.head,
    mode: { kind: 'original', qrText: plan.qrText },
  });
  const rendered = await renderPdf(core, view, { title: view.title, subject: r.subject, keywords: plan.qrText });
  const pdf = p12
    ? await signPdf(rendered.pdf, p12, {
        reason: asciiOnly(`Tatbiq official letter ${plan.officeCode}-${plan.year}-${plan.serial}`),
        location: asciiOnly(`Office ${plan.officeCode}`),
        contactInfo: '',
        name: asciiOnly(plan.certificateSubject ?? '') || 'Tatbiq office',
        signingTime: core.clock(),
      })
    : rendered.pdf;
  return { sha: await core.blobs.put(pdf), pages: rendered.pages };
}

/** Records the issue in `tx`, the plan being what the committed data still says. */
async function recordIssue(
  core: CoreContext,
  tx: EntityManager,
  call: CallContext,
  plan: IssuePlan,
  pdf: { sha: string; pages: number },
  signed: boolean,
) {
  const { r, number, today, hash, head } = plan;
  const at = core.clock().toISOString();
  await tx.query(
    `UPDATE letter SET status = 'issued', year = ?, serial = ?, number = ?, number_key = ?, letter_date = ?,
       signatory_name = ?, signatory_title = ?, letterhead = ?, content_hash = ?, pdf_sha256 = ?, pdf_pages = ?,
       signed = ?, certificate_subject = ?, issued_at = ?, issued_by = ?, issued_by_name = ?, search_key = ?,
       rev = rev + 1, updated_at = ?
     WHERE id = ? AND status = 'draft'`,
    [
      plan.year,
      plan.serial,
      number,
      letterNumberKey(number),
      today,
      head.signatoryName,
      head.signatoryTitle,
      JSON.stringify(head),
      hash,
      pdf.sha,
      pdf.pages,
      signed ? 1 : 0,
      plan.certificateSubject,
      at,
      call.actor.id,
      call.actor.name,
      letterSearchKey({
        number,
        subject: r.subject,
        recipient: r.recipient,
        councilName: councilNameOf(r),
        kind: r.kind,
      }),
      at,
      r.id,
    ],
  );
  await recordAudit(tx, {
    actor: call.actor,
    at,
    entity: 'letter',
    entityId: r.id,
    action: 'issue',
    after: { number, date: today, contentHash: hash, pdfSha256: pdf.sha, signed },
    resolutionId: r.resolutionId,
  });
  // the objection letter and the no-conflict notice are lifecycle steps (DESIGN.md §2): the
  // resolution records the letter as sent in this same transaction, or nothing is issued
  const step = r.kind === 'objection' ? 'objection' : r.kind === 'compliance_notice' ? 'compliance' : null;
  if (step && r.resolutionId) {
    await letterSentInTx(core, tx, call.actor, step, {
      resolutionId: r.resolutionId,
      outgoingNumber: number,
      letterDate: today,
      letterRef: r.id,
    });
  }
  core.log.info({ letterId: r.id, number, pages: pdf.pages, signed }, 'letter issued');
  return Boolean(step && r.resolutionId);
}

/** Issues of one database run one at a time; other writes do not wait for them. */
const issuing = new WeakMap<object, Promise<unknown>>();
function oneIssueAtATime<T>(core: CoreContext, fn: () => Promise<T>): Promise<T> {
  const run = (issuing.get(core.db) ?? Promise.resolve()).then(fn);
  issuing.set(
    core.db,
    run.catch(() => undefined),
  );
  return run;
}

/** Renders at most this many times when the letter or the register keeps changing under it. */
const MAX_RENDERS = 3;

export async function issueLetter(core: CoreContext, call: CallContext, input: IssueInput): Promise<IssueResult> {
  const p12 = await signingKey(core, input);
  const recorded = await oneIssueAtATime(core, async () => {
    for (let i = 0; i < MAX_RENDERS; i++) {
      const plan = await planIssue(core, core.db.read, input, p12);
      const pdf = await renderIssued(core, plan, p12);
      const done = await core.db.write(async (tx) => {
        const now = await planIssue(core, tx, input, p12);
        if (now.fingerprint !== plan.fingerprint) return null;
        return { recorded: await recordIssue(core, tx, call, now, pdf, Boolean(p12)) };
      });
      if (done) return done.recorded;
      core.log.info({ letterId: input.id }, 'letter changed while its PDF was rendered; rendering again');
    }
    throw staleRevision('letter');
  });
  return {
    letter: toLetter(await requireLetter(core.db.read, input.id)),
    lifecycle: recorded ? 'recorded' : 'none',
    lifecycleMessage: null,
  };
}
