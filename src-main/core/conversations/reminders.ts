// The reminder before the members' finding deadline: for each pending item of a scheduled
// session whose deadline is at most REMINDER_DAYS away (and not past) while an active member has
// not recorded a finding, one notice on the session's thread, posted once per item and deadline
// (notice_key), by the system. Run at start and every RUN_EVERY_MS while the core is open.
import { addDays, todayInTehran } from '../../../shared/dates/jalali';
import { memberFindingDeadline } from '../../../shared/deadlines/calculator';
import { sessionTitle } from '../../../shared/schemas/session';
import { toPersianDigits } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { conversationMessages as msg } from './messages';
import { postAutomaticNotice } from './notices';
import { startPeriodic, type PeriodicJob } from '../periodic';

export const REMINDER_DAYS = 2;
export const RUN_EVERY_MS = 15 * 60_000;

interface PendingRow {
  itemId: string;
  sessionId: string;
  number: number;
  year: number;
  receiptDate: string;
  incomingNumber: string;
  title: string;
}

/** Posts the reminders now due; answers how many were posted. */
export async function runFindingReminders(core: CoreContext): Promise<number> {
  const m = core.db.read;
  const policy = await currentPolicy(m);
  const today = todayInTehran(core.clock());
  const rows: PendingRow[] = await m.query(
    `SELECT i.id AS itemId, s.id AS sessionId, s.number, s.year, r.receipt_date AS receiptDate,
       r.incoming_number AS incomingNumber, r.title
     FROM panel_session s JOIN session_item i ON i.session_id = s.id JOIN resolution r ON r.id = i.resolution_id
     WHERE s.status = 'scheduled' AND i.state = 'pending'
       AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'member' AND u.active = 1
         AND NOT EXISTS (SELECT 1 FROM session_finding f WHERE f.item_id = i.id AND f.member_id = u.id))
     ORDER BY s.date, s.time, i.position`,
  );
  let posted = 0;
  for (const r of rows) {
    const deadline = memberFindingDeadline(r.receiptDate, policy);
    if (deadline < today || deadline > addDays(today, REMINDER_DAYS)) continue;
    const text = msg.findingReminder(sessionTitle(r), `${toPersianDigits(r.incomingNumber)} — ${r.title}`, deadline);
    if (await postAutomaticNotice(core, null, r.sessionId, text, `reminder:${r.itemId}:${deadline}`)) posted++;
  }
  return posted;
}

export type ReminderJobs = PeriodicJob<number>;

export function startReminderJobs(core: CoreContext, intervalMs = RUN_EVERY_MS): ReminderJobs {
  return startPeriodic(core.log, 'finding reminders', intervalMs, 0, () => runFindingReminders(core));
}
