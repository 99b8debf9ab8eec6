// The conversations capability's operations, as the contract's methods call them.
import type { z } from 'zod';
import type {
  ConversationDetail,
  ConversationList,
  ConversationMessage,
  ConversationPerson,
  ConversationTarget,
  conversationPostInput,
  sessionNoticeInput,
  UnreadState,
} from '../../../shared/schemas/conversation';
import type { CallContext, CoreContext } from '../context';
import { requireCaller, SECRETARIAT_ROLES } from './access';
import { listThreads, requireThread, threadDetail, unreadState } from './read';
import { appendMessage, ensureThread, markReadTo } from './write';

export async function listConversations(core: CoreContext, call: CallContext): Promise<ConversationList> {
  const m = core.db.read;
  const me = await requireCaller(m, call);
  const threads = await listThreads(m, me);
  return { threads, unread: (await unreadState(m, me)).unread };
}

export async function getUnread(core: CoreContext, call: CallContext): Promise<UnreadState> {
  const m = core.db.read;
  return unreadState(m, await requireCaller(m, call));
}

export async function openConversation(
  core: CoreContext,
  call: CallContext,
  t: ConversationTarget,
): Promise<ConversationDetail> {
  const id = await core.db.write(async (tx) =>
    ensureThread(tx, await requireCaller(tx, call), t, core.clock().toISOString()),
  );
  const m = core.db.read;
  return threadDetail(m, await requireCaller(m, call), id);
}

export async function getConversation(core: CoreContext, call: CallContext, id: string): Promise<ConversationDetail> {
  const m = core.db.read;
  return threadDetail(m, await requireCaller(m, call), id);
}

export async function postMessage(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof conversationPostInput>,
): Promise<ConversationMessage> {
  return core.db.write(async (tx) => {
    const me = await requireCaller(tx, call);
    await requireThread(tx, me, f.conversationId);
    const now = core.clock().toISOString();
    return (await appendMessage(tx, f.conversationId, { id: me.id, name: me.name }, 'message', f.text, now))!;
  });
}

export async function markRead(core: CoreContext, call: CallContext, id: string): Promise<UnreadState> {
  return core.db.write(async (tx) => {
    const me = await requireCaller(tx, call);
    await requireThread(tx, me, id);
    const [{ seq }]: { seq: number }[] = await tx.query('SELECT last_seq AS seq FROM conversation WHERE id = ?', [id]);
    await markReadTo(tx, me.id, id, seq);
    return unreadState(tx, me);
  });
}

/** The people the caller may start a direct thread with: a member, the secretariat; the secretariat, anyone. */
export async function listPeople(core: CoreContext, call: CallContext): Promise<ConversationPerson[]> {
  const m = core.db.read;
  const me = await requireCaller(m, call);
  const roles = SECRETARIAT_ROLES.includes(me.role) ? ['secretary', 'admin', 'member'] : SECRETARIAT_ROLES;
  return m.query(
    `SELECT id, full_name AS fullName, role, title FROM app_user
     WHERE active = 1 AND id != ? AND role IN (${roles.map(() => '?').join(', ')})
     ORDER BY role = 'member', full_name`,
    [me.id, ...roles],
  );
}

/** The secretary's notice to all of a session's members, on the session's thread. */
export async function postSessionNotice(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof sessionNoticeInput>,
): Promise<ConversationMessage> {
  return core.db.write(async (tx) => {
    const me = await requireCaller(tx, call);
    const now = core.clock().toISOString();
    const id = await ensureThread(tx, me, { kind: 'session', sessionId: f.sessionId }, now);
    return (await appendMessage(tx, id, { id: me.id, name: me.name }, 'notice', f.text, now))!;
  });
}
