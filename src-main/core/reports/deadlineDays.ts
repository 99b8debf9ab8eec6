// The deadlines the report queries compare with, per starting day: a member's finding deadline
// per receipt day, a council's answer deadline per day it received an objection letter, a
// dispute board's per referral day. Each is a few thousand days computed once per deadline policy
// by the one calculator (shared/deadlines), handed to SQL as JSON (json_each), so the queries
// count with exactly the deadlines the app holds everyone to without a row per resolution in JS.
import type { EntityManager } from 'typeorm';
import {
  councilAnswerDeadline,
  disputeBoardDeadline,
  memberFindingDeadline,
} from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { addDays, type IsoDate } from '../../../shared/dates/jalali';

const KINDS = {
  /** from the receipt day of any resolution */
  finding: {
    deadline: memberFindingDeadline,
    range: 'SELECT min(receipt_date) AS lo, max(receipt_date) AS hi FROM resolution',
  },
  /** from the day a council received an objection letter */
  answer: {
    deadline: councilAnswerDeadline,
    range: `SELECT min(council_received_date) AS lo, max(council_received_date) AS hi FROM council_letter
             WHERE kind = 'objection' AND council_received_date IS NOT NULL`,
  },
  /** from the day of a referral to a dispute board */
  board: {
    deadline: disputeBoardDeadline,
    range: 'SELECT min(referral_date) AS lo, max(referral_date) AS hi FROM board_referral',
  },
} satisfies Record<string, { deadline: (d: IsoDate, p: DeadlinePolicy) => IsoDate; range: string }>;

const known = new Map<string, { from: string; to: string; json: string }>();

/** `{ "<day>": "<deadline>" }` for every day from the first to the last the records hold. */
export async function deadlineDays(
  m: EntityManager,
  policy: DeadlinePolicy,
  kind: keyof typeof KINDS,
): Promise<string> {
  const [{ lo, hi }]: { lo: string | null; hi: string | null }[] = await m.query(KINDS[kind].range);
  if (!lo || !hi) return '{}';
  const key = `${kind} ${JSON.stringify(policy)}`;
  const cached = known.get(key);
  if (cached && cached.from <= lo && cached.to >= hi) return cached.json;
  const out: Record<string, string> = {};
  for (let d = lo; d <= hi; d = addDays(d, 1)) out[d] = KINDS[kind].deadline(d, policy);
  if (known.size > 12) known.clear();
  const json = JSON.stringify(out);
  known.set(key, { from: lo, to: hi, json });
  return json;
}
