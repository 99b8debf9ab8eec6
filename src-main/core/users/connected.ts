// Who is signed in now (issue 15 item 1): each live session with where it came from, for the admin
// to see and to end. A session is named by a hash of its stored hash, so nothing that reaches a
// screen can be turned back into a way in.
import crypto from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { ConnectedSession } from '../../../shared/schemas/lan';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { tokenHash, type Sessions } from './sessions';
import { userMessages as m } from './messages';

const publicId = (hash: string) => crypto.createHash('sha256').update(`session:${hash}`).digest('hex').slice(0, 32);

interface Row {
  hash: string;
  userId: string;
  username: string;
  fullName: string;
  role: string;
  remote: string;
  via: string;
  userAgent: string;
  startedAt: string;
  lastSeenAt: string;
}

async function liveRows(core: CoreContext, sessions: Sessions): Promise<Row[]> {
  const now = core.clock().getTime();
  const { idleMs, maxMs } = sessions.limits;
  const rows: Row[] = await core.db.read.query(
    `SELECT s.token_hash AS hash, s.user_id AS userId, u.username, u.full_name AS fullName, u.role,
            s.remote, s.via, s.user_agent AS userAgent, s.created_at AS startedAt, s.last_seen_at AS lastSeenAt
       FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE u.active = 1
      ORDER BY s.last_seen_at DESC`,
  );
  // past its idle limit or its lifetime, a session is over even if no call has removed its row yet
  return rows.filter((r) => now - Date.parse(r.lastSeenAt) <= idleMs && now - Date.parse(r.startedAt) <= maxMs);
}

export async function listConnected(
  core: CoreContext,
  sessions: Sessions,
  call: CallContext,
): Promise<ConnectedSession[]> {
  const own = call.token ? tokenHash(call.token) : null;
  return (await liveRows(core, sessions)).map(({ hash, via, ...r }) => ({
    ...r,
    id: publicId(hash),
    via: via === 'lan' ? 'lan' : 'local',
    current: hash === own,
  }));
}

export async function endConnected(
  core: CoreContext,
  sessions: Sessions,
  call: CallContext,
  id: string,
): Promise<{ ok: true }> {
  const row = (await liveRows(core, sessions)).find((r) => publicId(r.hash) === id);
  if (!row) throw new AppError('not_found', m.sessionGone);
  if (call.token && row.hash === tokenHash(call.token)) throw new AppError('validation', m.ownSession);
  await core.db.write(async (tx) => {
    await tx.query('DELETE FROM user_session WHERE token_hash = ?', [row.hash]);
    await recordAudit(tx, {
      actor: call.actor,
      at: core.clock().toISOString(),
      entity: 'user',
      entityId: row.userId,
      action: 'end_session',
      before: { via: row.via, remote: row.remote, startedAt: row.startedAt },
    });
  });
  core.log.info({ userId: row.userId, via: row.via }, 'session ended by an admin');
  return { ok: true };
}
