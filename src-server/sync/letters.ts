// GET /v1/letters/verify: anyone holding a paper letter reads its QR code (number, date, content
// hash) and asks whether the issuing office pushed exactly that letter. Public by design: the
// answer names only the office, never the letter's content.
import type { LetterVerifyResponse } from '../../shared/sync/protocol';
import { letterNumberKey } from '../../shared/letters/numbering';
import { fromJalali, isIsoDate } from '../../shared/dates/jalali';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';

interface Row {
  number: string;
  date: string;
  hash: string;
  status: string;
  name: string;
  county: string;
  province: string;
}

const SELECT = `SELECT l.number, l.date, l.hash, l.status, o.name, c.name AS county, p.name AS province
  FROM letter_register l JOIN office o ON o.id = l.office_id
  JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id`;

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
  q: { number: string; date: string; hash: string },
): Promise<LetterVerifyResponse> {
  const number = letterNumberKey(q.number);
  const date = gregorian(q.date);
  const hash = q.hash.toLowerCase();
  const byHash = await db.read.query<Row>(`${SELECT} WHERE l.hash = $1`, [hash]);
  const exact = byHash.find((r) => r.number === number && r.date === date);
  const office = (r: Row) => ({ name: r.name, county: r.county, province: r.province });
  if (exact?.status === 'voided') {
    return { valid: false, message: 'این نامه صادر شده بود، اما دبیرخانه آن را باطل کرده است.', office: office(exact) };
  }
  if (exact) {
    return {
      valid: true,
      message: 'این نامه با همین شماره، تاریخ و متن از سوی دبیرخانه صادر شده است.',
      office: office(exact),
    };
  }
  if (byHash.length) {
    return {
      valid: false,
      message: 'متن این نامه ثبت شده است، اما شماره یا تاریخ آن با آنچه دبیرخانه صادر کرده نمی‌خواند.',
      office: office(byHash[0]),
    };
  }
  const [byNumber] = await db.read.query<Row>(`${SELECT} WHERE l.number = $1 AND l.date = $2`, [number, date]);
  if (byNumber) {
    return {
      valid: false,
      message: 'نامه‌ای با این شماره و تاریخ صادر شده، اما متن آن با این نسخه یکی نیست.',
      office: office(byNumber),
    };
  }
  return { valid: false, message: 'نامه‌ای با این مشخصات در سرور وزارت ثبت نشده است.', office: null };
}
