// Reads the rows the report definitions (shared/reports) count, straight from the records: no
// second copy of the truth. Every query starts from an index range: resolution_receipt
// (receipt_date, …) for what was received in the period, panel_session_date for its sessions,
// the date indexes of letters, answers and referrals for the councils' and boards' events;
// the rest are lookups by resolution id. A legal day of an instant is its day in Tehran
// (UTC+03:30, no daylight saving since 1401), as the lateness flag of migration 0008 computes it.
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import { memberFindingDeadline } from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { addDays } from '../../../shared/dates/jalali';
import type { ReportFacts } from '../../../shared/reports';
import type {
  AssignmentFact,
  FinancialFact,
  FindingTally,
  ObjectionFact,
  ResolutionFact,
  RulingOutcome,
} from '../../../shared/reports/facts';
import { AWAITING_PANEL } from '../../../shared/reports/clock';
import { objectionLookbackDays } from '../../../shared/reports/objections';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';

const TEHRAN_DAY = (col: string) => `date(${col}, '+210 minutes')`;

/** An assignment comes after receipt and before the objection deadline: this reaches far enough back. */
const ASSIGNMENT_LOOKBACK_DAYS = 60;

/** The ruling in force: the latest one no other ruling corrects. */
const inForceOf = (what: string) => `SELECT ${what} FROM ruling g
  WHERE g.resolution_id = r.id AND NOT EXISTS (SELECT 1 FROM ruling h WHERE h.corrects_id = g.id)
  ORDER BY g.recorded_at DESC LIMIT 1`;
const IN_FORCE = inForceOf(`g.outcome || '|' || coalesce(g.objection_grounds, '[]')`);

/** Joins the council only when the filter needs its kind: one lookup less per row otherwise. */
const councilJoin = (f: ReportFilters) => (f.councilKind === undefined ? '' : ' JOIN council c ON c.id = r.council_id');

function where(filters: ReportFilters): { sql: string; params: unknown[] } {
  const clauses: [string, unknown][] = [
    ['r.council_id = ?', filters.councilId],
    ['c.kind = ?', filters.councilKind],
    ['r.category = ?', filters.category],
    ['r.status = ?', filters.status],
  ];
  const used = clauses.filter(([, v]) => v !== undefined);
  return { sql: used.map(([c]) => ` AND ${c}`).join(''), params: used.map(([, v]) => v) };
}

function inForce(value: string | null): { outcome: RulingOutcome | null; grounds: string[] } {
  if (!value) return { outcome: null, grounds: [] };
  const cut = value.indexOf('|');
  const outcome = value.slice(0, cut) as RulingOutcome;
  return { outcome, grounds: outcome === 'objected' ? (JSON.parse(value.slice(cut + 1)) as string[]) : [] };
}

interface ResolutionRow {
  id: string | null;
  title: string | null;
  incomingNumber: string | null;
  councilId: string;
  category: string;
  status: string;
  approvalDate: string;
  receiptDate: string;
  objectionDeadline: string | null;
  rulingDate: string | null;
  inForce: string | null;
  objectionReceivedDate: string | null;
  /** 'answer|answer_date' */
  answered: string | null;
  /** 'referral_date|decision|decision_date', the last two empty while the board has not decided */
  referred: string | null;
}

/** States in which a resolution can be named in a list (lapsed, pending): only these carry their title. */
const LISTABLE = ['enforceable_by_lapse', ...AWAITING_PANEL].map((s) => `'${s}'`).join(', ');

interface CouncilOf {
  id: string;
  name: string;
  kind: string;
}

/**
 * Each council's display name and kind by its id, made once per report: the rows carry only the
 * council's id, so the query needs no lookup of the council per resolution.
 */
async function councilNames(m: EntityManager): Promise<Map<string, CouncilOf>> {
  const rows: { id: string; name: string; kind: string }[] = await m.query('SELECT id, name, kind FROM council');
  return new Map(rows.map((c) => [c.id, { id: c.id, name: councilDisplayName(c), kind: c.kind }]));
}

