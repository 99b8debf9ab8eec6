// The member's workspace (issue 15 item 3). Its cost follows the scheduled sessions' agendas, not
// the register: panel_session_status (status, date) picks the scheduled sessions, session_item's
// unique (session_id, resolution_id) index their items, resolution and council are read by primary
// key, and session_finding's unique (item_id, member_id) and session_attendance's primary key
// (session_id, member_id) answer the per-member checks. No new index is needed at 200,000
// resolutions (the plan is asserted in tests/integration/workspace.test.ts).
import { councilDisplayName } from '../../../shared/domain/councils';
import { countdownFa, daysLeft, memberFindingDeadline } from '../../../shared/deadlines/calculator';
import { todayInTehran } from '../../../shared/dates/jalali';
import type { Workspace, WorkspaceItem, WorkspaceSession } from '../../../shared/schemas/workspace';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { silenceIsFinal } from '../sessions/tally';
import { WAITING_ITEMS } from '../sessions/waiting';

/** Items of scheduled sessions on which the member has not voted and still may. */
export const WAITING_SQL = `SELECT i.id AS itemId, s.id AS sessionId, s.number AS sessionNumber, s.year AS sessionYear,
    s.date AS sessionDate, r.id AS resolutionId, r.title, r.incoming_number AS incomingNumber,
    r.receipt_date AS receiptDate, c.kind AS councilKind, c.name AS councilName
  ${WAITING_ITEMS}`;

interface WaitingRow {
  itemId: string;
  sessionId: string;
  sessionNumber: number;
  sessionYear: number;
  sessionDate: string;
  resolutionId: string;
  title: string;
  incomingNumber: string;
  receiptDate: string;
  councilKind: string;
  councilName: string;
}

export async function getWorkspace(core: CoreContext, call: CallContext, limit: number): Promise<Workspace> {
  const m = core.db.read;
  const now = core.clock();
  const today = todayInTehran(now);
  const policy = await currentPolicy(m);
  const rows: WaitingRow[] = await m.query(WAITING_SQL, [call.actor.id, call.actor.id]);
  const waiting = rows
    .filter((r) => !silenceIsFinal(r.receiptDate, policy, now))
    .map((r): WorkspaceItem => {
      const deadline = memberFindingDeadline(r.receiptDate, policy);
      return {
        itemId: r.itemId,
        sessionId: r.sessionId,
        sessionNumber: r.sessionNumber,
        sessionYear: r.sessionYear,
        sessionDate: r.sessionDate,
        resolutionId: r.resolutionId,
        title: r.title,
        incomingNumber: r.incomingNumber,
        councilDisplayName: councilDisplayName({ kind: r.councilKind, name: r.councilName }),
        deadline,
        daysLeft: daysLeft(deadline, now),
        countdownFa: countdownFa(deadline, now),
      };
    })
    // the nearest deadline first; a session's order breaks ties
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  const sessionRows: Omit<WorkspaceSession, 'daysLeft' | 'waitingCount'>[] = await m.query(
    `SELECT s.id, s.year, s.number, s.date, s.time, s.place,
       (SELECT count(*) FROM session_item i WHERE i.session_id = s.id AND i.state != 'removed') AS itemCount
     FROM panel_session s WHERE s.status = 'scheduled' AND s.date >= ? ORDER BY s.date, s.time LIMIT 12`,
    [today],
  );
  const sessions = sessionRows.map((s) => ({
    ...s,
    waitingCount: waiting.filter((w) => w.sessionId === s.id).length,
    daysLeft: daysLeft(s.date, now),
  }));
  return { today, sessions, waitingCount: waiting.length, waiting: waiting.slice(0, limit) };
}
