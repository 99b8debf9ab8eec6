// Issue 14 items 4 and 5: letters an office issues to a council with a portal account, delivered in
// the council's portal, and the council's answer to an objection given there. Both reach the office
// on pull (scope office:<id>): `council_letter_delivery` (id = the letter's id; a new rev when the
// council first opens it) and `council_portal_answer` (once, by its own id). Not strict: a later
// server may add fields (the protocol is add-only).
import { z } from 'zod';
import { isoDate, fileName } from '../schemas/fields';

export const DELIVERY_ENTITY = 'council_letter_delivery';
export const PORTAL_ANSWER_ENTITY = 'council_portal_answer';

/** The letter kinds a council receives in its portal (those addressed to the council). */
export const PORTAL_LETTER_KINDS = ['objection', 'compliance_notice', 'council_reminder', 'free'] as const;

/** The amended text, the reasons of an insistence, a note: at most this long. */
const TEXT_MAX = 20_000;
/** The amended resolution's signed minutes: one PDF of at most this size. */
export const ANSWER_PDF_MAX_BYTES = 10 * 1024 * 1024;

const instant = z.string().min(10).max(40);
const id = z.string().min(1).max(64);

export const deliveryRecord = z.object({
  letterId: id,
  councilId: id,
  /** when the letter reached the portal (the server took the office's push) */
  postedAt: instant,
  /** when it counts as delivered if nobody opens it (postedAt + the policy's days) */
  deemedAt: instant,
  /** the first time the council opened it in the portal */
  openedAt: instant.nullable(),
  openedBy: z.string().max(200).nullable(),
});
export type DeliveryRecord = z.infer<typeof deliveryRecord>;

/** The instant delivery counts: the first opening, or the deemed instant once it passed. */
export function deliveredAt(d: Pick<DeliveryRecord, 'deemedAt' | 'openedAt'>, now: Date): string | null {
  const deemed = Date.parse(d.deemedAt) <= now.getTime() ? d.deemedAt : null;
  if (d.openedAt && (!deemed || Date.parse(d.openedAt) < Date.parse(deemed))) return d.openedAt;
  return deemed;
}

export const PORTAL_ANSWERS = ['amend', 'repeal', 'insist'] as const;
export type PortalAnswerKind = (typeof PORTAL_ANSWERS)[number];

const text = (message: string) => z.string().trim().max(TEXT_MAX, message);

/** What the portal's answer form sends; `id` makes a retried request one answer. */
export const portalAnswerInput = z
  .strictObject({
    id: z.string().regex(/^[0-9A-Za-z-]{8,64}$/, 'شناسهٔ پاسخ نامعتبر است.'),
    answer: z.enum(PORTAL_ANSWERS, { error: 'نوع پاسخ را برگزینید: اصلاح، لغو یا اصرار.' }),
    text: text('متن اصلاح‌شده بیش از اندازه بلند است.').optional(),
    reasons: text('دلایل بیش از اندازه بلند است.').optional(),
    /** the amended resolution's own number, session and approval date (a new version registers with them) */
    number: z.string().trim().max(40, 'شمارهٔ مصوبه بیش از اندازه بلند است.').optional(),
    sessionNumber: z.string().trim().max(40, 'شمارهٔ جلسه بیش از اندازه بلند است.').optional(),
    approvalDate: isoDate('تاریخ تصویب اصلاحیه').optional(),
    pdfBase64: z.string().optional(),
    pdfName: fileName().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'amend' && !v.number)
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'شمارهٔ مصوبهٔ اصلاحی را بنویسید.' });
    if (v.answer === 'amend' && !v.sessionNumber)
      ctx.addIssue({ code: 'custom', path: ['sessionNumber'], message: 'شمارهٔ جلسهٔ اصلاح را بنویسید.' });
    if (v.answer === 'amend' && !v.approvalDate)
      ctx.addIssue({ code: 'custom', path: ['approvalDate'], message: 'تاریخ تصویب اصلاحیه را وارد کنید.' });
    if (v.answer === 'amend' && !v.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'متن اصلاح‌شدهٔ مصوبه را بنویسید.' });
    if (v.answer === 'amend' && !v.pdfBase64)
      ctx.addIssue({ code: 'custom', path: ['pdfBase64'], message: 'صورت‌جلسهٔ اصلاح (PDF) را پیوست کنید.' });
    if (v.answer === 'insist' && !v.reasons)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'دلایل اصرار شورا را بنویسید.' });
  });
export type PortalAnswerInput = z.input<typeof portalAnswerInput>;

export const portalAnswerRecord = z.object({
  id,
  letterId: id,
  resolutionId: id,
  councilId: id,
  answer: z.enum(PORTAL_ANSWERS),
  receiptNumber: z.string().min(1).max(40),
  text: z.string().max(TEXT_MAX).nullable(),
  /** for an amendment: the amended version's number, session and approval date */
  amended: z
    .object({ number: z.string().max(40), sessionNumber: z.string().max(40), approvalDate: z.string().max(10) })
    .nullable(),
  reasons: z.string().max(TEXT_MAX).nullable(),
  pdfSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  pdfName: z.string().max(200).nullable(),
  /** the server's clock when it took the answer, and that instant's day in Tehran */
  answeredAt: instant,
  answerDate: isoDate('تاریخ پاسخ'),
  answeredBy: z.string().max(200),
});
export type PortalAnswerRecord = z.infer<typeof portalAnswerRecord>;

/** The council a pushed letter goes to in the portal, if it is an issued letter to a council. */
export function portalCouncilOf(letter: Record<string, unknown>): string | null {
  const kinds: readonly string[] = PORTAL_LETTER_KINDS;
  if (letter.status !== 'issued' || !kinds.includes(String(letter.kind))) return null;
  return typeof letter.councilId === 'string' && letter.councilId ? letter.councilId : null;
}
