// A change the database cannot store (a value out of a column's range, a constraint, anything the
// schemas did not foresee) must not fail its whole batch forever (issue 16 item 10): the office
// would send the same batch again at every run and nothing after it would ever arrive. When a
// push fails alone with a data error, the failing change is found by probing prefixes of the push
// in transactions that are rolled back (a binary search: about log2(n) probes, only on this rare
// path), and the push then runs with that change refused as 'unstorable'. The refusal is kept in
// applied_change, so the admin's list (admin/commands.ts setAsideChanges) shows it, and the office
// shows it on its sync screen like any refusal.
import type { ServerDb, Statement, Tx } from '../db/database';
import { applyPushes, type Push } from './push';

const ROLLBACK = Symbol('probe rolled back');

/**
 * Errors that come from the data, not the connection: PostgreSQL's classes 22 (data exception), 23
 * (integrity constraint) and P0 (raised by a trigger), SQLite's constraint and type errors.
 */
export function isDataError(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? '');
  return /^(22|23|P0)/.test(code) || /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code);
}

/** The Persian reason the office shows, with the database's words for the admin. */
export function unstorableReason(e: unknown): string {
  const detail = String((e as Error)?.message ?? e)
    .replace(/[^\x20-\x7e]/g, ' ')
    .slice(0, 160);
  return `سرور وزارت نتوانست این تغییر را ذخیره کند؛ کنار گذاشته شد و بقیهٔ تغییرها ادامه یافت. (${detail})`;
}

/** Does the push with only its first `n` changes fail? Run and rolled back; the error, or null. */
async function probe(db: ServerDb, push: Push, n: number): Promise<unknown> {
  const part: Push = { ...push, req: { ...push.req, changes: push.req.changes.slice(0, n) } };
  try {
    await db.tx(async (tx) => {
      // the writes run now, not with a COMMIT that never comes
      const later: Statement[] = [];
      const t: Tx = {
        query: (sql, params, opts) => tx.query(sql, params, opts),
        lock: (key) => tx.lock(key),
        batch: (statements) => tx.batch(statements),
        atCommit: (s) => later.push(s),
      };
      await applyPushes(t, db.dialect, [part]);
      if (later.length) await tx.batch(later);
      throw ROLLBACK;
    });
  } catch (e) {
    return e === ROLLBACK ? null : e;
  }
  return null;
}

/**
 * The push with its unstorable changes marked, found one at a time; null when the failure is not
 * the data's (the push then fails as before, and the office retries it).
 */
export async function markUnstorable(db: ServerDb, push: Push, failure: unknown): Promise<Push | null> {
  if (!isDataError(failure)) return null;
  const n = push.req.changes.length;
  // the smallest prefix that fails ends with the culprit
  let lo = 1;
  let hi = n;
  let error: unknown = failure;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const e = await probe(db, push, mid);
    if (e && !isDataError(e)) return null;
    if (e) {
      hi = mid;
      error = e;
    } else lo = mid + 1;
  }
  const culprit = push.req.changes[lo - 1];
  const marked = new Map(push.unstorable ?? []);
  if (marked.has(culprit.changeId)) {
    // even its refusal cannot be stored (the id itself): answered, not remembered
    if (push.unremembered?.has(culprit.changeId)) return null;
    return { ...push, unremembered: new Set([...(push.unremembered ?? []), culprit.changeId]) };
  }
  marked.set(culprit.changeId, unstorableReason(error));
  return { ...push, unstorable: marked };
}
