// A lived-in office for the reports at scale (issue 12): the generated register gets what five
// years of a panel leave behind, so a year's report counts real rows. The panel (five members,
// one the chair) meets twice a week; every resolution whose window has closed was ruled at a
// session (with each member's finding, silence counted by the system) or let lapse; objections
// go to the council (letter, answer in time or late, repeal, amendment or insistence) and on to
// the dispute board (decided or still waiting); two in five resolutions were given to one of
// four experts (the audit event of the assignment, the opinion on time or late); one in
// twenty-five has a financial side. Straight SQL as the services would have left it (fixed
// patterns by row number, so every run builds the same office), one transaction.
import type { EntityManager } from 'typeorm';
import { addDays, diffDays, jalaliYear, weekdayOf } from '../../shared/dates/jalali';

const MEMBERS = ['bench-m1', 'bench-m2', 'bench-m3', 'bench-m4', 'bench-m5'];
const EXPERTS = ['bench-e1', 'bench-e2', 'bench-e3', 'bench-e4'];
const SECRETARY = { recorded_by: 'bench-secretary', recorded_by_name: 'دبیر' };
const GROUNDS = ['conflicts_with_law', 'beyond_powers', 'conflicts_with_islamic_standards'];
/** 11:30 in Tehran on the legal day `d` */
const at = (d: string) => `${d}T08:00:00.000Z`;

export interface HistoryCounts {
  sessions: number;
  rulings: number;
  findings: number;
  letters: number;
  answers: number;
  referrals: number;
  assignments: number;
}

/** Multi-row INSERTs of at most ~8,000 parameters (each statement is a round trip to the driver). */
async function insertMany(tx: EntityManager, table: string, cols: string[], rows: unknown[][]) {
  const per = Math.max(1, Math.floor(8000 / cols.length));
  const one = `(${cols.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    await tx.query(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${part.map(() => one).join(', ')}`, part.flat());
  }
}

interface Row {
  id: string;
  rowNo: number;
  receipt: string;
  deadline: string;
}

