// One session as the rules see it: its members and attendance, the quorum, the agenda with each
// item's findings and tally. Read inside a write transaction (to rule) or from the reader (to show).
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { countdownFa, daysLeft, memberFindingDeadline } from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { todayInTehran } from '../../../shared/dates/jalali';
import type { StatusCode } from '../../../shared/domain/statuses';
import type {
  Decision,
  FindingCode,
  FindingSource,
  ItemObjection,
  ItemState,
  QuorumState,
  RulingOutcome,
  SessionDetail,
  SessionFinding,
  SessionItem,
  SessionMember,
  SessionSettings,
  SessionStatus,
  SessionSummary,
  Tally,
} from '../../../shared/schemas/session';
import { currentPolicy } from '../lifecycle/policy';
import { PanelSessionEntity, type PanelSessionRow } from './entities';
import { quorumRequired, sessionSettings } from './settings';
import { decide, isUncontested } from './tally';
import { itemObjections } from './objections';
import { liveTally, planClose } from './plan';
import { sessionMessages as msg } from './messages';

export const SESSION_NOT_FOUND = msg.notFound;

/** An agenda item joined with what the screens and the rules need of its resolution. */
export interface ItemRecord {
  id: string;
  position: number;
  resolutionId: string;
  state: ItemState;
  outcome: RulingOutcome | null;
  votesConflict: number | null;
  votesPartial: number | null;
  votesNoConflict: number | null;
  votesSystem: number | null;
  votesMissing: number | null;
  note: string;
  rulingId: string | null;
  ruledAt: string | null;
  title: string;
  councilResolutionNumber: string;
  incomingNumber: string;
  resolutionStatus: StatusCode;
  objectionDeadline: string | null;
  receiptDate: string;
  councilKind: string;
  councilName: string;
}

export interface FindingRecord {
  itemId: string;
  memberId: string;
  finding: FindingCode;
  source: FindingSource;
  note: string;
  recordedAt: string;
}

export interface SessionState {
  session: PanelSessionRow;
  members: SessionMember[];
  quorum: QuorumState;
  /** whose findings count: the members present, or every active member before attendance */
  voters: string[];
  items: ItemRecord[];
  findings: Map<string, FindingRecord[]>;
  /** per item: the objection its ruling would record (the panel's draft, else the expert's) */
  objections: Map<string, ItemObjection>;
  policy: DeadlinePolicy;
  settings: SessionSettings;
  now: Date;
  today: string;
}

const ITEMS_SQL = `SELECT i.id, i.position, i.resolution_id AS resolutionId, i.state, i.outcome,
    i.votes_conflict AS votesConflict, i.votes_partial AS votesPartial, i.votes_no_conflict AS votesNoConflict,
    i.votes_system AS votesSystem, i.votes_missing AS votesMissing, i.note, i.ruling_id AS rulingId,
    i.ruled_at AS ruledAt, r.title, r.council_resolution_number AS councilResolutionNumber,
    r.incoming_number AS incomingNumber, r.status AS resolutionStatus, r.objection_deadline AS objectionDeadline,
    r.receipt_date AS receiptDate, c.kind AS councilKind, c.name AS councilName
  FROM session_item i JOIN resolution r ON r.id = i.resolution_id JOIN council c ON c.id = r.council_id
  WHERE i.session_id = ? AND i.state != 'removed'
  ORDER BY i.position, i.created_at`;

export async function requireSessionRow(m: EntityManager, id: string): Promise<PanelSessionRow> {
  const row = await m.getRepository(PanelSessionEntity).findOneBy({ id });
  if (!row) throw new AppError('not_found', SESSION_NOT_FOUND);
  return row;
}

async function loadMembers(m: EntityManager, s: PanelSessionRow): Promise<SessionMember[]> {
  const attendance: { memberId: string; present: number; fullName: string; title: string; isChair: number }[] =
    await m.query(
      `SELECT member_id AS memberId, present, full_name AS fullName, title, is_chair AS isChair
         FROM session_attendance WHERE session_id = ?`,
      [s.id],
    );
  const recorded = s.attendanceRecordedAt !== null;
  const byId = new Map<string, SessionMember>();
  // a closed session shows the attendance as it was recorded, whoever has left the panel since
  if (s.status !== 'closed') {
    const active: { id: string; fullName: string; title: string; isChair: number }[] = await m.query(
      `SELECT id, full_name AS fullName, title, is_chair AS isChair FROM app_user WHERE role = 'member' AND active = 1`,
    );
    for (const u of active) {
      byId.set(u.id, {
        id: u.id,
        fullName: u.fullName,
        title: u.title,
        isChair: Boolean(u.isChair),
        present: recorded ? false : null,
      });
    }
  }
  for (const a of attendance) {
    const current = byId.get(a.memberId);
    byId.set(a.memberId, {
      id: a.memberId,
      fullName: current?.fullName ?? a.fullName,
      title: current?.title ?? a.title,
      isChair: current?.isChair ?? Boolean(a.isChair),
      present: Boolean(a.present),
    });
  }
  // the chair first, then by name, as the minutes list them
  return [...byId.values()].sort(
    (a, b) => Number(b.isChair) - Number(a.isChair) || a.fullName.localeCompare(b.fullName, 'fa'),
  );
}

