// Writing: making a thread on first opening, posting a message or a notice, and moving the
// caller's read marker. Each runs in one write transaction, so a refusal writes nothing. Nothing
// here is audited (the audit log is the register's history, not the office's correspondence) and
// the tables have no outbox triggers, so no message is ever pushed to the ministry.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import type { ConversationMessage, ConversationTarget } from '../../../shared/schemas/conversation';
import { newId } from '../ids';
import { insertRow } from '../storage/table';
import { conversationMessageTable, conversationReadTable, conversationTable } from './entities';
import { directPair, findParty, SECRETARIAT_ROLES, type Party } from './access';
import { conversationMessages as msg } from './messages';

export interface Author {
  /** null: the system (automatic reminders) */
  id: string | null;
  name: string;
}

async function requireRow(m: EntityManager, sql: string, id: string, message: string): Promise<void> {
  const [row]: unknown[] = await m.query(sql, [id]);
  if (!row) throw new AppError('not_found', message);
}

async function findId(tx: EntityManager, sql: string, args: unknown[]): Promise<string | null> {
  const [row]: { id: string }[] = await tx.query(sql, args);
  return row?.id ?? null;
}

/** The thread on the target, made if it does not exist yet; the target is checked first. */
export async function ensureThread(tx: EntityManager, me: Party, t: ConversationTarget, now: string): Promise<string> {
  const id = newId();
  if (t.kind === 'resolution') {
    await requireRow(tx, 'SELECT 1 FROM resolution WHERE id = ?', t.resolutionId, msg.resolutionNotFound);
    const cur = await findId(tx, `SELECT id FROM conversation WHERE kind = 'resolution' AND resolution_id = ?`, [
      t.resolutionId,
    ]);
    if (cur) return cur;
    await insertRow(tx, conversationTable, { id, kind: 'resolution', resolutionId: t.resolutionId, createdAt: now });
    return id;
  }
  if (t.kind === 'session') {
    await requireRow(tx, 'SELECT 1 FROM panel_session WHERE id = ?', t.sessionId, msg.sessionNotFound);
    const cur = await findId(tx, `SELECT id FROM conversation WHERE kind = 'session' AND session_id = ?`, [
      t.sessionId,
    ]);
    if (cur) return cur;
    await insertRow(tx, conversationTable, { id, kind: 'session', sessionId: t.sessionId, createdAt: now });
    return id;
  }
  if (t.userId === me.id) throw new AppError('validation', msg.notYourself);
  const other = await findParty(tx, t.userId);
  if (!other) throw new AppError('not_found', msg.personUnavailable);
  if (!SECRETARIAT_ROLES.includes(me.role) && !SECRETARIAT_ROLES.includes(other.role)) {
    throw new AppError('forbidden', msg.secretariatInDirect);
  }
  const [a, b] = directPair(me.id, other.id);
  const cur = await findId(tx, `SELECT id FROM conversation WHERE kind = 'direct' AND user_a = ? AND user_b = ?`, [
    a,
    b,
  ]);
  if (cur) return cur;
  await insertRow(tx, conversationTable, { id, kind: 'direct', userA: a, userB: b, createdAt: now });
  return id;
}

/** The author has read up to seq (their own message, or what they just opened). */
export async function markReadTo(tx: EntityManager, userId: string, conversationId: string, seq: number) {
  await insertRow(
    tx,
    conversationReadTable,
    { conversationId, userId, lastSeq: seq },
    { onConflict: ['userId', 'conversationId'], set: { lastSeq: 'max(last_seq, excluded.last_seq)' } },
  );
}

/**
 * Appends a message. seq is the office-wide next number: writes are serialised, so max + 1 is
 * free. A notice with a key that was already posted is not posted again (answers null).
 */
export async function appendMessage(
  tx: EntityManager,
  conversationId: string,
  author: Author,
  kind: ConversationMessage['kind'],
  text: string,
  now: string,
  noticeKey: string | null = null,
): Promise<ConversationMessage | null> {
  if (noticeKey) {
    const [done]: unknown[] = await tx.query('SELECT 1 FROM conversation_message WHERE notice_key = ?', [noticeKey]);
    if (done) return null;
  }
  const [{ n }]: { n: number }[] = await tx.query('SELECT coalesce(max(seq), 0) + 1 AS n FROM conversation_message');
  const message: ConversationMessage = {
    id: newId(),
    seq: n,
    authorId: author.id,
    authorName: author.name,
    kind,
    text,
    createdAt: now,
  };
  await insertRow(tx, conversationMessageTable, { ...message, conversationId, noticeKey });
  await tx.query('UPDATE conversation SET last_seq = ? WHERE id = ?', [n, conversationId]);
  if (author.id) await markReadTo(tx, author.id, conversationId, n);
  return message;
}
