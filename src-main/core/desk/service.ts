// The desk (میز کار): deadlines and waiting work for the caller's role. Every query is an index
// range scan or a small join: resolution_due (due_date, due_kind), resolution_expert
// (assigned_expert_id, due_date), resolution_status_deadline (status, objection_deadline), so the
// desk stays fast at 200,000 resolutions.
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { StatusCode } from '../../../shared/domain/statuses';
import { countdownFa, daysLeft, memberFindingDeadline } from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { addDays, diffDays, todayInTehran } from '../../../shared/dates/jalali';
import type { DueKind } from '../../../shared/lifecycle/due';
import type { Role } from '../../../shared/lifecycle/roles';
import type { Desk, DeskBucket, DeskBucketKey, DeskItem, DeskSession } from '../../../shared/schemas/desk';
import type { SessionStatus } from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { silenceIsFinal } from '../sessions/tally';
import { WAITING_ITEMS } from '../sessions/waiting';
import { deskMessages as msg } from './messages';

interface Ctx {
  m: EntityManager;
  now: Date;
  today: string;
  /** the last day counted as «due soon» */
  soonEnd: string;
  limit: number;
}

interface ResolutionItemRow {
  id: string;
  title: string;
  incomingNumber: string;
  status: StatusCode;
  dueDate: string | null;
  dueKind: DueKind | null;
  councilKind: string;
  councilName: string;
}

const ITEM_COLUMNS = `r.id, r.title, r.incoming_number AS incomingNumber, r.status, r.due_date AS dueDate,
  r.due_kind AS dueKind, c.kind AS councilKind, c.name AS councilName`;
const FROM = 'FROM resolution r JOIN council c ON c.id = r.council_id';

function toItem(c: Ctx, r: ResolutionItemRow): DeskItem {
  return {
    key: r.id,
    resolutionId: r.id,
    title: r.title,
    councilDisplayName: councilDisplayName({ kind: r.councilKind, name: r.councilName }),
    incomingNumber: r.incomingNumber,
    status: r.status,
    dueDate: r.dueDate,
    dueKind: r.dueKind,
    daysLeft: r.dueDate ? daysLeft(r.dueDate, c.now) : null,
    countdownFa: r.dueDate ? countdownFa(r.dueDate, c.now) : null,
    session: null,
  };
}

function bucket(
  key: DeskBucketKey,
  count: number,
  items: DeskItem[],
  registerStatus: StatusCode[] | null = null,
): DeskBucket {
  return { key, count, items, registerStatus };
}

async function items(c: Ctx, where: string, params: unknown[], order = 'r.due_date, r.row_no'): Promise<DeskItem[]> {
  const rows: ResolutionItemRow[] = await c.m.query(
    `SELECT ${ITEM_COLUMNS} ${FROM} WHERE ${where} ORDER BY ${order} LIMIT ?`,
    [...params, c.limit],
  );
  return rows.map((r) => toItem(c, r));
}

async function count(c: Ctx, where: string, params: unknown[]): Promise<number> {
  const [{ n }] = await c.m.query(`SELECT count(*) AS n FROM resolution r WHERE ${where}`, params);
  return n;
}

/** Overdue, due today and due soon, over the rows `scope` selects (its index leads with due_date). */
async function deadlineBuckets(c: Ctx, scope: string, params: unknown[]): Promise<DeskBucket[]> {
  const [counts]: { overdue: number | null; today: number | null; soon: number | null }[] = await c.m.query(
    `SELECT sum(r.due_date < ?) AS overdue, sum(r.due_date = ?) AS today, sum(r.due_date > ?) AS soon
       FROM resolution r WHERE ${scope} AND r.due_date IS NOT NULL AND r.due_date <= ?`,
    [c.today, c.today, c.today, ...params, c.soonEnd],
  );
  const ranges: [DeskBucketKey, string, unknown[], number | null][] = [
    ['overdue', 'r.due_date < ?', [c.today], counts.overdue],
    ['dueToday', 'r.due_date = ?', [c.today], counts.today],
    ['dueSoon', 'r.due_date > ? AND r.due_date <= ?', [c.today, c.soonEnd], counts.soon],
  ];
  const out: DeskBucket[] = [];
  for (const [key, range, values, n] of ranges) {
    out.push(
      bucket(
        key,
        n ?? 0,
        n ? await items(c, `${scope} AND r.due_date IS NOT NULL AND ${range}`, [...params, ...values]) : [],
      ),
    );
  }
  return out;
}

async function statusBucket(
  c: Ctx,
  key: DeskBucketKey,
  status: StatusCode,
  extra = '',
  extraParams: unknown[] = [],
  order = 'r.objection_deadline, r.row_no',
): Promise<DeskBucket> {
  const where = `r.status = ?${extra ? ` AND ${extra}` : ''}`;
  const params = [status, ...extraParams];
  const n = await count(c, where, params);
  return bucket(key, n, n ? await items(c, where, params, order) : [], [status]);
}

const NOT_ON_AGENDA = `NOT EXISTS (SELECT 1 FROM session_item i JOIN panel_session s ON s.id = i.session_id
  WHERE i.resolution_id = r.id AND i.state = 'pending' AND s.status = 'scheduled')`;

/**
 * Resolutions registered after their objection window had ended (issue 11), newest first: they
 * lapsed at registration, and stay here for accountability, each saying by how many days.
 */
