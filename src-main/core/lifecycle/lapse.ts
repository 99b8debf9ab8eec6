// Deadlines that act by themselves (DESIGN.md §2, «در فرصت قانونی»): a resolution the panel did
// not object to within its window becomes enforceable by lapse; and where the ministry's policy
// says a council's silence ends the matter, an unanswered objection ends as withdrawn. Both go
// through applyTransition as the system actor, one audit event per resolution, one transaction
// per batch, and both read only what is due through partial indexes, so a check with nothing to
// do costs a single index probe however large the register is.
import type { EntityManager } from 'typeorm';
import { todayInTehran } from '../../../shared/dates/jalali';
import { noAnswerTransition } from '../../../shared/lifecycle/machine';
import { SYSTEM_ACTOR, type CoreContext } from '../context';
import { currentPolicy } from './policy';
import { STATE_COLUMNS, applyTransition, applyTransitionToMany, type ResolutionState } from './transition';

/** Resolutions per transaction: amortizes the commit without holding the writer long enough to stall users. */
export const LAPSE_BATCH = 500;

export interface CheckOptions {
  /** asked between batches; true stops the check (the app is closing) */
  shouldStop?: () => boolean;
}

// The status list matches the partial index resolution_lapse's WHERE clause exactly, so SQLite
// can use it, and it is named: another index on (status, objection_deadline) would need a sort of
// every due row per batch, where this one reads a batch in index order and stops.
export const DUE_FOR_LAPSE = `SELECT ${STATE_COLUMNS} FROM resolution INDEXED BY resolution_lapse
  WHERE status IN ('received', 'under_review', 'awaiting_ruling') AND objection_deadline < ?
  ORDER BY objection_deadline LIMIT ?`;

const DUE_FOR_SILENCE = `SELECT ${STATE_COLUMNS} FROM resolution
  WHERE due_date < ? AND due_kind = 'council_answer' AND status = 'with_council'
  ORDER BY due_date LIMIT ?`;

async function inBatches(
  core: CoreContext,
  opts: CheckOptions,
  batch: (tx: EntityManager, today: string) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (;;) {
    if (opts.shouldStop?.()) break;
    const n = await core.db.write((tx) => batch(tx, todayInTehran(core.clock())));
    total += n;
    if (n < LAPSE_BATCH) break;
  }
  return total;
}

/** Moves every resolution whose objection window has closed without a ruling to enforceable_by_lapse. */
export async function runLapseCheck(core: CoreContext, opts: CheckOptions = {}): Promise<{ lapsed: number }> {
  const lapsed = await inBatches(core, opts, async (tx, today) => {
    const rows: ResolutionState[] = await tx.query(DUE_FOR_LAPSE, [today, LAPSE_BATCH]);
    return applyTransitionToMany(core, tx, SYSTEM_ACTOR, rows, 'lapse', {}, (row) => ({
      objectionDeadline: row.objectionDeadline,
    }));
  });
  if (lapsed) core.log.info({ lapsed }, 'resolutions enforceable by lapse');
  return { lapsed };
}

/**
 * Where the policy says a council's silence withdraws the resolution (council_no_answer_withdrawn,
 * a system transition), ends every objection whose council-answer deadline has passed. With the
 * default policy (the objection stands) it does nothing: the secretary refers those instead.
 */
export async function runCouncilSilenceCheck(
  core: CoreContext,
  opts: CheckOptions = {},
): Promise<{ withdrawn: number }> {
  const transition = noAnswerTransition(await currentPolicy(core.db.read));
  if (transition !== 'council_no_answer_withdrawn') return { withdrawn: 0 };
  const withdrawn = await inBatches(core, opts, async (tx, today) => {
    // the policy may have changed since the check began; it is read again inside the transaction
    if (noAnswerTransition(await currentPolicy(tx)) !== transition) return 0;
    const rows: ResolutionState[] = await tx.query(DUE_FOR_SILENCE, [today, LAPSE_BATCH]);
    for (const row of rows) {
      await applyTransition(
        core,
        tx,
        SYSTEM_ACTOR,
        row.id,
        transition,
        // due_kind council_answer is only ever set from the recorded receipt of the objection letter
        { objectionReceivedDate: true, councilWindowPassed: true, noAnswerWithdraws: true },
        { row, due: null, detail: { councilAnswerDeadline: row.dueDate } },
      );
    }
    return rows.length;
  });
  if (withdrawn) core.log.info({ withdrawn }, 'objections unanswered in time: resolutions withdrawn');
  return { withdrawn };
}
