// Issuing a letter: in one write transaction it takes the next number of the office's outgoing
// register for today's Jalali year, freezes its content and letterhead, renders the PDF (with the
// QR code of its number, date and content hash), signs it when the office has a certificate, and
// stores it content-addressed. Writes are queued one at a time, and (office, year, serial) is
// unique, so two issues at the same instant get consecutive numbers: no gap, no duplicate. A
// failure anywhere (a wrong certificate password, Chromium gone) rolls back and uses no number.
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
import { contentHash, copiesOf, councilNameOf, requireLetter, toLetter, type LetterRecord } from './record';
import { letterhead, numbering, storedCertificate } from './settings';
import { signPdf } from './sign';

type IssueInput = z.output<typeof letterIssueInput>;

async function signingKey(core: CoreContext, input: IssueInput): Promise<P12Contents | null> {
  const cert = await storedCertificate(core.db.read);
  if (!cert || input.sign === false) return null;
  if (!input.certificatePassword) {
    const msg = 'برای امضای دیجیتال، رمز گواهی امضا را وارد کنید.';
    throw new AppError('validation', msg, { certificatePassword: msg });
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
    if (!status) throw new AppError('not_found', 'مصوبهٔ این نامه یافت نشد.');
    if (!allowed.includes(status)) {
      throw new AppError(
        'invalid_state',
        `نامهٔ «${letterKindLabel(r.kind)}» برای مصوبه‌ای در وضعیت «${statusLabel(status)}» صادر نمی‌شود؛ ` +
          `این نامه فقط در وضعیت ${allowed.map((s) => `«${statusLabel(s)}»`).join(' یا ')} صادر می‌شود.`,
      );
    }
  }
  if (r.kind === 'session_minutes' && r.sessionId) {
    const rows: { status: string }[] = await tx.query('SELECT status FROM panel_session WHERE id = ?', [r.sessionId]);
    if (rows[0]?.status !== 'closed') {
      throw new AppError('invalid_state', 'صورتجلسه پس از پایان جلسه و ثبت نتیجهٔ آن صادر می‌شود.');
    }
  }
}

/** The ASCII strings of the signature dictionary (PDF literal strings carry no Persian). */
function asciiOnly(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '').trim();
}

export async function issueLetter(core: CoreContext, call: CallContext, input: IssueInput): Promise<IssueResult> {
  const p12 = await signingKey(core, input);
  const issued = await core.db.write(async (tx) => {
    const r = await requireLetter(tx, input.id);
    requireDraft(r);
    if (input.rev !== undefined && input.rev !== r.rev) {
      throw new AppError('conflict', 'این نامه در این فاصله تغییر کرده است. صفحه را دوباره باز کنید.');
    }
    const missing = missingParts(r);
    if (Object.keys(missing).length) throw new AppError('validation', Object.values(missing)[0], missing);
    await checkSubjectState(tx, r);

    const office = await requireOffice(tx);
    const [format, head] = await Promise.all([numbering(tx), letterhead(tx)]);
    const now = core.clock();
    const today = todayInTehran(now);
    const year = jalaliYear(today);
    const [{ last }]: { last: number | null }[] = await tx.query(
      'SELECT max(serial) AS last FROM letter WHERE office_id = ? AND year = ?',
      [office.id, year],
    );
    const serial = (last ?? 0) + 1;
    const number = formatLetterNumber(format, year, serial);
    const hash = contentHash({
      officeCode: office.code,
      number,
      letterDate: today,
      kind: r.kind,
      recipient: r.recipient,
      subject: r.subject,
      salutation: r.salutation,
      body: r.body,
      closing: r.closing,
      attachments: r.attachments,
      copies: copiesOf(r),
      signatoryName: head.signatoryName,
      signatoryTitle: head.signatoryTitle,
    });
    const qrText = qrPayloadText({
      officeCode: office.code,
      number,
      jalaliDate: formatJalali(today, { digits: 'latin' }),
      contentHash: hash,
    });
    const certificateSubject = p12 ? ((await storedCertificate(tx))?.subject ?? '') : null;
    const view = await buildView(core, {
      record: { ...r, number, letterDate: today, certificateSubject },
      head,
      mode: { kind: 'original', qrText },
    });
    const rendered = await renderPdf(core, view, {
      title: view.title,
      subject: r.subject,
      keywords: qrText,
    });
    const pdf = p12
      ? await signPdf(rendered.pdf, p12, {
          reason: asciiOnly(`Tatbiq official letter ${office.code}-${year}-${serial}`),
          location: asciiOnly(`Office ${office.code}`),
          contactInfo: '',
          name: asciiOnly(certificateSubject ?? '') || 'Tatbiq office',
          signingTime: now,
        })
      : rendered.pdf;
    const sha = await core.blobs.put(pdf);
    const at = now.toISOString();
    await tx.query(
      `UPDATE letter SET status = 'issued', year = ?, serial = ?, number = ?, number_key = ?, letter_date = ?,
         signatory_name = ?, signatory_title = ?, letterhead = ?, content_hash = ?, pdf_sha256 = ?, pdf_pages = ?,
         signed = ?, certificate_subject = ?, issued_at = ?, issued_by = ?, issued_by_name = ?, search_key = ?,
         rev = rev + 1, updated_at = ?
       WHERE id = ? AND status = 'draft'`,
      [
        year,
        serial,
        number,
        letterNumberKey(number),
        today,
        head.signatoryName,
        head.signatoryTitle,
        JSON.stringify(head),
        hash,
        sha,
        rendered.pages,
        p12 ? 1 : 0,
        certificateSubject,
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
      after: { number, date: today, contentHash: hash, pdfSha256: sha, signed: !!p12 },
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
    core.log.info({ letterId: r.id, number, pages: rendered.pages, signed: !!p12 }, 'letter issued');
    return { recorded: Boolean(step && r.resolutionId) };
  });
  return {
    letter: toLetter(await requireLetter(core.db.read, input.id)),
    lifecycle: issued.recorded ? 'recorded' : 'none',
    lifecycleMessage: null,
  };
}
