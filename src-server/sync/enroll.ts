// POST /v1/enroll: a one-time code the ministry issued for an office becomes a bearer token bound
// to that office. The office's own office id is bound at the first enrollment: its records carry
// it, and a second database claiming the same office (a copy, a reinstall) is refused.
import type { EnrollRequest, EnrollResponse } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import { ALL_SCOPES, canonicalCode, hashSecret, newToken } from './tokens';

interface CodeRow {
  office_id: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

interface OfficeRow {
  id: string;
  code: string;
  name: string;
  client_office_id: string | null;
  county: string;
  province: string;
}

const INVALID = 'کد ثبت نامعتبر است یا پیش‌تر به کار رفته است. از وزارت کد تازه بگیرید.';

/** Wrong codes one address may try in the window before it must wait (codes carry ~79 bits: this stops noise, not math). */
export const ENROLL_FAILURES_ALLOWED = 20;
const ENROLL_WINDOW_MS = 15 * 60_000;

/**
 * Refuses (429) an address that sent too many wrong codes lately. Kept in the database, so every
 * server process behind a load balancer counts the same failures.
 */
export async function checkEnrollThrottle(db: ServerDb, address: string, now: string): Promise<void> {
  const since = new Date(Date.parse(now) - ENROLL_WINDOW_MS).toISOString();
  const [{ n }] = await db.read.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM enroll_failure WHERE address = $1 AND at > $2',
    [address, since],
  );
  if (Number(n) >= ENROLL_FAILURES_ALLOWED) {
    throw new HttpError(
      429,
      'too_many_attempts',
      'از این نشانی کدهای ثبت نادرست بسیاری فرستاده شده است. پانزده دقیقهٔ دیگر دوباره تلاش کنید.',
    );
  }
}

/** A wrong or expired code from `address`; older failures of the address are forgotten. */
export async function recordEnrollFailure(db: ServerDb, address: string, now: string): Promise<void> {
  const since = new Date(Date.parse(now) - ENROLL_WINDOW_MS).toISOString();
  await db.tx(async (tx) => {
    await tx.query('DELETE FROM enroll_failure WHERE address = $1 AND at <= $2', [address, since]);
    await tx.query('INSERT INTO enroll_failure (address, at) VALUES ($1, $2)', [address, now]);
  });
}

export async function enroll(db: ServerDb, req: EnrollRequest, now: string): Promise<EnrollResponse> {
  const codeHash = hashSecret(canonicalCode(req.code));
  return db.tx(async (tx) => {
    await tx.lock(`enroll:${codeHash}`);
    const [code] = await tx.query<CodeRow>(
      'SELECT office_id, expires_at, used_at, revoked_at FROM enrollment_code WHERE code_hash = $1',
      [codeHash],
    );
    if (!code || code.used_at || code.revoked_at) throw new HttpError(401, 'invalid_code', INVALID);
    if (code.expires_at < now)
      throw new HttpError(401, 'expired_code', 'مهلت این کد ثبت گذشته است. از وزارت کد تازه بگیرید.');
    await tx.lock(`office:${code.office_id}`);
    const [office] = await tx.query<OfficeRow>(
      `SELECT o.id, o.code, o.name, o.client_office_id, c.name AS county, p.name AS province
         FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
        WHERE o.id = $1`,
      [code.office_id],
    );
    if (office.client_office_id && office.client_office_id !== req.officeId) {
      throw new HttpError(
        409,
        'office_bound',
        'این دبیرخانه پیش‌تر با پایگاه دادهٔ دیگری ثبت شده است. اگر رایانه یا پایگاه داده عوض شده، با وزارت تماس بگیرید.',
      );
    }
    const [other] = await tx.query<{ code: string }>(
      'SELECT code FROM office WHERE client_office_id = $1 AND id <> $2',
      [req.officeId, office.id],
    );
    if (other) {
      throw new HttpError(409, 'office_bound', 'این پایگاه داده پیش‌تر برای دبیرخانهٔ دیگری ثبت شده است.');
    }
    await tx.query('UPDATE enrollment_code SET used_at = $1 WHERE code_hash = $2', [now, codeHash]);
    await tx.query('UPDATE office SET client_office_id = $1, enrolled_at = $2 WHERE id = $3', [
      req.officeId,
      now,
      office.id,
    ]);
    // a new enrollment replaces the office's earlier tokens: a copy left on an old machine stops
    await tx.query('UPDATE access_token SET revoked_at = $1 WHERE office_id = $2 AND revoked_at IS NULL', [
      now,
      office.id,
    ]);
    const token = newToken();
    await tx.query(
      'INSERT INTO access_token (token_hash, office_id, scopes, client, created_at) VALUES ($1, $2, $3, $4, $5)',
      [hashSecret(token), office.id, ALL_SCOPES.join(' '), req.client ?? '', now],
    );
    return {
      token,
      office: { id: office.id, code: office.code, name: office.name, province: office.province, county: office.county },
      scopes: [...ALL_SCOPES],
    };
  });
}
