// Issue 14 item 5: the council answers an objection in its portal — amends (the amended text and
// its signed minutes as PDF), repeals (لغو) or insists with its reasons — inside its window: the
// server refuses from the instant the deadline day ends in Tehran (isPast). One answer per letter;
// the request's id makes a retried request the same answer, never a second. The answer goes to the
// office's feed (entity council_portal_answer) and becomes the council answer its lifecycle records.
import crypto from 'node:crypto';
import { jalaliYear, todayInTehran } from '../../shared/dates/jalali';
import { isPast } from '../../shared/deadlines/calculator';
import { PORTAL_ANSWER_ENTITY, portalAnswerInput, type PortalAnswerRecord } from '../../shared/councilLetters/records';
import { scopeOf } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import { body } from '../console/routes';
import { storeOwnedBlob } from '../sync/blobs';
import type { CouncilAccount } from './accounts';
import { letterForAnswer, type PortalLetter } from './letters';
import { pdfOf } from './submissions';
import { PORTAL_ANSWER_MESSAGES as A } from './messages';

/** The answer already given with this id by this council, if any (a retried request). */
async function sameId(db: ServerDb, a: CouncilAccount, id: string, letterId: string) {
  const [row] = await db.read.query<{ data: string; letter_id: string; council_id: string; office_id: string }>(
    'SELECT data, letter_id, council_id, office_id FROM council_portal_answer WHERE id = $1',
    [id],
  );
  if (!row) return null;
  if (row.office_id !== a.officeId || row.council_id !== a.councilId || row.letter_id !== letterId)
    throw new HttpError(409, 'conflict', A.idReused);
  return JSON.parse(row.data) as PortalAnswerRecord;
}

/** Why this letter takes no answer now (late: from the instant its deadline day ended in Tehran). */
function refusal(letter: PortalLetter, now: string): HttpError | null {
  const w = letter.window;
  if (letter.kind !== 'objection') return new HttpError(400, 'invalid', A.notObjection);
  if (!w) return new HttpError(409, 'not_delivered', A.notDelivered);
  if (w.open) return null;
  if (letter.answer) return new HttpError(409, 'answered', A.alreadyAnswered);
  return new HttpError(409, isPast(w.deadline, new Date(now)) ? 'late' : 'closed', w.reason ?? A.alreadyAnswered);
}

export async function answerLetter(
  db: ServerDb,
  a: CouncilAccount,
  letterId: string,
  raw: unknown,
  now: string,
): Promise<PortalAnswerRecord> {
  const input = body(portalAnswerInput, raw);
  const again = await sameId(db, a, input.id, letterId);
  if (again) return again;
  const letter = await letterForAnswer(db, a, letterId, now);
  const refused = refusal(letter, now);
  if (refused) throw refused;
  if (input.approvalDate && input.approvalDate > todayInTehran(new Date(now)))
    throw new HttpError(400, 'invalid', A.approvalInFuture);
  const pdf = input.answer === 'amend' && input.pdfBase64 ? pdfOf(input.pdfBase64) : null;
  const sha256 = pdf ? crypto.createHash('sha256').update(pdf).digest('hex') : null;
  return db.tx(async (tx) => {
    // the feed's lock: receipt numbers and feed rows become visible in order (admin/publish.ts)
    await tx.lock('feed');
    const [taken] = await tx.query<{ id: string; data: string }>(
      'SELECT id, data FROM council_portal_answer WHERE office_id = $1 AND letter_id = $2',
      [a.officeId, letterId],
    );
    if (taken?.id === input.id) return JSON.parse(taken.data) as PortalAnswerRecord;
    if (taken) throw new HttpError(409, 'answered', A.alreadyAnswered);
    const year = jalaliYear(todayInTehran(new Date(now)));
    const [{ n }] = await tx.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM council_portal_answer WHERE receipt_number LIKE $1',
      [`پ-${year}/%`],
    );
    const record: PortalAnswerRecord = {
      id: input.id,
      letterId,
      resolutionId: letter.resolution!.id,
      councilId: a.councilId,
      answer: input.answer,
      receiptNumber: `پ-${year}/${String(Number(n) + 1).padStart(6, '0')}`,
      text: input.answer === 'amend' ? (input.text ?? null) : null,
      amended:
        input.answer === 'amend'
          ? { number: input.number!, sessionNumber: input.sessionNumber!, approvalDate: input.approvalDate! }
          : null,
      reasons: input.reasons || null,
      pdfSha256: sha256,
      pdfName: pdf ? (input.pdfName ?? 'صورت‌جلسهٔ اصلاح.pdf') : null,
      answeredAt: now,
      answerDate: todayInTehran(new Date(now)),
      answeredBy: a.fullName,
    };
    if (pdf && sha256) await storeOwnedBlob(tx, a.officeId, sha256, pdf, now);
    const json = JSON.stringify(record);
    await tx.query(
      `INSERT INTO council_portal_answer (id, receipt_number, office_id, council_id, letter_id, resolution_id,
         account_id, answered_at, data, pdf_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        record.id,
        record.receiptNumber,
        a.officeId,
        a.councilId,
        letterId,
        record.resolutionId,
        a.id,
        now,
        json,
        sha256,
      ],
    );
    await tx.query('INSERT INTO feed (scope, entity, id, rev, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      scopeOf.office(a.officeId),
      PORTAL_ANSWER_ENTITY,
      record.id,
      1,
      json,
      now,
    ]);
    return record;
  });
}
