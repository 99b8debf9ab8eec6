// Sign-in, sign-out and the idle timeout. The transport holds the token (an HttpOnly cookie in
// browser mode, the main process in Electron); the database keeps only its SHA-256.
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { CurrentUser, loginInput, passwordChangeInput } from '../../../shared/schemas/user';
import { formatInstant } from '../../../shared/dates/jalali';
import type { Actor, CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { UserEntity, type UserRow } from './entities';
import { actorOf, currentUserOf } from './service';

/** Failed attempts in a row that lock an account, and for how long. */
export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 5;
/** Failed attempts from one address, across accounts, within the window. */
const REMOTE_LIMIT = 20;
const REMOTE_WINDOW_MS = 10 * 60_000;
/** last_seen is written at most this often, so reads do not queue behind writes. */
const TOUCH_EVERY_MS = 60_000;

const BAD_CREDENTIALS = 'نام کاربری یا گذرواژه نادرست است.';

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function endSessionsOf(tx: EntityManager, userId: string): Promise<void> {
  await tx.query('DELETE FROM user_session WHERE user_id = ?', [userId]);
}

export interface SessionOptions {
  /** idle minutes after which a session ends (default 30) */
  idleMinutes?: number;
}

export function createSessions(core: CoreContext, opts: SessionOptions = {}) {
  const idleMs = (opts.idleMinutes ?? 30) * 60_000;
  const failuresByRemote = new Map<string, number[]>();

  function remoteBlocked(remote: string | undefined): boolean {
    if (!remote) return false;
    const now = core.clock().getTime();
    const recent = (failuresByRemote.get(remote) ?? []).filter((t) => now - t < REMOTE_WINDOW_MS);
    failuresByRemote.set(remote, recent);
    return recent.length >= REMOTE_LIMIT;
  }
  function noteRemoteFailure(remote: string | undefined) {
    if (remote) failuresByRemote.set(remote, [...(failuresByRemote.get(remote) ?? []), core.clock().getTime()]);
  }

  async function resolve(token: string): Promise<Actor | null> {
    const hash = tokenHash(token);
    const rows: (UserRow & { lastSeenAt: string })[] = await core.db.read.query(
      `SELECT u.id, u.username, u.full_name AS fullName, u.title, u.role, u.is_chair AS isChair, u.active,
              s.last_seen_at AS lastSeenAt
         FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = ?`,
      [hash],
    );
    const row = rows[0];
    if (!row || !row.active) return null;
    const now = core.clock();
    const idle = now.getTime() - Date.parse(row.lastSeenAt);
    if (idle > idleMs) {
      await core.db.write((tx) => tx.query('DELETE FROM user_session WHERE token_hash = ?', [hash]));
      return null;
    }
    if (idle > TOUCH_EVERY_MS) {
      await core.db.write((tx) =>
        tx.query('UPDATE user_session SET last_seen_at = ? WHERE token_hash = ?', [now.toISOString(), hash]),
      );
    }
    return actorOf(row);
  }

  /** Opens a session for the user in this transaction; the caller's transport keeps the token. */
  async function open(tx: EntityManager, userId: string, now: string): Promise<string> {
    const token = crypto.randomBytes(32).toString('base64url');
    await tx.query('INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)', [
      tokenHash(token),
      userId,
      now,
      now,
    ]);
    return token;
  }

  async function login(call: CallContext, f: z.output<typeof loginInput>): Promise<CurrentUser> {
    if (remoteBlocked(call.remote)) {
      throw new AppError(
        'forbidden',
        'تلاش‌های ناموفق ورود از این رایانه زیاد بوده است؛ چند دقیقه دیگر دوباره تلاش کنید.',
      );
    }
    const user = await core.db.read.getRepository(UserEntity).findOneBy({ username: f.username });
    const now = core.clock();
    if (!user || !user.active) {
      await verifyPassword(f.password, await decoyHash());
      noteRemoteFailure(call.remote);
      throw new AppError('unauthenticated', BAD_CREDENTIALS);
    }
    if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
      throw new AppError(
        'forbidden',
        `به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا ${formatInstant(user.lockedUntil, { withTime: true })} بسته است.`,
      );
    }
    const good = await verifyPassword(f.password, user.passwordHash);
    const at = now.toISOString();
    if (!good) {
      noteRemoteFailure(call.remote);
      await core.db.write(async (tx) => {
        const failed = user.failedAttempts + 1;
        const lockedUntil =
          failed % LOCK_AFTER === 0 ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
        await tx.getRepository(UserEntity).update({ id: user.id }, { failedAttempts: failed, lockedUntil });
        if (lockedUntil) {
          await recordAudit(tx, {
            actor: actorOf(user),
            at,
            entity: 'user',
            entityId: user.id,
            action: 'locked',
            after: { failedAttempts: failed, lockedUntil },
          });
        }
      });
      throw new AppError('unauthenticated', BAD_CREDENTIALS);
    }
    const token = await core.db.write(async (tx) => {
      await tx.getRepository(UserEntity).update({ id: user.id }, { failedAttempts: 0, lockedUntil: null });
      return open(tx, user.id, at);
    });
    call.setSession?.(token);
    core.log.info({ userId: user.id }, 'signed in');
    return currentUserOf(actorOf(user));
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
    if (!user || !(await verifyPassword(f.current, user.passwordHash))) {
      const msg = 'گذرواژهٔ فعلی نادرست است.';
      throw new AppError('validation', msg, { current: msg });
    }
    const passwordHash = await hashPassword(f.next);
    await core.db.write(async (tx) => {
      const at = core.clock().toISOString();
      await tx.getRepository(UserEntity).update({ id: user.id }, { passwordHash, rev: user.rev + 1, updatedAt: at });
      // other windows signed in with the old password are closed; this one stays
      await tx.query('DELETE FROM user_session WHERE user_id = ? AND token_hash IS NOT ?', [
        user.id,
        call.token ? tokenHash(call.token) : null,
      ]);
      await recordAudit(tx, { actor: call.actor, at, entity: 'user', entityId: user.id, action: 'change_password' });
    });
    return { ok: true as const };
  }

  return { resolve, open, login, logout, changePassword };
}

export type Sessions = ReturnType<typeof createSessions>;