export async function loadSessionState(m: EntityManager, id: string, now: Date): Promise<SessionState> {
  const session = await requireSessionRow(m, id);
  // one query at a time: inside a write transaction they share one connection
  const members = await loadMembers(m, session);
  const policy = await currentPolicy(m);
  const settings = await sessionSettings(m);
  const items: ItemRecord[] = await m.query(ITEMS_SQL, [id]);
  const findingRows: FindingRecord[] = await m.query(
    `SELECT item_id AS itemId, member_id AS memberId, finding, source, note, recorded_at AS recordedAt
       FROM session_finding WHERE session_id = ? ORDER BY recorded_at`,
    [id],
  );
  const recorded = session.attendanceRecordedAt !== null;
  const present = members.filter((x) => x.present === true).map((x) => x.id);
  const activeMembers = members.length;
  const required =
    session.status === 'closed' && session.quorumRequired !== null
      ? session.quorumRequired
      : quorumRequired(settings, activeMembers);
  const quorum: QuorumState = {
    activeMembers,
    required,
    present: present.length,
    recorded,
    met: recorded && present.length > 0 && present.length >= required,
  };
  const findings = new Map<string, FindingRecord[]>();
  for (const f of findingRows) findings.set(f.itemId, [...(findings.get(f.itemId) ?? []), f]);
  const objections = await itemObjections(m, id);
  return {
    session,
    members,
    quorum,
    voters: recorded ? present : members.map((x) => x.id),
    items,
    findings,
    objections,
    policy,
    settings,
    now,
    today: todayInTehran(now),
  };
}

function frozenTally(item: ItemRecord): Tally {
  return {
    conflict: item.votesConflict ?? 0,
    partial: item.votesPartial ?? 0,
    noConflict: item.votesNoConflict ?? 0,
    systemNoConflict: item.votesSystem ?? 0,
    missing: item.votesMissing ?? 0,
  };
}

export function itemTally(st: SessionState, item: ItemRecord): Tally {
  return item.state === 'pending' ? liveTally(st, item).tally : frozenTally(item);
}

function toFinding(f: FindingRecord): SessionFinding {
  return { memberId: f.memberId, finding: f.finding, source: f.source, note: f.note, recordedAt: f.recordedAt };
}

export function itemView(st: SessionState, item: ItemRecord): SessionItem {
  const pending = item.state === 'pending';
  let tally: Tally;
  let decision: Decision;
  let silenceFinal = false;
  let uncontested = false;
  if (pending) {
    ({ tally, silenceFinal } = liveTally(st, item));
    decision = decide(tally, st.quorum.recorded ? st.quorum.met : null);
    uncontested = st.quorum.met && isUncontested(tally);
  } else {
    tally = frozenTally(item);
    decision = item.outcome ?? (st.quorum.met ? 'tie' : 'no_quorum');
  }
  const findingDeadline = pending ? memberFindingDeadline(item.receiptDate, st.policy) : null;
  return {
    id: item.id,
    position: item.position,
    resolutionId: item.resolutionId,
    title: item.title,
    councilDisplayName: councilDisplayName({ kind: item.councilKind, name: item.councilName }),
    councilResolutionNumber: item.councilResolutionNumber,
    incomingNumber: item.incomingNumber,
    resolutionStatus: item.resolutionStatus,
    objectionDeadline: item.objectionDeadline,
    findingDeadline,
    daysLeft: findingDeadline ? daysLeft(findingDeadline, st.now) : null,
    countdownFa: findingDeadline ? countdownFa(findingDeadline, st.now) : null,
    state: item.state,
    outcome: item.outcome,
    note: item.note,
    rulingId: item.rulingId,
    ruledAt: item.ruledAt,
    findings: (st.findings.get(item.id) ?? []).map(toFinding),
    tally,
    decision,
    uncontested,
    silenceFinal,
    objection: pending ? (st.objections.get(item.id) ?? null) : null,
    atClose: pending && st.session.status === 'scheduled' ? planClose(st, item) : null,
  };
}

export async function summaryOf(m: EntityManager, s: PanelSessionRow): Promise<SessionSummary> {
  const [counts]: { itemCount: number; ruledCount: number }[] = await m.query(
    `SELECT count(*) AS itemCount, coalesce(sum(state = 'ruled'), 0) AS ruledCount
       FROM session_item WHERE session_id = ? AND state != 'removed'`,
    [s.id],
  );
  return toSummary(s, counts.itemCount, counts.ruledCount);
}

export function toSummary(s: PanelSessionRow, itemCount: number, ruledCount: number): SessionSummary {
  return {
    id: s.id,
    year: s.year,
    number: s.number,
    date: s.date,
    time: s.time,
    place: s.place,
    note: s.note,
    status: s.status as SessionStatus,
    cancelReason: s.cancelReason,
    itemCount,
    ruledCount,
    closedAt: s.closedAt,
    rev: s.rev,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export function detailOf(st: SessionState): SessionDetail {
  const ruled = st.items.filter((i) => i.state === 'ruled').length;
  return {
    session: toSummary(st.session, st.items.length, ruled),
    quorum: st.quorum,
    members: st.members,
    items: st.items.map((i) => itemView(st, i)),
    agendaLimit: st.settings.agendaLimit,
    today: st.today,
  };
}
