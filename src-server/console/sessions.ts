// Signing in to the console and the sessions it opens. A session is a random secret in an
// httpOnly, SameSite=Strict cookie; the server keeps only its hash, with the CSRF token bound to it
// (every state-changing request must send that token back in a header). A session ends when it
// is idle for IDLE_MINUTES, after MAX_HOURS whatever happens, or at sign-out.
//
// Lockout: each attempt on a known account is counted *before* the slow password check, by one
// atomic UPDATE that also sets the lock on the LOCK_AFTER-th failure in a row; so a burst of
// guesses sent at once is not all checked. A right password takes the count back.
import crypto from 'node:crypto';
import type { ServerDb, Sql } from '../db/database';
import { hashSecret } from '../sync/tokens';
import { HttpError } from '../http/errors';
import { ACCOUNT_SELECT, type ConsoleAccount } from './accounts';
import { audit } from './audit';
import { decoyHash, verifyPassword } from './password';
import { CONSOLE_MESSAGES as M } from './messages';

export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;
export const IDLE_MINUTES = 30;
export const MAX_HOURS = 12;
/** last_seen_at is written at most this often (a dashboard refresh is not a write each time) */
const TOUCH_MS = 60_000;

export const COOKIE = 'tq_console';

/**
 * Who signs in where: the console's accounts, or another set of web accounts on the same server
 * (the council portal, src-server/councils) that uses the same password, lockout, session and
 * CSRF machinery over its own two tables and its own cookie. Table names are constants, never input.
 */
export interface Realm<A> {
  accounts: string;
  sessions: string;
  cookie: string;
  path: string;
  /** the account as the routes see it */
  load(db: Sql, id: string): Promise<A>;
  /** the audit's actor for an account of this realm */
  actor(id: string): string;
}

export interface Session<A> {
  account: A;
  csrf: string;
  idHash: string;
}

export type ConsoleSession = Session<ConsoleAccount>;

export const CONSOLE_REALM: Realm<ConsoleAccount> = {
  accounts: 'console_account',
  sessions: 'console_session',
  cookie: COOKIE,
  path: '/console',
  load: async (db, id) => (await db.query<ConsoleAccount>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [id]))[0],
  actor: (id) => id,
};

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

export function signIn(db: ServerDb, username: string, password: string, address: string, now: string) {
  return signInTo(CONSOLE_REALM, db, username, password, address, now);
}

