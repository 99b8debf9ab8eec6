// How often one address may use the public complaint form, counted in the database (every server
// process sees the same count), like the letter check (verify.ts).
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';

export type AttemptKind = 'submit' | 'track';

export const COMPLAINT_LIMITS: Record<AttemptKind, { limit: number; windowMs: number; message: string }> = {
  /** complaints one address may file per hour */
  submit: {
    limit: 5,
    windowMs: 60 * 60_000,
    message: 'از این نشانی در یک ساعت گذشته شکایت‌های زیادی ثبت شده است؛ یک ساعت دیگر دوباره تلاش کنید.',
  },
  /** tracking lookups per ten minutes, whether the code was right or wrong */
  track: {
    limit: 20,
    windowMs: 10 * 60_000,
    message: 'تعداد پیگیری‌های این نشانی از حد مجاز گذشته است؛ ده دقیقهٔ دیگر دوباره تلاش کنید.',
  },
};

/** Refuses (429) an address over its attempts of `kind`, else counts this one. */
export async function countAttempt(db: ServerDb, kind: AttemptKind, address: string, now: string) {
  const { limit, windowMs, message } = COMPLAINT_LIMITS[kind];
  const since = new Date(Date.parse(now) - windowMs).toISOString();
  await db.tx(async (tx) => {
    await tx.lock(`complaint:${kind}:${address}`);
    const [{ n }] = await tx.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM complaint_attempt WHERE address = $1 AND kind = $2 AND at > $3',
      [address, kind, since],
    );
    if (Number(n) >= limit) throw new HttpError(429, 'too_many', message);
    await tx.query('DELETE FROM complaint_attempt WHERE address = $1 AND kind = $2 AND at <= $3', [
      address,
      kind,
      since,
    ]);
    await tx.query('INSERT INTO complaint_attempt (address, kind, at) VALUES ($1, $2, $3)', [address, kind, now]);
  });
}
