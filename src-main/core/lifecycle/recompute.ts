// When the ministry distributes a new policy (a holiday declared, a step's days changed), the
// panel's window of every resolution still before the panel is recomputed from its receipt date.
// Windows that have already closed, and steps past the panel, keep what the law fixed then.
import type { EntityManager } from 'typeorm';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { objectionDeadline } from '../../../shared/deadlines/calculator';
import { todayInTehran } from '../../../shared/dates/jalali';
import type { Actor, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { installPolicy } from './policy';

const OPEN = `status IN ('received', 'under_review', 'awaiting_ruling')`;
const BATCH = 500;

export interface RecomputeReport {
  checked: number;
  moved: number;
}

/** Recomputes open windows under `policy` in the caller's transaction. */
export async function recomputeDeadlines(
  tx: EntityManager,
  policy: DeadlinePolicy,
  today: string,
): Promise<RecomputeReport> {
  const rows: { rowNo: number; receipt: string; deadline: string | null; dueKind: string | null }[] = await tx.query(
    `SELECT row_no AS rowNo, receipt_date AS receipt, objection_deadline AS deadline, due_kind AS dueKind
       FROM resolution WHERE ${OPEN} AND (objection_deadline IS NULL OR objection_deadline >= ?)`,
    [today],
  );
  const changed: [number, string, boolean][] = [];
  for (const r of rows) {
    const next = objectionDeadline(r.receipt, policy);
    if (next !== r.deadline) changed.push([r.rowNo, next, r.dueKind === 'objection' || r.dueKind === null]);
  }
  // one statement per batch: a VALUES list joined on row_no, so 10^5 changes are 10^2 statements
  for (let i = 0; i < changed.length; i += BATCH) {
    const part = changed.slice(i, i + BATCH);
    const values = part.map(() => '(?, ?, ?)').join(',');
    await tx.query(
      `WITH v(row_no, deadline, moves_due) AS (VALUES ${values})
       UPDATE resolution SET objection_deadline = v.deadline,
              due_date = CASE WHEN v.moves_due THEN v.deadline ELSE due_date END,
              due_kind = CASE WHEN v.moves_due THEN 'objection' ELSE due_kind END,
              -- a new version: the ministry server keeps one content per rev (issue 16 item 11)
              rev = rev + 1
         FROM v WHERE resolution.row_no = v.row_no`,
      part.flatMap(([rowNo, d, moves]) => [rowNo, d, moves ? 1 : 0]),
    );
  }
  return { checked: rows.length, moved: changed.length };
}

/** Installs a policy and moves the open windows it changes, in one transaction, with one audit event. */
export async function applyPolicy(core: CoreContext, actor: Actor, policy: DeadlinePolicy): Promise<RecomputeReport> {
  return core.db.write(async (tx) => {
    const at = core.clock().toISOString();
    await installPolicy(tx, policy, at);
    const report = await recomputeDeadlines(tx, policy, todayInTehran(core.clock()));
    await recordAudit(tx, {
      actor,
      at,
      entity: 'deadline_policy',
      entityId: policy.version,
      action: 'install',
      after: { version: policy.version, ...report },
    });
    core.log.info({ version: policy.version, ...report }, 'deadline policy installed');
    return report;
  });
}