// A year at 200,000 resolutions is tens of thousands of rows: the query reads only what the
// figures use (the id and title only where a list or an objection can name them, the council by
// its row number), and each fact is built
// as one literal of fixed shape, which V8 reads far faster than spread copies of driver rows.
async function resolutions(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  councils: Map<string, CouncilOf>,
): Promise<ResolutionFact[]> {
  const w = where(f);
  // what follows an objection is looked up only where the ruling in force is an objection: no
  // figure reads it on another resolution (outcomes.ts), and most rulings find no conflict
  const objected = `q.inForce LIKE 'objected|%'`;
  const rows: ResolutionRow[] = await m.query(
    `WITH q AS MATERIALIZED (
       SELECT r.id AS rid, r.row_no AS rowNo, r.council_id AS councilId, r.category, r.status,
              CASE WHEN r.status IN (${LISTABLE}) THEN r.title END AS title,
              CASE WHEN r.status IN (${LISTABLE}) THEN r.incoming_number END AS incomingNumber,
              r.approval_date AS approvalDate, r.receipt_date AS receiptDate, r.objection_deadline AS objectionDeadline,
              (SELECT ${TEHRAN_DAY('min(x.recorded_at)')} FROM ruling x WHERE x.resolution_id = r.id) AS rulingDate,
              (${IN_FORCE}) AS inForce
         FROM resolution r${councilJoin(f)}
        WHERE r.receipt_date >= ? AND r.receipt_date <= ?${w.sql})
     SELECT CASE WHEN q.status IN (${LISTABLE}) OR ${objected} THEN q.rid END AS id, q.title, q.incomingNumber,
            q.councilId, q.category, q.status, q.approvalDate, q.receiptDate, q.objectionDeadline, q.rulingDate,
            q.inForce,
            CASE WHEN ${objected} THEN (SELECT l.council_received_date FROM council_letter l
                                         WHERE l.resolution_id = q.rid AND l.kind = 'objection') END
              AS objectionReceivedDate,
            CASE WHEN ${objected} THEN (SELECT a.answer || '|' || a.answer_date FROM council_answer a
                                         WHERE a.resolution_id = q.rid) END AS answered,
            CASE WHEN ${objected} THEN (SELECT b.referral_date || '|' || coalesce(b.decision, '') || '|' ||
                                               coalesce(b.decision_date, '') FROM board_referral b
                                         WHERE b.resolution_id = q.rid) END AS referred
       FROM q ORDER BY q.receiptDate, q.rowNo`,
    [p.from, p.to, ...w.params],
  );
  const out: ResolutionFact[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const ruling = inForce(r.inForce);
    const council = councils.get(r.councilId)!;
    const answered = r.answered?.split('|');
    const referred = r.referred?.split('|');
    out[i] = {
      id: r.id ?? '',
      title: r.title ?? '',
      incomingNumber: r.incomingNumber ?? '',
      councilId: council.id,
      councilName: council.name,
      councilKind: council.kind,
      category: r.category,
      status: r.status,
      approvalDate: r.approvalDate,
      receiptDate: r.receiptDate,
      objectionDeadline: r.objectionDeadline,
      rulingDate: r.rulingDate,
      rulingOutcome: ruling.outcome,
      grounds: ruling.grounds,
      objectionReceivedDate: r.objectionReceivedDate,
      answer: (answered?.[0] ?? null) as ResolutionFact['answer'],
      answerDate: answered?.[1] ?? null,
      referralDate: referred?.[0] ?? null,
      decision: (referred?.[1] || null) as ResolutionFact['decision'],
      decisionDate: referred?.[2] || null,
    };
  }
  return out;
}

/**
 * Objections with a council or board event in the period (objections.ts): the letter received,
 * the answer, the referral or the decision in it, or a window that can have closed in it. Each
 * branch of the UNION is a range scan of its own date index (migration 0010).
 */
async function objections(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  policy: DeadlinePolicy,
): Promise<ObjectionFact[]> {
  const w = where(f);
  const since = addDays(p.from, -objectionLookbackDays(policy));
  const rows: ObjectionFact[] = await m.query(
    `SELECT r.id AS resolutionId, r.council_id AS councilId, c.name AS councilName, c.kind AS councilKind,
            l.council_received_date AS objectionReceivedDate, a.answer, a.answer_date AS answerDate,
            b.referral_date AS referralDate, b.decision, b.decision_date AS decisionDate
       FROM resolution r JOIN council c ON c.id = r.council_id
       LEFT JOIN council_letter l ON l.resolution_id = r.id AND l.kind = 'objection'
       LEFT JOIN council_answer a ON a.resolution_id = r.id
       LEFT JOIN board_referral b ON b.resolution_id = r.id
      WHERE r.id IN (
              SELECT resolution_id FROM council_letter
               WHERE kind = 'objection' AND council_received_date >= ? AND council_received_date <= ?
              UNION SELECT resolution_id FROM council_answer WHERE answer_date >= ? AND answer_date <= ?
              UNION SELECT resolution_id FROM board_referral WHERE referral_date >= ? AND referral_date <= ?
              UNION SELECT resolution_id FROM board_referral WHERE decision_date >= ? AND decision_date <= ?)${w.sql}
      ORDER BY r.receipt_date, r.row_no`,
    [since, p.to, p.from, p.to, since, p.to, p.from, p.to, ...w.params],
  );
  return rows.map((r) => ({ ...r, councilName: councilDisplayName({ kind: r.councilKind, name: r.councilName }) }));
}