/** The first closed session on or after `d` (binary search over the sorted dates). */
function sessionOn(dates: string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export async function buildHistory(tx: EntityManager, today: string): Promise<HistoryCounts> {
  const [{ officeId }]: { officeId: string }[] = await tx.query('SELECT id AS officeId FROM office LIMIT 1');
  const now = at(today);
  const user = (id: string, name: string, role: string, chair = 0) => [
    id,
    officeId,
    id,
    name,
    role,
    chair,
    'not-a-hash',
    now,
    now,
  ];
  await insertMany(
    tx,
    'app_user',
    ['id', 'office_id', 'username', 'full_name', 'role', 'is_chair', 'password_hash', 'created_at', 'updated_at'],
    [
      ...MEMBERS.map((id, i) => user(id, `عضو ${i + 1}`, 'member', i === 0 ? 1 : 0)),
      ...EXPERTS.map((id, i) => user(id, `کارشناس ${i + 1}`, 'expert')),
    ],
  );

  const res: Row[] = await tx.query(
    `SELECT id, row_no AS rowNo, receipt_date AS receipt, objection_deadline AS deadline FROM resolution
      WHERE objection_deadline IS NOT NULL ORDER BY row_no`,
  );

  // sessions on Sundays and Wednesdays from the first receipt to two weeks ahead; one in 30 cancelled
  const sessions: unknown[][] = [];
  const closed: string[] = [];
  const closedIds: string[] = [];
  const serial = new Map<number, number>();
  for (let d = res[0].receipt; d <= addDays(today, 14); d = addDays(d, 1)) {
    if (weekdayOf(d) !== 1 && weekdayOf(d) !== 4) continue;
    const y = jalaliYear(d);
    const no = (serial.get(y) ?? 0) + 1;
    serial.set(y, no);
    const id = `bench-session-${d}`;
    const status = d >= today ? 'scheduled' : no % 30 === 7 ? 'cancelled' : 'closed';
    if (status === 'closed') {
      closed.push(d);
      closedIds.push(id);
    }
    sessions.push([id, officeId, y, no, d, '10:00', 'فرمانداری', status, 'bench', now, now]);
  }
  await insertMany(
    tx,
    'panel_session',
    ['id', 'office_id', 'year', 'number', 'date', 'time', 'place', 'status', 'created_by', 'created_at', 'updated_at'],
    sessions,
  );
  // one member in nine misses a session
  await tx.query(
    `INSERT INTO session_attendance (session_id, member_id, present, full_name, title, is_chair, recorded_at)
     SELECT s.id, u.id, CASE WHEN (s.number * 7 + u.rowid) % 9 = 0 THEN 0 ELSE 1 END, u.full_name, '', u.is_chair,
            s.date || 'T08:00:00.000Z'
       FROM panel_session s JOIN app_user u ON u.role = 'member' AND u.id LIKE 'bench-m%'
      WHERE s.status = 'closed' AND s.id LIKE 'bench-session-%'`,
  );

  const items: unknown[][] = [];
  const rulings: unknown[][] = [];
  const letters: unknown[][] = [];
  const answers: unknown[][] = [];
  const referrals: unknown[][] = [];
  const audits: unknown[][] = [];
  const opinions: unknown[][] = [];
  const status: [string, string][] = [];
  for (const r of res) {
    const n = r.rowNo;
    const fate = n % 20;
    const assigned = n % 5 < 2;
    if (r.deadline >= today) {
      // still before the panel
      status.push([r.id, assigned ? 'under_review' : n % 2 ? 'awaiting_ruling' : 'received']);
      if (assigned) assign(r, false);
      continue;
    }
    if (fate >= 4 && fate <= 6) {
      status.push([r.id, 'enforceable_by_lapse']);
      continue;
    }
    if (assigned) assign(r, true);
    // one in fifty ruled after its window (when the policy allows it), the rest within it
    const late = n % 50 === 11 && diffDays(today, r.deadline) > 10;
    const s = sessionOn(closed, late ? addDays(r.deadline, 1) : addDays(r.receipt, 2 + (n % 7)));
    if (s >= closed.length || closed[s] >= today) {
      status.push([r.id, 'enforceable_by_lapse']);
      continue;
    }
    const day = closed[s];
    const objected = fate === 2 || fate === 3 || fate === 7 || fate === 8 || fate === 9;
    // one compliant ruling in 200 corrects an objection recorded by mistake
    const corrected = !objected && n % 200 === 13;
    const rulingId = `bench-ruling-${n}`;
    const grounds = JSON.stringify(n % 3 ? [GROUNDS[n % 3]] : [GROUNDS[0], GROUNDS[1 + (n % 2)]]);
    const first = objected || corrected;
    rulings.push([
      rulingId,
      r.id,
      first ? 'objected' : 'compliant',
      closedIds[s],
      first ? 'بند ۱' : null,
      first ? grounds : null,
      null,
      null,
      at(day),
    ]);
    if (corrected)
      rulings.push([
        `${rulingId}-c`,
        r.id,
        'compliant',
        closedIds[s],
        null,
        null,
        rulingId,
        'اشتباه در ثبت',
        at(addDays(day, 2)),
      ]);
    items.push([
      `bench-item-${n}`,
      closedIds[s],
      r.id,
      n % 400,
      'ruled',
      objected ? 'objected' : 'compliant',
      rulingId,
      at(day),
      now,
      now,
    ]);
    if (!objected) {
      status.push([r.id, 'enforceable']);
      continue;
    }
    const received = addDays(day, 2 + (n % 3));
    if (received > today) {
      status.push([r.id, 'objected']);
      continue;
    }
    letters.push([`bench-letter-${n}`, r.id, 'objection', rulingId, `OUT-${n}`, addDays(day, 1), received, now, now]);
    // the council: repeals (2, 3), amends (7), insists (8) or does not answer (9); one answer in ten late
    const answerDay = addDays(received, n % 10 === 7 ? 16 : 3 + (n % 6));
    const answer = fate === 7 ? 'amend' : fate === 8 ? 'insist' : fate === 9 ? null : 'repeal';
    if (answer && answerDay <= today) {
      answers.push([`bench-answer-${n}`, r.id, `bench-letter-${n}`, answer, answerDay, at(answerDay)]);
      if (answer !== 'insist') {
        status.push([r.id, answer === 'repeal' ? 'withdrawn' : 'enforceable']);
        continue;
      }
    } else if (answer || addDays(received, 20) > today) {
      status.push([r.id, 'with_council']);
      continue;
    }
    const referral = answer ? addDays(answerDay, 5) : addDays(received, 20);
    if (referral > today) {
      status.push([r.id, 'with_council']);
      continue;
    }
    const decisionDay = addDays(referral, 7 + (n % 13));
    const decision = decisionDay > today ? null : n % 40 < 20 ? 'upheld' : 'annulled';
    referrals.push([
      `bench-referral-${n}`,
      r.id,
      answer ? 'insist' : 'no_answer',
      'province',
      'هیأت حل اختلاف استان',
      referral,
      decision,
      decision && decisionDay,
      now,
      now,
    ]);
    status.push([r.id, decision ?? 'referred']);
  }

  function assign(r: Row, ruled: boolean) {
    const n = r.rowNo;
    const on = addDays(r.receipt, 1);
    const due = addDays(on, 5);
    const experts = n % 50 === 0 ? [EXPERTS[n % 4], EXPERTS[(n + 1) % 4]] : [EXPERTS[n % 4]];
    experts.forEach((expert, i) => {
      const day = addDays(on, i);
      const after = JSON.stringify({
        status: 'under_review',
        dueDate: due,
        dueKind: 'expert_opinion',
        assignedExpertId: expert,
      });
      audits.push([
        `bench-audit-${n}-${i}`,
        `${day}T06:00:00.000Z`,
        'bench-secretary',
        'دبیر',
        'resolution',
        r.id,
        i ? 'reassign_expert' : 'assign_expert',
        '{}',
        after,
        'bench',
        'bench',
      ]);
    });
    if (!ruled) return;
    const expert = experts[experts.length - 1];
    // one opinion in eight after its due day
    const submitted = addDays(on, n % 8 === 3 ? 8 : 1 + (n % 4));
    opinions.push([
      `bench-opinion-${n}`,
      r.id,
      expert,
      'submitted',
      'no_conflict',
      at(submitted),
      at(on),
      at(submitted),
    ]);
  }

  await insertMany(
    tx,
    'session_item',
    [
      'id',
      'session_id',
      'resolution_id',
      'position',
      'state',
      'outcome',
      'ruling_id',
      'ruled_at',
      'created_at',
      'updated_at',
    ],
    items,
  );
  await insertMany(
    tx,
    'ruling',
    [
      'id',
      'resolution_id',
      'outcome',
      'session_id',
      'objection_clause',
      'objection_grounds',
      'corrects_id',
      'correction_reason',
      'recorded_at',
    ].concat(['recorded_by', 'recorded_by_name']),
    rulings.map((r) => [...r, SECRETARY.recorded_by, SECRETARY.recorded_by_name]),
  );
  // each member's finding at the ruling's session: one in seven against the panel's outcome, one
  // in thirteen left silent and counted by the system, one in eleven recorded a few days early
  await tx.query(
    `INSERT INTO session_finding (id, session_id, item_id, resolution_id, member_id, finding, source, recorded_at)
     SELECT i.id || '-' || u.id, i.session_id, i.id, i.resolution_id, u.id,
            CASE WHEN (i.position + u.rowid) % 13 = 0 THEN 'no_conflict'
                 WHEN (i.outcome = 'objected') = ((i.position + u.rowid) % 7 <> 0) THEN 'conflict'
                 ELSE 'no_conflict' END,
            CASE WHEN (i.position + u.rowid) % 13 = 0 THEN 'system' ELSE 'member' END,
            CASE WHEN (i.position + u.rowid) % 11 = 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', i.ruled_at, '-3 days')
                 ELSE i.ruled_at END
       FROM session_item i JOIN app_user u ON u.role = 'member' AND u.id LIKE 'bench-m%'
      WHERE i.id LIKE 'bench-item-%'`,
  );
  await insertMany(
    tx,
    'council_letter',
    [
      'id',
      'resolution_id',
      'kind',
      'ruling_id',
      'outgoing_number',
      'letter_date',
      'council_received_date',
      'created_at',
      'updated_at',
    ].concat(['recorded_by', 'recorded_by_name']),
    letters.map((r) => [...r, SECRETARY.recorded_by, SECRETARY.recorded_by_name]),
  );
  await insertMany(
    tx,
    'council_answer',
    ['id', 'resolution_id', 'letter_id', 'answer', 'answer_date', 'recorded_at', 'recorded_by', 'recorded_by_name'],
    answers.map((r) => [...r, SECRETARY.recorded_by, SECRETARY.recorded_by_name]),
  );
  await insertMany(
    tx,
    'board_referral',
    ['id', 'resolution_id', 'cause', 'board_level', 'board_name', 'referral_date', 'decision', 'decision_date'].concat([
      'created_at',
      'updated_at',
      'recorded_by',
      'recorded_by_name',
    ]),
    referrals.map((r) => [...r, SECRETARY.recorded_by, SECRETARY.recorded_by_name]),
  );
  // the assignments' audit events are not chained (no hash over them): the bench reads, never verifies
  await insertMany(
    tx,
    'audit_event',
    ['id', 'at', 'actor_id', 'actor_name', 'entity', 'entity_id', 'action', 'before', 'after', 'prev_hash', 'hash'],
    audits,
  );
  await insertMany(
    tx,
    'expert_opinion',
    ['id', 'resolution_id', 'expert_id', 'status', 'conclusion', 'submitted_at', 'created_at', 'updated_at'],
    opinions,
  );
  await tx.query('CREATE TEMP TABLE bench_status (id TEXT PRIMARY KEY, status TEXT NOT NULL)');
  await insertMany(tx, 'temp.bench_status', ['id', 'status'], status);
  await tx.query(
    `UPDATE resolution SET status = s.status, due_date = NULL, due_kind = NULL, assigned_expert_id = NULL
       FROM temp.bench_status s WHERE s.id = resolution.id`,
  );
  await tx.query('DROP TABLE temp.bench_status');
  // one in twenty-five: a budget amendment with its amount, or a project with its time and cost
  await tx.query(
    `UPDATE resolution SET
       financial_kind = CASE WHEN row_no % 50 = 3 THEN 'project' ELSE 'budget_amendment' END,
       amount_rials = CASE WHEN row_no % 50 = 3 THEN NULL ELSE (row_no % 97 + 1) * 1000000000 END,
       budget_year = receipt_year,
       budget_line = 'ردیف ' || (row_no % 40 + 1),
       project_duration_months = CASE WHEN row_no % 50 = 3 THEN 6 + row_no % 30 END,
       project_cost_rials = CASE WHEN row_no % 50 = 3 THEN (row_no % 89 + 1) * 10000000000 END
     WHERE row_no % 25 = 3`,
  );
  // the office has synced: what the history queued is on the server
  await tx.query('DELETE FROM sync_outbox');
  await tx.query('ANALYZE');
  const [{ findings }] = await tx.query(`SELECT count(*) AS findings FROM session_finding`);
  return {
    sessions: sessions.length,
    rulings: rulings.length,
    findings,
    letters: letters.length,
    answers: answers.length,
    referrals: referrals.length,
    assignments: audits.length,
  };
}