export async function signInTo<A>(
  realm: Realm<A>,
  db: ServerDb,
  username: string,
  password: string,
  address: string,
  now: string,
): Promise<{ secret: string; session: Session<A> }> {
  const [row] = await db.read.query<{ id: string; password_hash: string; locked_until: string | null }>(
    `SELECT id, password_hash, locked_until FROM ${realm.accounts} WHERE username = $1 AND active = 1`,
    [username],
  );
  if (!row) {
    await verifyPassword(password, await decoyHash());
    throw new HttpError(401, 'bad_credentials', M.badCredentials);
  }
  // (no RETURNING: the embedded database's driver returns no rows for an UPDATE)
  const counted = await db.tx(async (tx) => {
    const lockedUntil = plus(now, LOCK_MINUTES * 60_000);
    await tx.lock(`${realm.accounts}:${row.id}`);
    const [free] = await tx.query<{ failed_attempts: number }>(
      `SELECT failed_attempts FROM ${realm.accounts} WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)`,
      [row.id, now],
    );
    if (!free) return [];
    await tx.query(
      `UPDATE ${realm.accounts} SET failed_attempts = failed_attempts + 1,
              locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE NULL END
        WHERE id = $1`,
      [row.id, LOCK_AFTER, lockedUntil],
    );
    return tx.query<{ failed_attempts: number }>(`SELECT failed_attempts FROM ${realm.accounts} WHERE id = $1`, [
      row.id,
    ]);
  });
  if (!counted.length) throw new HttpError(423, 'locked', M.locked);
  if (!(await verifyPassword(password, row.password_hash))) {
    const locked = Number(counted[0].failed_attempts) >= LOCK_AFTER;
    throw locked ? new HttpError(423, 'locked', M.locked) : new HttpError(401, 'bad_credentials', M.badCredentials);
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  const csrf = crypto.randomBytes(32).toString('base64url');
  const idHash = hashSecret(secret);
  await db.tx(async (tx) => {
    await tx.query(`UPDATE ${realm.accounts} SET failed_attempts = 0, locked_until = NULL WHERE id = $1`, [row.id]);
    await tx.query(
      `INSERT INTO ${realm.sessions} (id_hash, account_id, csrf, address, created_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [idHash, row.id, csrf, address, now],
    );
    await audit(tx, { actor: realm.actor(row.id), action: 'session.sign_in', address }, now);
  });
  const account = await realm.load(db.read, row.id);
  return { secret, session: { account, csrf, idHash } };
}

export function sessionOf(db: ServerDb, secret: string | undefined, now: string) {
  return sessionIn(CONSOLE_REALM, db, secret, now);
}

/** The live session a cookie's secret opens, or a 401 (and an expired one is ended). */
export async function sessionIn<A>(
  realm: Realm<A>,
  db: ServerDb,
  secret: string | undefined,
  now: string,
): Promise<Session<A>> {
  if (!secret || !/^[A-Za-z0-9_-]{20,100}$/.test(secret)) throw new HttpError(401, 'signed_out', M.signedOut);
  const idHash = hashSecret(secret);
  const [s] = await db.read.query<{ account_id: string; csrf: string; created_at: string; last_seen_at: string }>(
    `SELECT s.account_id, s.csrf, s.created_at, s.last_seen_at FROM ${realm.sessions} s
       JOIN ${realm.accounts} a ON a.id = s.account_id
      WHERE s.id_hash = $1 AND s.ended_at IS NULL AND a.active = 1`,
    [idHash],
  );
  if (!s) throw new HttpError(401, 'signed_out', M.signedOut);
  if (plus(s.last_seen_at, IDLE_MINUTES * 60_000) <= now || plus(s.created_at, MAX_HOURS * 3_600_000) <= now) {
    await db.tx((tx) => tx.query(`UPDATE ${realm.sessions} SET ended_at = $1 WHERE id_hash = $2`, [now, idHash]));
    throw new HttpError(401, 'expired', M.expired);
  }
  if (Date.parse(now) - Date.parse(s.last_seen_at) > TOUCH_MS)
    await db.tx((tx) => tx.query(`UPDATE ${realm.sessions} SET last_seen_at = $1 WHERE id_hash = $2`, [now, idHash]));
  const account = await realm.load(db.read, s.account_id);
  return { account, csrf: s.csrf, idHash };
}

/** The header's token is the one bound to this session (a token of another session is refused). */
export function checkCsrf(session: { csrf: string }, sent: string | undefined) {
  const a = Buffer.from(sent ?? '');
  const b = Buffer.from(session.csrf);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw new HttpError(403, 'csrf', M.csrf);
}

export async function signOut(db: ServerDb, session: ConsoleSession, address: string, now: string) {
  return signOutOf(CONSOLE_REALM, db, session, address, now);
}

export async function signOutOf<A extends { id: string }>(
  realm: Realm<A>,
  db: ServerDb,
  session: Session<A>,
  address: string,
  now: string,
) {
  await db.tx(async (tx) => {
    await tx.query(`UPDATE ${realm.sessions} SET ended_at = $1 WHERE id_hash = $2`, [now, session.idHash]);
    await audit(tx, { actor: realm.actor(session.account.id), action: 'session.sign_out', address }, now);
  });
}

export function cookieHeader(secret: string, secure: boolean, realm: Realm<unknown> = CONSOLE_REALM): string {
  return `${realm.cookie}=${secret}; Path=${realm.path}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export const clearedCookie = (secure: boolean, realm: Realm<unknown> = CONSOLE_REALM) =>
  `${realm.cookie}=; Path=${realm.path}; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;

export function cookieValue(header: string | undefined, name = COOKIE): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