/** The period's financial resolutions, through the partial index resolution_financial (migration 0011). */
async function financial(m: EntityManager, p: ResolvedPeriod, f: ReportFilters): Promise<FinancialFact[]> {
  const w = where(f);
  const rows: (Omit<FinancialFact, 'rulingOutcome'> & { councilKind: string; inForce: string | null })[] =
    await m.query(
      `SELECT r.id, r.title, r.incoming_number AS incomingNumber, c.name AS councilName, c.kind AS councilKind,
              r.category, r.receipt_date AS receiptDate, r.financial_kind AS kind, r.amount_rials AS amountRials,
              r.budget_year AS budgetYear, r.budget_line AS budgetLine,
              r.project_duration_months AS projectDurationMonths, r.project_cost_rials AS projectCostRials,
              (${IN_FORCE}) AS inForce
         FROM resolution r INDEXED BY resolution_financial JOIN council c ON c.id = r.council_id
        WHERE r.receipt_date >= ? AND r.receipt_date <= ? AND r.financial_kind IS NOT NULL${w.sql}`,
      [p.from, p.to, ...w.params],
    );
  return rows.map(({ inForce: value, councilKind, councilName, ...r }) => ({
    ...r,
    councilName: councilDisplayName({ kind: councilKind, name: councilName }),
    rulingOutcome: inForce(value).outcome,
  }));
}

async function attendance(m: EntityManager, p: ResolvedPeriod) {
  const rows: { sessionId: string; memberId: string; memberName: string; present: number }[] = await m.query(
    `SELECT a.session_id AS sessionId, a.member_id AS memberId, a.full_name AS memberName, a.present
       FROM panel_session s JOIN session_attendance a ON a.session_id = s.id
      WHERE s.date >= ? AND s.date <= ? AND s.status = 'closed'`,
    [p.from, p.to],
  );
  return rows.map((r) => ({ ...r, present: r.present === 1 }));
}

/**
 * The member's deadline (memberFindingDeadline) for every receipt date of the register, as JSON
 * for the findings query: a few thousand days, computed once per deadline policy.
 */
const deadlinesByPolicy = new Map<string, { from: string; to: string; json: string }>();
async function findingDeadlines(m: EntityManager, policy: DeadlinePolicy): Promise<string> {
  const [{ lo, hi }]: { lo: string | null; hi: string | null }[] = await m.query(
    'SELECT min(receipt_date) AS lo, max(receipt_date) AS hi FROM resolution',
  );
  if (!lo || !hi) return '{}';
  const key = JSON.stringify(policy);
  const known = deadlinesByPolicy.get(key);
  if (known && known.from <= lo && known.to >= hi) return known.json;
  const out: Record<string, string> = {};
  for (let d = lo; d <= hi; d = addDays(d, 1)) out[d] = memberFindingDeadline(d, policy);
  if (deadlinesByPolicy.size > 4) deadlinesByPolicy.clear();
  const json = JSON.stringify(out);
  deadlinesByPolicy.set(key, { from: lo, to: hi, json });
  return json;
}

/**
 * The findings at the sessions held in the period, counted per member in SQL (a year is some
 * 170,000 findings at the bench's size): each agenda item's resolution is read once (its
 * receipt day's deadline, its ruling in force, the filters), then the findings are summed by
 * the rules of tallyFindings (shared/reports/people.ts): on time = recorded (Tehran day) on or
 * before the member's deadline; agreement = a no-conflict finding with a compliant ruling or
 * a conflict finding with an objection.
 */
