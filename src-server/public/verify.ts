// The public letter check (issue 13 item 5): anyone holding a paper letter types its office code,
// number and date, or pastes what its QR code reads, and learns whether that office issued exactly
// that letter, and what it says. Exact match only (no partial numbers, no ranges) and counted per
// address in the database (every server process sees the same count), so the page cannot list letters.
import { z } from 'zod';
import { parseQrPayload } from '../../shared/letters/qr';
import { letterNumberKey } from '../../shared/letters/numbering';
import { parseJalali } from '../../shared/dates/jalali';
import { toAsciiDigits } from '../../shared/text/persian';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';

/** Lookups one address may make per window, whatever they find. */
export const VERIFY_LIMIT = 20;
export const VERIFY_WINDOW_MS = 10 * 60_000;

export const publicVerifyInput = z.union([
  z.strictObject({ qr: z.string().min(1).max(400) }),
  z.strictObject({
    office: z.string().trim().min(1, 'کد دبیرخانه را بنویسید.').max(64),
    number: z.string().trim().min(1, 'شمارهٔ نامه را بنویسید.').max(64),
    /** Jalali, as printed on the letter: ۱۴۰۵/۰۹/۱۲ */
    date: z.string().trim().min(1, 'تاریخ نامه را بنویسید.').max(20),
  }),
]);

export type VerifyStatus = 'genuine' | 'voided' | 'altered' | 'not_found' | 'unknown_office';

export interface PublicLetter {
  number: string;
  date: string;
  recipient: string;
  subject: string;
  salutation: string;
  /** paragraphs of plain text (the letter's HTML with its markup removed) */
  body: string[];
  closing: string;
  signatoryName: string;
  signatoryTitle: string;
  voidReason: string | null;
}

export interface VerifyAnswer {
  status: VerifyStatus;
  genuine: boolean;
  message: string;
  office: { name: string; county: string; province: string } | null;
  letter: PublicLetter | null;
}

const MESSAGES: Record<VerifyStatus, string> = {
  genuine: 'این نامه با همین شماره و تاریخ از سوی این دبیرخانه صادر شده است. متن آن را با نسخهٔ کاغذی مقایسه کنید.',
  voided: 'این نامه صادر شده بود، اما دبیرخانه آن را باطل کرده است.',
  altered: 'نامه‌ای با این شماره و تاریخ صادر شده، اما متن آن با کد QR این نسخه یکی نیست.',
  not_found: 'این دبیرخانه نامه‌ای با این شماره و تاریخ به سرور وزارت نفرستاده است.',
  unknown_office: 'دبیرخانه‌ای با این کد در سرور وزارت ثبت نشده است.',
};

const TOO_MANY = 'تعداد استعلام‌های این نشانی از حد مجاز گذشته است؛ ده دقیقهٔ دیگر دوباره تلاش کنید.';
const BAD_QR = 'متن کد QR از آنِ نامه‌های سامانهٔ تطبیق نیست.';
const BAD_DATE = 'تاریخ نامه را به شکل ۱۴۰۵/۰۹/۱۲ بنویسید.';

/** Refuses (429) an address over its lookups, else counts this one. */
async function countLookup(db: ServerDb, address: string, now: string) {
  const since = new Date(Date.parse(now) - VERIFY_WINDOW_MS).toISOString();
  await db.tx(async (tx) => {
    await tx.lock(`verify:${address}`);
    const [{ n }] = await tx.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM verify_attempt WHERE address = $1 AND at > $2',
      [address, since],
    );
    if (Number(n) >= VERIFY_LIMIT) throw new HttpError(429, 'too_many', TOO_MANY);
    await tx.query('DELETE FROM verify_attempt WHERE address = $1 AND at <= $2', [address, since]);
    await tx.query('INSERT INTO verify_attempt (address, at) VALUES ($1, $2)', [address, now]);
  });
}

/** Paragraphs of text from the letter's HTML (the page shows text, never the office's markup). */
export function htmlText(html: string): string[] {
  return html
    .replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

interface Row {
  hash: string | null;
  status: string | null;
  data: string | null;
  name: string;
  county: string;
  province: string;
}

export async function publicVerify(
  db: ServerDb,
  input: z.output<typeof publicVerifyInput>,
  address: string,
  now: string,
): Promise<VerifyAnswer> {
  let office: string;
  let number: string;
  let date: string | null;
  let hash: string | null = null;
  if ('qr' in input) {
    const p = parseQrPayload(input.qr);
    if (!p) throw new HttpError(400, 'invalid', BAD_QR);
    office = p.officeCode;
    number = p.number;
    date = parseJalali(p.jalaliDate);
    hash = p.contentHash;
  } else {
    office = toAsciiDigits(input.office);
    number = letterNumberKey(input.number);
    date = parseJalali(input.date);
  }
  if (!date) throw new HttpError(400, 'invalid', BAD_DATE);
  await countLookup(db, address, now);
  const rows = await db.read.query<Row>(
    `SELECT l.hash, l.status, r.data, o.name, c.name AS county, p.name AS province
       FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
       LEFT JOIN letter_register l ON l.office_id = o.id AND l.number = $2 AND l.date = $3
       LEFT JOIN sync_record r ON r.office_id = o.id AND r.entity = 'letter' AND r.id = l.letter_id
      WHERE o.code = $1`,
    [office, number, date],
  );
  const answer = (status: VerifyStatus, row?: Row): VerifyAnswer => ({
    status,
    genuine: status === 'genuine',
    message: MESSAGES[status],
    office: rows[0] ? { name: rows[0].name, county: rows[0].county, province: rows[0].province } : null,
    letter: row?.data ? publicLetter(row.data) : null,
  });
  if (!rows.length) return answer('unknown_office');
  const found = rows.filter((r) => r.hash !== null);
  if (!found.length) return answer('not_found');
  const exact = hash === null ? found[0] : found.find((r) => r.hash === hash);
  if (!exact) return answer('altered');
  return answer(exact.status === 'voided' ? 'voided' : 'genuine', exact);
}

export function publicLetter(json: string): PublicLetter {
  const d = JSON.parse(json) as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : '');
  return {
    number: s('number'),
    date: s('letterDate'),
    recipient: s('recipient'),
    subject: s('subject'),
    salutation: s('salutation'),
    body: htmlText(s('body')),
    closing: s('closing'),
    signatoryName: s('signatoryName'),
    signatoryTitle: s('signatoryTitle'),
    voidReason: typeof d.voidReason === 'string' ? d.voidReason : null,
  };
}
