// Sign-in, sign-out, the idle timeout and the absolute lifetime. The transport holds the token (an HttpOnly cookie in
// browser mode, the main process in Electron); the database keeps only its SHA-256.
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { CurrentUser, loginInput, passwordChangeInput } from '../../../shared/schemas/user';
import type { Actor, CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { UserEntity, userSessionTable, type UserRow } from './entities';
import { insertRow } from '../storage/table';
import { actorOf, currentUserOf } from './actor';
import { userMessages as m } from './messages';
import { createThrottle, type Refusal } from './throttle';

export { LOCK_AFTER, LOCK_MINUTES } from './throttle';
/** last_seen is written at most this often, so reads do not queue behind writes. */
const TOUCH_EVERY_MS = 60_000;

export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function endSessionsOf(tx: EntityManager, userId: string): Promise<void> {
  await tx.query('DELETE FROM user_session WHERE user_id = ?', [userId]);
}

export interface SessionOptions {
  /** idle minutes after which a session ends (default 30) */
  idleMinutes?: number;
  /** hours after sign-in at which a session ends however busy (default 12: a working day) */
  maxHours?: number;
}

function refusal(r: Refusal): AppError {
  return new AppError('forbidden', r.refused === 'locked' ? m.lockedUntil(r.until) : m.tooManyFromAddress);
}

export function createSessions(core: CoreContext, opts: SessionOptions = {}) {
  const idleMs = (opts.idleMinutes ?? 30) * 60_000;
  const maxMs = (opts.maxHours ?? 12) * 3_600_000;
  const throttle = createThrottle(() => core.clock().getTime());
  // made now, so the first unknown name is not slower (by one hashing) than a known one
  void decoyHash();

  /** touch false: a window's own background call (BACKGROUND_METHODS), not the user's activity */
  async function resolve(token: string, touch = true): Promise<Actor | null> {
    const hash = tokenHash(token);
    const rows: (UserRow & { lastSeenAt: string; startedAt: string })[] = await core.db.read.query(
      `SELECT u.id, u.username, u.full_name AS fullName, u.title, u.role, u.is_chair AS isChair, u.active,
              s.last_seen_at AS lastSeenAt, s.created_at AS startedAt
         FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = ?`,
      [hash],
    );
    const row = rows[0];
    if (!row || !row.active) return null;
    const now = core.clock();
    const idle = now.getTime() - Date.parse(row.lastSeenAt);
    if (idle > idleMs || now.getTime() - Date.parse(row.startedAt) > maxMs) {
      await core.db.write((tx) => tx.query('DELETE FROM user_session WHERE token_hash = ?', [hash]));
      return null;
    }
    if (touch && idle > TOUCH_EVERY_MS) {
      await core.db.write((tx) =>
        tx.query('UPDATE user_session SET last_seen_at = ? WHERE token_hash = ?', [now.toISOString(), hash]),
      );
    }
    return actorOf(row);
  }

  /** Opens a session for the user in this transaction; the caller's transport keeps the token. */
  async function open(tx: EntityManager, userId: string, now: string, call?: CallContext): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    await insertRow(tx, userSessionTable, {
      tokenHash: tokenHash(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      via: call?.origin?.via ?? 'local',
      remote: call?.remote ?? '',
      userAgent: (call?.origin?.userAgent ?? '').slice(0, 300),
    });
    return token;
  }

  /**
   * Checks a password under the throttle: counted before the check, the count stored beside it
   * (a known user's row keeps it across restarts), the lock audited when this attempt set it.
   * An unknown or inactive name goes through the same steps against a decoy hash.
   */
  async function checkPassword(username: string, user: UserRow | null, password: string, remote?: string) {
    const known = user?.active ? user : null;
    const attempt = throttle.admit(
      username,
      remote,
      known ? { failures: known.failedAttempts, lockedUntil: known.lockedUntil, rev: known.rev } : null,
    );
    if (attempt.refused) throw refusal(attempt);
    const store = async (tx: EntityManager): Promise<void> => {
      if (known) await tx.getRepository(UserEntity).update({ id: known.id }, attempt.current());
    };
    // the count is stored while scrypt runs, so a known name takes no longer than an unknown one
    const [good] = await Promise.all([
      verifyPassword(password, known ? known.passwordHash : await decoyHash()),
      known ? core.db.write(store) : null,
    ]);
    if (good && known) {
      attempt.succeeded();
      return { user: known, store };
    }
    if (known && attempt.locked) {
      const at = core.clock().toISOString();
      await core.db.write((tx) =>
        recordAudit(tx, {
          actor: actorOf(known),
          at,
          entity: 'user',
          entityId: known.id,
          action: 'locked',
          after: attempt.current(),
        }),
      );
    }
    return null;
  }

  async function login(call: CallContext, f: z.output<typeof loginInput>): Promise<CurrentUser> {
    const user = await core.db.read.getRepository(UserEntity).findOneBy({ username: f.username });
    const ok = await checkPassword(f.username, user, f.password, call.remote);
    if (!ok) throw new AppError('unauthenticated', m.badCredentials);
    const token = await core.db.write(async (tx) => {
      await ok.store(tx);
      return open(tx, ok.user.id, core.clock().toISOString(), call);
    });
    call.setSession?.(token);
    core.log.info({ userId: ok.user.id }, 'signed in');
    return currentUserOf(actorOf(ok.user));
  }

  async function logout(call: CallContext) {
    if (call.token) {
      const hash = tokenHash(call.token);
      await core.db.write((tx) => tx.query('DELETE FROM user_session WHERE token_hash = ?', [hash]));
    }
    call.setSession?.(null);
    return { ok: true as const };
  }

  async function changePassword(call: CallContext, f: z.output<typeof passwordChangeInput>) {
    const user = await core.db.read.getRepository(UserEntity).findOneBy({ id: call.actor.id });
    const ok = user && (await checkPassword(user.username, user, f.current, call.remote));
    if (!ok) throw new AppError('validation', m.wrongCurrentPassword, { current: m.wrongCurrentPassword });
    if (f.next.normalize('NFC') === f.current.normalize('NFC')) {
      await core.db.write(ok.store);
      throw new AppError('validation', m.samePassword, { next: m.samePassword });
    }
    const passwordHash = await hashPassword(f.next);
    await core.db.write(async (tx) => {
      const at = core.clock().toISOString();
      await ok.store(tx);
      await tx
        .getRepository(UserEntity)
        .update({ id: ok.user.id }, { passwordHash, rev: ok.user.rev + 1, updatedAt: at });
      // other windows signed in with the old password are closed; this one stays
      await tx.query('DELETE FROM user_session WHERE user_id = ? AND token_hash IS NOT ?', [
        ok.user.id,
        call.token ? tokenHash(call.token) : null,
      ]);
      await recordAudit(tx, { actor: call.actor, at, entity: 'user', entityId: ok.user.id, action: 'change_password' });
    });
    return { ok: true as const };
  }

  return { resolve, open, login, logout, changePassword, limits: { idleMs, maxMs } };
}

export type Sessions = ReturnType<typeof createSessions>;