async function findings(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  policy: DeadlinePolicy,
): Promise<FindingTally[]> {
  const w = where(f);
  const own = `f.source = 'member'`;
  const ruled = `${own} AND x.outcome IS NOT NULL`;
  return m.query(
    `WITH dl(receipt, deadline) AS MATERIALIZED (SELECT key, value FROM json_each(?)),
          x AS MATERIALIZED (
            SELECT i.id AS item, (SELECT d.deadline FROM dl d WHERE d.receipt = r.receipt_date) AS deadline,
                   (${inForceOf('g.outcome')}) AS outcome
              FROM panel_session s CROSS JOIN session_item i ON i.session_id = s.id
              CROSS JOIN resolution r ON r.id = i.resolution_id${councilJoin(f)}
             WHERE s.date >= ? AND s.date <= ? AND s.status <> 'cancelled'${w.sql})
     SELECT f.member_id AS memberId, u.full_name AS memberName,
            sum(${own}) AS findings,
            sum(${own} AND ${TEHRAN_DAY('f.recorded_at')} <= x.deadline) AS onTime,
            sum(f.source = 'system') AS silent,
            sum(${ruled}) AS comparable,
            sum(${ruled} AND (f.finding = 'no_conflict') = (x.outcome = 'compliant')) AS agreed
       FROM panel_session s CROSS JOIN session_finding f ON f.session_id = s.id
       JOIN x ON x.item = f.item_id JOIN app_user u ON u.id = f.member_id
      WHERE s.date >= ? AND s.date <= ? AND s.status <> 'cancelled'
      GROUP BY f.member_id`,
    [await findingDeadlines(m, policy), p.from, p.to, ...w.params, p.from, p.to],
  );
}

async function assignments(m: EntityManager, p: ResolvedPeriod, f: ReportFilters): Promise<AssignmentFact[]> {
  const w = where(f);
  const rows: (Omit<AssignmentFact, 'expertName'> & { expertName: string | null })[] = await m.query(
    `SELECT e.entity_id AS resolutionId, e.expertId, u.full_name AS expertName, e.assignedDate, e.dueDate,
            (SELECT ${TEHRAN_DAY('min(o.submitted_at)')} FROM expert_opinion o
              WHERE o.resolution_id = e.entity_id AND o.expert_id = e.expertId AND o.status = 'submitted') AS submittedDate
       FROM (SELECT a.seq, a.entity_id, json_extract(a.after, '$.assignedExpertId') AS expertId,
                    json_extract(a.after, '$.dueDate') AS dueDate, ${TEHRAN_DAY('a.at')} AS assignedDate
               FROM resolution r JOIN council c ON c.id = r.council_id
               JOIN audit_event a ON a.entity_id = r.id AND a.action IN ('assign_expert', 'reassign_expert')
              WHERE r.receipt_date >= ? AND r.receipt_date <= ?${w.sql}) e
       LEFT JOIN app_user u ON u.id = e.expertId
      ORDER BY e.seq`,
    [addDays(p.from, -ASSIGNMENT_LOOKBACK_DAYS), p.to, ...w.params],
  );
  // an expert replaced before giving an opinion is not held to that assignment
  const last = new Map(rows.map((r) => [r.resolutionId, r.expertId]));
  return rows
    .filter((r) => r.assignedDate >= p.from && r.assignedDate <= p.to)
    .filter((r) => r.submittedDate !== null || last.get(r.resolutionId) === r.expertId)
    .map((r) => ({ ...r, expertName: r.expertName ?? r.expertId, dueDate: r.dueDate ?? r.assignedDate }));
}

async function people(m: EntityManager, role: 'member' | 'expert') {
  return (await m.query(
    `SELECT id, full_name AS name FROM app_user WHERE role = ? AND active = 1 ORDER BY is_chair DESC, full_name`,
    [role],
  )) as { id: string; name: string }[];
}

export async function readReportFacts(
  m: EntityManager,
  period: ResolvedPeriod,
  filters: ReportFilters,
  policy: DeadlinePolicy,
): Promise<ReportFacts> {
  const councils = await councilNames(m);
  const [res, obj, money, att, fin, asg, members, experts] = await Promise.all([
    resolutions(m, period, filters, councils),
    objections(m, period, filters, policy),
    financial(m, period, filters),
    attendance(m, period),
    findings(m, period, filters, policy),
    assignments(m, period, filters),
    people(m, 'member'),
    people(m, 'expert'),
  ]);
  return {
    resolutions: res,
    objections: obj,
    financial: money,
    attendance: att,
    findings: [],
    findingTallies: fin,
    assignments: asg,
    members,
    experts,
  };
}
