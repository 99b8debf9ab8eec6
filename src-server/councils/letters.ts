// Issue 14 item 4: the letters in a council's portal — those its office issued to it after the
// council had a portal account (delivery.ts) — with the PDF exactly as the office pushed it (the
// blob named in the letter's record), when it was posted, opened and counts as delivered, and for
// an objection the council's answer window (from the delivery's day in Tehran). Every read is
// filtered by the account's office and council in SQL.
import { councilAnswerDeadline, deadlineEnd, isPast } from '../../shared/deadlines/calculator';
import { letterKindLabel } from '../../shared/letters/kinds';
import { statusLabel } from '../../shared/domain/statuses';
import { todayInTehran } from '../../shared/dates/jalali';
import { deliveredAt, type PortalAnswerRecord } from '../../shared/councilLetters/records';
import type { ServerDb } from '../db/database';
import { publishedPolicy } from '../admin/publish';
import { HttpError } from '../http/errors';
import type { CouncilAccount } from './accounts';
import { markOpened, postDeliveries } from './delivery';
import { COUNCIL_MESSAGES as M, PORTAL_ANSWER_MESSAGES as A } from './messages';

export interface PortalLetter {
  id: string;
  kind: string;
  kindLabel: string;
  number: string;
  letterDate: string;
  subject: string;
  voided: boolean;
  postedAt: string;
  openedAt: string | null;
  deemedAt: string;
  deliveredAt: string | null;
  resolution: { id: string; incomingNumber: string; title: string; status: string; statusLabel: string } | null;
  /** an objection's answer window once delivered: its last day, the instant it ends, and whether it may be answered now */
  window: { deadline: string; endsAt: string; open: boolean; reason: string | null } | null;
  answer: PortalAnswerRecord | null;
}

interface Row {
  letter_id: string;
  posted_at: string;
  deemed_at: string | null;
  opened_at: string | null;
  letter: string;
  resolution: string | null;
  answer: string | null;
}

function select(dialect: ServerDb['dialect']) {
  const resolutionId =
    dialect === 'postgres' ? "(l.data::jsonb ->> 'resolutionId')" : "json_extract(l.data, '$.resolutionId')";
  return `SELECT d.letter_id, d.posted_at, d.deemed_at, d.opened_at, l.data AS letter, r.data AS resolution,
      p.data AS answer
    FROM council_letter_delivery d
    JOIN sync_record l ON l.office_id = d.office_id AND l.entity = 'letter' AND l.id = d.letter_id
    LEFT JOIN sync_record r ON r.office_id = d.office_id AND r.entity = 'resolution' AND r.id = ${resolutionId}
    LEFT JOIN council_portal_answer p ON p.office_id = d.office_id AND p.letter_id = d.letter_id
    WHERE d.office_id = $1 AND d.council_id = $2 AND d.fed_rev > 0`;
}

/** The letters of the account's council (or one), newest first. */
async function rows(db: ServerDb, a: CouncilAccount, letterId?: string): Promise<Row[]> {
  const sql = `${select(db.dialect)} ${letterId ? 'AND d.letter_id = $3' : ''} ORDER BY d.posted_at DESC LIMIT 500`;
  return db.read.query<Row>(sql, letterId ? [a.officeId, a.councilId, letterId] : [a.officeId, a.councilId]);
}

type Policy = Awaited<ReturnType<typeof publishedPolicy>>;

function windowOf(
  kind: string,
  voided: boolean,
  delivered: string | null,
  resolution: PortalLetter['resolution'],
  answered: boolean,
  policy: Policy,
  now: Date,
): PortalLetter['window'] {
  if (kind !== 'objection' || !delivered) return null;
  const deadline = councilAnswerDeadline(todayInTehran(new Date(delivered)), policy);
  const late = isPast(deadline, now);
  const reason = answered
    ? A.alreadyAnswered
    : voided
      ? A.voided
      : late
        ? A.late(deadline)
        : resolution?.status !== 'with_council'
          ? A.notWithCouncil(resolution ? resolution.statusLabel : '')
          : null;
  return { deadline, endsAt: deadlineEnd(deadline), open: reason === null, reason };
}

function toView(r: Row, policy: Policy, now: Date): PortalLetter {
  const l = JSON.parse(r.letter) as Record<string, string>;
  const res = r.resolution ? (JSON.parse(r.resolution) as Record<string, string>) : null;
  const deemedAt = r.deemed_at ?? r.posted_at;
  const delivered = deliveredAt({ deemedAt, openedAt: r.opened_at }, now);
  const resolution = res
    ? {
        id: res.id,
        incomingNumber: res.incomingNumber,
        title: res.title,
        status: res.status,
        statusLabel: statusLabel(res.status),
      }
    : null;
  const answer = r.answer ? (JSON.parse(r.answer) as PortalAnswerRecord) : null;
  const voided = l.status === 'voided';
  return {
    id: r.letter_id,
    kind: l.kind,
    kindLabel: letterKindLabel(l.kind),
    number: l.number,
    letterDate: l.letterDate,
    subject: l.subject,
    voided,
    postedAt: r.posted_at,
    openedAt: r.opened_at,
    deemedAt,
    deliveredAt: delivered,
    resolution,
    window: windowOf(l.kind, voided, delivered, resolution, !!answer, policy, now),
    answer,
  };
}

export async function lettersOf(db: ServerDb, a: CouncilAccount, now: string): Promise<PortalLetter[]> {
  await postDeliveries(db, now, a.officeId);
  const policy = await publishedPolicy(db);
  return (await rows(db, a)).map((r) => toView(r, policy, new Date(now)));
}

/** One letter; reading it is the council opening it (the first time is recorded). */
export async function openLetter(
  db: ServerDb,
  a: CouncilAccount,
  letterId: string,
  now: string,
): Promise<PortalLetter> {
  await postDeliveries(db, now, a.officeId);
  const [found] = await rows(db, a, letterId);
  if (!found) throw new HttpError(404, 'not_found', M.letterNotFound);
  if (!found.opened_at) await markOpened(db, a.officeId, letterId, a.fullName, now);
  const [r] = await rows(db, a, letterId);
  return toView(r, await publishedPolicy(db), new Date(now));
}

/** The letter's PDF, the exact bytes the office pushed. */
export async function letterPdf(db: ServerDb, a: CouncilAccount, letterId: string): Promise<Buffer> {
  const [found] = await rows(db, a, letterId);
  if (!found) throw new HttpError(404, 'not_found', M.letterNotFound);
  const sha = (JSON.parse(found.letter) as { pdfSha256: string }).pdfSha256;
  const [blob] = await db.read.query<{ data: Buffer | Uint8Array }>(
    `SELECT b.data FROM blob b JOIN blob_owner o ON o.sha256 = b.sha256 WHERE b.sha256 = $1 AND o.office_id = $2`,
    [sha, a.officeId],
  );
  if (!blob) throw new HttpError(404, 'not_found', M.letterNotFound);
  return Buffer.from(blob.data);
}

/** The letter as the answer route needs it (the account's own, posted), or 404. */
export async function letterForAnswer(db: ServerDb, a: CouncilAccount, letterId: string, now: string) {
  const [found] = await rows(db, a, letterId);
  if (!found) throw new HttpError(404, 'not_found', M.letterNotFound);
  return toView(found, await publishedPolicy(db), new Date(now));
}