async function lateBucket(c: Ctx): Promise<DeskBucket> {
  const where = 'r.registered_late = 1';
  const n = await count(c, where, []);
  const rows: (ResolutionItemRow & { deadline: string; createdAt: string })[] = n
    ? await c.m.query(
        `SELECT ${ITEM_COLUMNS}, r.objection_deadline AS deadline, r.created_at AS createdAt ${FROM}
          WHERE ${where} ORDER BY r.created_at DESC, r.row_no DESC LIMIT ?`,
        [c.limit],
      )
    : [];
  const items = rows.map((r) => ({
    ...toItem(c, { ...r, dueDate: null, dueKind: null }),
    note: msg.lateNote(diffDays(todayInTehran(new Date(r.createdAt)), r.deadline)),
  }));
  return { ...bucket('lateRegistered', n, items), registerLate: true };
}

async function secretaryBuckets(c: Ctx): Promise<DeskBucket[]> {
  return [
    ...(await deadlineBuckets(c, '1 = 1', [])),
    await statusBucket(c, 'toAssign', 'received'),
    await statusBucket(c, 'toRule', 'awaiting_ruling', NOT_ON_AGENDA),
    await statusBucket(c, 'objectionLetters', 'objected'),
    await statusBucket(
      c,
      'councilAnswers',
      'with_council',
      `r.due_kind = 'council_answer' AND r.due_date <= ?`,
      [c.soonEnd],
      'r.due_date, r.row_no',
    ),
    await statusBucket(
      c,
      'boardOverdue',
      'referred',
      `r.due_kind = 'dispute_board' AND r.due_date < ?`,
      [c.today],
      'r.due_date, r.row_no',
    ),
    await lateBucket(c),
  ];
}

async function expertBuckets(c: Ctx, expertId: string): Promise<DeskBucket[]> {
  const mine = `r.assigned_expert_id = ? AND r.status = 'under_review'`;
  const n = await count(c, mine, [expertId]);
  return [
    ...(await deadlineBuckets(c, mine, [expertId])),
    bucket('assigned', n, n ? await items(c, mine, [expertId]) : [], null),
  ];
}

interface FindingDueRow extends ResolutionItemRow {
  itemId: string;
  receiptDate: string;
  sessionId: string;
  sessionNumber: number;
  sessionYear: number;
  sessionDate: string;
}

/**
 * A member's work: agenda items of sessions still to be held on which they have not voted and
 * still may: not where attendance records them absent, nor once their deadline day has ended.
 */
async function memberBuckets(c: Ctx, memberId: string, policy: DeadlinePolicy): Promise<DeskBucket[]> {
  const rows: FindingDueRow[] = await c.m.query(
    `SELECT ${ITEM_COLUMNS}, r.receipt_date AS receiptDate, i.id AS itemId, s.id AS sessionId,
       s.number AS sessionNumber, s.year AS sessionYear, s.date AS sessionDate
     ${WAITING_ITEMS}`,
    [memberId, memberId],
  );
  const open = rows.filter((r) => !silenceIsFinal(r.receiptDate, policy, c.now));
  const all = open.map((r): DeskItem => {
    const deadline = memberFindingDeadline(r.receiptDate, policy);
    return {
      ...toItem(c, { ...r, dueDate: deadline, dueKind: null }),
      key: r.itemId,
      session: { id: r.sessionId, number: r.sessionNumber, year: r.sessionYear, date: r.sessionDate },
    };
  });
  const byDeadline = [...all].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const pick = (key: DeskBucketKey, p: (d: string) => boolean) => {
    const xs = byDeadline.filter((x) => x.dueDate !== null && p(x.dueDate));
    return bucket(key, xs.length, xs.slice(0, c.limit));
  };
  return [
    pick('overdue', (d) => d < c.today),
    pick('dueToday', (d) => d === c.today),
    pick('dueSoon', (d) => d > c.today && d <= c.soonEnd),
    bucket('findings', all.length, all.slice(0, c.limit)),
  ];
}

async function upcomingSessions(c: Ctx): Promise<DeskSession[]> {
  const rows: Omit<DeskSession, 'daysLeft'>[] = await c.m.query(
    `SELECT s.id, s.year, s.number, s.date, s.time, s.place, s.status,
       (SELECT count(*) FROM session_item i WHERE i.session_id = s.id AND i.state != 'removed') AS itemCount
     FROM panel_session s WHERE s.status = 'scheduled' AND s.date >= ? ORDER BY s.date, s.time LIMIT 12`,
    [c.today],
  );
  return rows.map((s) => ({ ...s, status: s.status as SessionStatus, daysLeft: daysLeft(s.date, c.now) }));
}

async function statusCounts(c: Ctx): Promise<Desk['statusCounts']> {
  return c.m.query('SELECT status, count(*) AS count FROM resolution GROUP BY status ORDER BY status');
}

export async function getDesk(core: CoreContext, call: CallContext, limit: number): Promise<Desk> {
  const m = core.db.read;
  const now = core.clock();
  const policy = await currentPolicy(m);
  const today = todayInTehran(now);
  const horizonDays = Math.max(0, ...policy.reminderDaysBefore) || 3;
  const c: Ctx = { m, now, today, soonEnd: addDays(today, horizonDays), limit };
  const role = call.actor.role as Role;
  let buckets: DeskBucket[];
  if (role === 'secretary') buckets = await secretaryBuckets(c);
  else if (role === 'expert') buckets = await expertBuckets(c, call.actor.id);
  else if (role === 'member') buckets = await memberBuckets(c, call.actor.id, policy);
  else buckets = [...(await deadlineBuckets(c, '1 = 1', [])), await lateBucket(c)];
  return {
    role,
    today,
    horizonDays,
    buckets,
    // the overview is the viewer's and the admin's desk; the others' desks are their own work
    statusCounts: role === 'viewer' || role === 'admin' ? await statusCounts(c) : [],
    upcomingSessions: await upcomingSessions(c),
  };
}
