// A citizen's complaint about a council resolution (issue 14 item 7): what the public form sends
// the ministry server, checked with Persian messages on both sides (the page before it sends, the
// server before it stores). The attachment travels as base64 inside the JSON; its type is decided
// by its first bytes, never by its name or by what the browser claims.
import { z } from 'zod';
import { parseJalali } from '../dates/jalali';
import { toAsciiDigits, toPersianDigits } from '../text/persian';
import { fileName, optionalLine, safeString } from '../schemas/fields';
import { normalizePersian } from '../text/persian';

/** The attachment's largest size in bytes (5 MB). */
export const COMPLAINT_FILE_MAX = 5 * 1024 * 1024;
export const COMPLAINT_GROUNDS_MIN = 20;
export const COMPLAINT_GROUNDS_MAX = 5000;

export const COMPLAINT_MESSAGES = {
  office: 'دبیرخانهٔ هیأت تطبیق شهرستان را انتخاب کنید.',
  council: 'شورا را انتخاب کنید یا نام آن را بنویسید.',
  resolution: 'شمارهٔ مصوبه را بنویسید یا آن را شرح دهید.',
  date: 'تاریخ مصوبه را به شکل ۱۴۰۵/۰۹/۱۲ بنویسید.',
  groundsShort: `دلایل شکایت را دست‌کم در ${toPersianDigits(COMPLAINT_GROUNDS_MIN)} نویسه بنویسید.`,
  groundsLong: `دلایل شکایت حداکثر ${toPersianDigits(COMPLAINT_GROUNDS_MAX)} نویسه می‌تواند باشد.`,
  contact: 'شمارهٔ تلفن همراه (مانند ۰۹۱۲۳۴۵۶۷۸۹) یا نشانی رایانامهٔ درست بنویسید.',
  fileType: 'پیوست فقط می‌تواند PDF یا تصویر JPEG یا PNG باشد.',
  fileSize: `حجم پیوست حداکثر ${toPersianDigits(5)} مگابایت است.`,
  fileEmpty: 'پروندهٔ پیوست خالی است.',
  code: 'کد پیگیری ۱۶ رقم است؛ آن را همان‌طور که به شما داده شد بنویسید.',
} as const;

export type ContactKind = 'phone' | 'email';

/** A phone (mobile 09…, or a landline with its area code) or an email, normalized; null if neither. */
export function readContact(raw: string): { kind: ContactKind; value: string } | null {
  const s = toAsciiDigits(raw).trim();
  const digits = s
    .replace(/[\s()-]/g, '')
    .replace(/^\+98/, '0')
    .replace(/^0098/, '0');
  if (/^0\d{10}$/.test(digits)) return { kind: 'phone', value: digits };
  if (/^[^\s@<>"]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(s) && s.length <= 200)
    return { kind: 'email', value: s.toLowerCase() };
  return null;
}

export type FileKind = 'application/pdf' | 'image/jpeg' | 'image/png';

/** What the bytes are, by their magic number: PDF, JPEG or PNG, else null. */
export function sniffFile(b: Uint8Array): FileKind | null {
  const starts = (sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

const text = (max: number, tooLong: string) =>
  z.string().transform(normalizePersian).pipe(z.string().max(max, tooLong)).optional().default('');

/** Base64 of at most COMPLAINT_FILE_MAX bytes (its length checked before it is decoded). */
const base64 = z
  .string()
  .max(Math.ceil(COMPLAINT_FILE_MAX / 3) * 4 + 4, COMPLAINT_MESSAGES.fileSize)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, COMPLAINT_MESSAGES.fileType);

export const complaintInput = z
  .strictObject({
    /** the ministry server's office id (the county's panel secretariat) */
    officeId: safeString(COMPLAINT_MESSAGES.office).min(1, COMPLAINT_MESSAGES.office).max(64),
    /** a council the server knows for that office, or empty with its name typed */
    councilId: safeString().max(64).optional().default(''),
    councilName: optionalLine('نام شورا', 200),
    resolutionNumber: optionalLine('شمارهٔ مصوبه', 80),
    /** Jalali as typed (۱۴۰۵/۰۹/۱۲), optional */
    resolutionDate: optionalLine('تاریخ مصوبه', 20),
    resolutionText: text(2000, 'شرح مصوبه حداکثر ۲۰۰۰ نویسه می‌تواند باشد.'),
    grounds: z
      .string({ error: COMPLAINT_MESSAGES.groundsShort })
      .transform(normalizePersian)
      .pipe(
        z
          .string()
          .trim()
          .min(COMPLAINT_GROUNDS_MIN, COMPLAINT_MESSAGES.groundsShort)
          .max(COMPLAINT_GROUNDS_MAX, COMPLAINT_MESSAGES.groundsLong),
      ),
    name: optionalLine('نام شما', 120),
    contact: z.string({ error: COMPLAINT_MESSAGES.contact }).max(200, COMPLAINT_MESSAGES.contact),
    file: z.strictObject({ name: fileName(), data: base64 }).nullable().optional().default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.councilId && !v.councilName)
      ctx.addIssue({ code: 'custom', path: ['councilName'], message: COMPLAINT_MESSAGES.council });
    if (!v.resolutionNumber && !v.resolutionText.trim())
      ctx.addIssue({ code: 'custom', path: ['resolutionNumber'], message: COMPLAINT_MESSAGES.resolution });
    if (v.resolutionDate && !parseJalali(v.resolutionDate))
      ctx.addIssue({ code: 'custom', path: ['resolutionDate'], message: COMPLAINT_MESSAGES.date });
    if (!readContact(v.contact))
      ctx.addIssue({ code: 'custom', path: ['contact'], message: COMPLAINT_MESSAGES.contact });
  });
export type ComplaintInput = z.input<typeof complaintInput>;

/** The tracking code: 16 digits, unguessable (53 bits), read out as four groups of four. */
export const TRACKING_DIGITS = 16;

/** A typed tracking code (Persian or Latin digits, any spaces or dashes) as its 16 digits, or null. */
export function readTrackingCode(raw: string): string | null {
  const d = toAsciiDigits(raw).replace(/[\s\-‐–—_.]/g, '');
  return new RegExp(`^\\d{${TRACKING_DIGITS}}$`).test(d) ? d : null;
}

/** ۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶ */
export function formatTrackingCode(code: string): string {
  return toPersianDigits(code.replace(/(\d{4})(?=\d)/g, '$1-'));
}

export const trackInput = z.strictObject({ code: z.string().max(64, COMPLAINT_MESSAGES.code) });
