// GET /v1/letters/verify: anyone holding a paper letter reads its QR code (office, number, date,
// content hash) and asks whether that office pushed exactly that letter. Public by design: the
// answer names only the office, never the letter's content. The lookup stays inside the named
// office (issue 16 item 8): what another office pushed never answers for it, and the server
// registers a letter only when its hash is the hash of its content (evaluate.ts).
import type { LetterVerifyResponse } from '../../shared/sync/protocol';
import { letterNumberKey } from '../../shared/letters/numbering';
import { fromJalali, isIsoDate } from '../../shared/dates/jalali';
import { toAsciiDigits } from '../../shared/text/persian';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';

interface Row {
  hash: string | null;
  status: string | null;
  name: string;
  county: string;
  province: string;
}

// the office, and its letters with this number and date (none: one row of nulls)
const SELECT = `SELECT l.hash, l.status, o.name, c.name AS county, p.name AS province
  FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
  LEFT JOIN letter_register l ON l.office_id = o.id AND l.number = $2 AND l.date = $3
  WHERE o.code = $1`;

/** 'YYYY-MM-DD' as it is, or the QR code's Jalali 'YYYY/MM/DD' converted. */
function gregorian(date: string): string {
  if (date.includes('-')) {
    if (!isIsoDate(date)) throw new HttpError(400, 'invalid', 'تاریخ نامه معتبر نیست.');
    return date;
  }
  const [y, m, d] = date.split('/').map(Number);
  try {
    return fromJalali(y, m, d);
  } catch {
    throw new HttpError(400, 'invalid', 'تاریخ نامه معتبر نیست.');
  }
}

export async function verifyLetter(
  db: ServerDb,
  q: { office: string; number: string; date: string; hash: string },
): Promise<LetterVerifyResponse> {
  const rows = await db.read.query<Row>(SELECT, [
    toAsciiDigits(q.office.trim()),
    letterNumberKey(q.number),
    gregorian(q.date),
  ]);
  if (!rows.length) {
    return { valid: false, message: 'دبیرخانه‌ای با این کد در سرور وزارت ثبت نشده است.', office: null };
  }
  const office = { name: rows[0].name, county: rows[0].county, province: rows[0].province };
  const hash = q.hash.toLowerCase();
  const exact = rows.find((r) => r.hash === hash);
  if (exact?.status === 'voided') {
    return { valid: false, message: 'این نامه صادر شده بود، اما دبیرخانه آن را باطل کرده است.', office };
  }
  if (exact) {
    return { valid: true, message: 'این نامه با همین شماره، تاریخ و متن از سوی دبیرخانه صادر شده است.', office };
  }
  if (rows.some((r) => r.hash !== null)) {
    return {
      valid: false,
      message: 'نامه‌ای با این شماره و تاریخ صادر شده، اما متن آن با این نسخه یکی نیست.',
      office,
    };
  }
  return { valid: false, message: 'این دبیرخانه نامه‌ای با این شماره و تاریخ به سرور وزارت نفرستاده است.', office };
}
