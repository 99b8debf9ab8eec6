// Reading threads: the caller's list with unread counts, one thread's messages, the unread state
// for badges and notifications. Unread = messages by others after the caller's read marker.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import type {
  ConversationDetail,
  ConversationKind,
  ConversationMessage,
  ConversationSummary,
  UnreadState,
} from '../../../shared/schemas/conversation';
import { sessionTitle } from '../../../shared/schemas/session';
import { VISIBLE_TO, type Party } from './access';
import { conversationMessages as msg } from './messages';

/** The newest messages a thread view shows. */
export const THREAD_PAGE = 300;

interface SummaryRow {
  id: string;
  kind: ConversationKind;
  resolutionId: string | null;
  sessionId: string | null;
  userA: string | null;
  userB: string | null;
  incomingNumber: string | null;
  resolutionTitle: string | null;
  sessionNumber: number | null;
  sessionYear: number | null;
  nameA: string | null;
  nameB: string | null;
  lastText: string | null;
  lastAuthor: string | null;
  lastAt: string | null;
  unread: number;
}

// params: me (unread), me (read marker), me, me (visibility)
const SUMMARY_SQL = `SELECT c.id, c.kind, c.resolution_id AS resolutionId, c.session_id AS sessionId,
    c.user_a AS userA, c.user_b AS userB, r.incoming_number AS incomingNumber, r.title AS resolutionTitle,
    s.number AS sessionNumber, s.year AS sessionYear, ua.full_name AS nameA, ub.full_name AS nameB,
    lm.text AS lastText, lm.author_name AS lastAuthor, lm.created_at AS lastAt,
    (SELECT count(*) FROM conversation_message x WHERE x.conversation_id = c.id
      AND x.seq > coalesce(rd.last_seq, 0) AND x.author_id IS NOT ?) AS unread
  FROM conversation c
    LEFT JOIN resolution r ON r.id = c.resolution_id
    LEFT JOIN panel_session s ON s.id = c.session_id
    LEFT JOIN app_user ua ON ua.id = c.user_a
    LEFT JOIN app_user ub ON ub.id = c.user_b
    LEFT JOIN conversation_message lm ON lm.seq = c.last_seq
    LEFT JOIN conversation_read rd ON rd.conversation_id = c.id AND rd.user_id = ?
  WHERE ${VISIBLE_TO}`;

function toSummary(r: SummaryRow, me: Party): ConversationSummary {
  const other = r.kind === 'direct' ? (r.userA === me.id ? r.userB : r.userA) : null;
  const title =
    r.kind === 'resolution'
      ? msg.resolutionTitle(r.incomingNumber ?? '', r.resolutionTitle ?? '')
      : r.kind === 'session'
        ? sessionTitle({ number: r.sessionNumber ?? 0, year: r.sessionYear ?? 0 })
        : ((r.userA === me.id ? r.nameB : r.nameA) ?? '');
  return {
    id: r.id,
    kind: r.kind,
    title,
    resolutionId: r.resolutionId,
    sessionId: r.sessionId,
    otherUserId: other,
    lastAt: r.lastAt,
    lastText: r.lastText,
    lastAuthor: r.lastAuthor,
    unread: r.unread,
  };
}

const params = (me: Party) => [me.id, me.id, me.id, me.id];

/** The caller's threads that have messages, the latest first. */
export async function listThreads(m: EntityManager, me: Party): Promise<ConversationSummary[]> {
  const rows: SummaryRow[] = await m.query(`${SUMMARY_SQL} AND c.last_seq > 0 ORDER BY c.last_seq DESC`, params(me));
  return rows.map((r) => toSummary(r, me));
}

/** One thread the caller is in, or not_found (a thread one is not in is not told apart from none). */
export async function requireThread(m: EntityManager, me: Party, id: string): Promise<ConversationSummary> {
  const [row]: SummaryRow[] = await m.query(`${SUMMARY_SQL} AND c.id = ?`, [...params(me), id]);
  if (!row) throw new AppError('not_found', msg.notFound);
  return toSummary(row, me);
}

export const MESSAGE_COLUMNS = `id, seq, author_id AS authorId, author_name AS authorName, kind, text, created_at AS createdAt`;

export async function threadDetail(m: EntityManager, me: Party, id: string): Promise<ConversationDetail> {
  const conversation = await requireThread(m, me, id);
  const newest: ConversationMessage[] = await m.query(
    `SELECT ${MESSAGE_COLUMNS} FROM conversation_message WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?`,
    [id, THREAD_PAGE],
  );
  return { conversation, messages: newest.reverse() };
}

// params: me (read marker), me, me (visibility), me (author)
const UNREAD_FROM = `FROM conversation_message x JOIN conversation c ON c.id = x.conversation_id
    LEFT JOIN conversation_read rd ON rd.conversation_id = c.id AND rd.user_id = ?
  WHERE ${VISIBLE_TO} AND x.seq > coalesce(rd.last_seq, 0) AND x.author_id IS NOT ?`;

export async function unreadState(m: EntityManager, me: Party): Promise<UnreadState> {
  const p = [me.id, me.id, me.id, me.id];
  const [{ n }]: { n: number }[] = await m.query(`SELECT count(*) AS n ${UNREAD_FROM}`, p);
  const [latest]: UnreadState['latest'][] = await m.query(
    `SELECT x.conversation_id AS conversationId, x.seq, x.author_name AS authorName, x.text
     ${UNREAD_FROM} ORDER BY x.seq DESC LIMIT 1`,
    p,
  );
  return { unread: n, latest: latest ?? null };
}
