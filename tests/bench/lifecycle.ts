// The legal clock at scale (issue 3): recomputing every open deadline under a new policy, the
// lapse check (steady state and after a month offline), and the desk's queries per role.
import { addDays, todayInTehran } from '../../shared/dates/jalali';
import { objectionDeadline } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { SYSTEM_ACTOR, type Actor } from '../../src-main/core/context';
import { applyPolicy } from '../../src-main/core/lifecycle/recompute';
import { runLapseCheck } from '../../src-main/core/lifecycle/lapse';
import type { TestCore } from '../support/core';
import { ms, timeMany } from './stats';

const EXPERT: Actor = { id: 'bench-expert', name: 'کارشناس', role: 'expert' };

/**
 * A lived-in office: resolutions whose window closed long ago are settled (ruled, lapsed, withdrawn),
 * the last months' objections are still with councils or boards, and recent ones are before the panel.
 */
async function settle(t: TestCore, today: string) {
  await t.core.context.db.write(async (tx) => {
    await tx.query(
      `UPDATE resolution SET
         status = CASE
           WHEN objection_deadline >= ? THEN CASE row_no % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'under_review' ELSE 'awaiting_ruling' END
           WHEN objection_deadline >= ? AND row_no % 10 = 0 THEN 'with_council'
           WHEN objection_deadline >= ? AND row_no % 10 = 1 THEN 'referred'
           WHEN row_no % 20 IN (2, 3) THEN 'withdrawn'
           WHEN row_no % 20 IN (4, 5, 6) THEN 'enforceable_by_lapse'
           ELSE 'enforceable' END`,
      [today, addDays(today, -120), addDays(today, -120)],
    );
    await tx.query(
      `UPDATE resolution SET
         due_date = CASE status
           WHEN 'under_review' THEN date(receipt_date, '+5 days')
           WHEN 'with_council' THEN date(objection_deadline, '+25 days')
           WHEN 'referred' THEN date(objection_deadline, '+40 days')
           WHEN 'received' THEN objection_deadline WHEN 'awaiting_ruling' THEN objection_deadline
           ELSE NULL END,
         due_kind = CASE status
           WHEN 'under_review' THEN 'expert_opinion' WHEN 'with_council' THEN 'council_answer'
           WHEN 'referred' THEN 'dispute_board' WHEN 'received' THEN 'objection' WHEN 'awaiting_ruling' THEN 'objection'
           ELSE NULL END,
         assigned_expert_id = CASE WHEN status = 'under_review' THEN ? ELSE NULL END`,
      [EXPERT.id],
    );
    await tx.query('ANALYZE');
  });
}

export async function benchLifecycle(t: TestCore, n: number): Promise<[string, string, string?][]> {
  const rows: [string, string, string?][] = [];
  const core = t.core.context;
  const today = todayInTehran(t.now.value);
  await settle(t, today);
  const [{ open }] = await core.db.read.query(
    `SELECT count(*) AS open FROM resolution WHERE status IN ('received', 'under_review', 'awaiting_ruling')`,
  );

  // the calculator alone, over every receipt date in the database
  const receipts: { d: string }[] = await core.db.read.query('SELECT receipt_date AS d FROM resolution');
  const policy = { ...DEFAULT_POLICY, version: 'bench-1', holidays: [...DEFAULT_POLICY.holidays] };
  const c0 = performance.now();
  for (const r of receipts) objectionDeadline(r.d, policy);
  const calcMs = performance.now() - c0;
  rows.push(['deadline calculator, every resolution', `${ms(calcMs)}`, `${n} objection deadlines, pure`]);

  // a holiday declared on the last day of many open windows: install + recompute + write back
  const busiest: { d: string }[] = await core.db.read.query(
    `SELECT objection_deadline AS d FROM resolution WHERE status IN ('received', 'under_review', 'awaiting_ruling')
      GROUP BY d ORDER BY count(*) DESC LIMIT 1`,
  );
  const r0 = performance.now();
  const report = await applyPolicy(core, SYSTEM_ACTOR, {
    ...policy,
    version: 'bench-2',
    holidays: [...policy.holidays, busiest[0].d],
  });
  rows.push([
    'recompute open deadlines under a new policy',
    ms(performance.now() - r0),
    `${report.checked} open windows checked, ${report.moved} moved, in one transaction`,
  ]);

  // lapse: the next morning (about a day's worth lapses), then after a month offline
  t.now.value = new Date(t.now.value.getTime() + 86_400_000);
  const l0 = performance.now();
  const daily = await runLapseCheck(core);
  rows.push(['lapse check, next day', ms(performance.now() - l0), `${daily.lapsed} lapsed of ${open} open`]);
  const l1 = performance.now();
  const idle = await runLapseCheck(core);
  rows.push(['lapse check, nothing due', ms(performance.now() - l1), `${idle.lapsed} lapsed`]);
  t.now.value = new Date(t.now.value.getTime() + 30 * 86_400_000);
  const l2 = performance.now();
  const month = await runLapseCheck(core);
  rows.push(['lapse check, after 30 days offline', ms(performance.now() - l2), `${month.lapsed} lapsed, each audited`]);

  for (const actor of [t.actor, EXPERT, { id: 'bench-viewer', name: 'ناظر', role: 'viewer' } as Actor]) {
    const desk = await timeMany(100, () => t.as(actor).call('desk.get', {}));
    rows.push([`desk (${actor.role})`, `p50 ${ms(desk.p50)}`, `p95 ${ms(desk.p95)}`]);
  }
  rows.push(await benchWorkspace(t, today));
  return rows;
}

/**
 * The member's workspace (issue 15): three scheduled sessions of 20 items each (the panel's usual
 * agenda), none yet with the member's finding, over the whole register.
 */
async function benchWorkspace(t: TestCore, today: string): Promise<[string, string, string?]> {
  const member: Actor = { id: 'bench-member', name: 'عضو', role: 'member' };
  await t.core.context.db.write(async (tx) => {
    const [{ officeId }] = await tx.query('SELECT id AS officeId FROM office LIMIT 1');
    const open: { id: string }[] = await tx.query(
      `SELECT id FROM resolution WHERE status = 'awaiting_ruling' ORDER BY receipt_date DESC LIMIT 60`,
    );
    const at = new Date().toISOString();
    for (const n of [1, 2, 3]) {
      await tx.query(
        `INSERT INTO panel_session (id, office_id, year, number, date, time, place, status, created_by, created_at, updated_at)
         VALUES (?, ?, 1405, ?, ?, '10:00', 'فرمانداری', 'scheduled', 'bench', ?, ?)`,
        [`bench-s${n}`, officeId, 900 + n, addDays(today, n * 7), at, at],
      );
    }
    for (const [i, r] of open.entries()) {
      const s = `bench-s${(i % 3) + 1}`;
      await tx.query(
        `INSERT INTO session_item (id, session_id, resolution_id, position, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
        [`bench-i${i}`, s, r.id, i, at, at],
      );
    }
  });
  const ws = await timeMany(100, () => t.as(member).call('workspace.get', {}));
  return ['member workspace (60 items on 3 agendas)', `p50 ${ms(ws.p50)}`, `p95 ${ms(ws.p95)}`];
}
