// What the rules make of a pending agenda item now: its tally (with a final silence counted as the
// system's «عدم مغایرت»), whether it can be ruled at all, and what the session's close would do
// with it. The close applies exactly this plan, and the session's view shows it beforehand, so
// the close does what its dialog announced (issue 11).
import { isPast } from '../../../shared/deadlines/calculator';
import { statusLabel } from '../../../shared/domain/statuses';
import { objectionWindowClosedReason } from '../../../shared/lifecycle/machine';
import type { ClosePlan, Tally } from '../../../shared/schemas/session';
import { sessionMessages as msg } from './messages';
import type { ItemRecord, SessionState } from './state';
import { decideAtClose, silenceIsFinal, tallyFindings } from './tally';

const NOT_READY = ['received', 'under_review'];

/** The tally of a pending item now, with a final silence counted as system no-conflict. */
export function liveTally(st: SessionState, item: ItemRecord): { tally: Tally; silenceFinal: boolean } {
  const t = tallyFindings(st.findings.get(item.id) ?? [], st.voters);
  const silenceFinal = silenceIsFinal(item.receiptDate, st.policy, st.now);
  if (silenceFinal) {
    t.systemNoConflict += t.missing;
    t.missing = 0;
  }
  return { tally: t, silenceFinal };
}

/** Why this item cannot be ruled whatever the votes, or null. */
export function unrulable(item: ItemRecord, now: Date): { reason: string; carry: boolean } | null {
  if (item.resolutionStatus !== 'awaiting_ruling') {
    const state = statusLabel(item.resolutionStatus);
    return NOT_READY.includes(item.resolutionStatus)
      ? { reason: msg.notReadyYet(state), carry: true }
      : { reason: msg.noRulingNeeded(state), carry: false };
  }
  if (item.objectionDeadline && isPast(item.objectionDeadline, now)) {
    return { reason: objectionWindowClosedReason(item.objectionDeadline), carry: false };
  }
  return null;
}

/**
 * What closing the session now does with a pending item. Without recorded attendance the close
 * records everyone absent, so nothing is ruled; a tie or no vote at all is carried over; an
 * objection is ruled only with its clause, grounds and citations at hand (drafted for the item, or
 * the expert's), and otherwise carried over, saying so.
 */
export function planClose(st: SessionState, item: ItemRecord): ClosePlan {
  const blocked = unrulable(item, st.now);
  if (blocked) {
    return {
      state: blocked.carry ? 'carried_over' : 'dropped',
      outcome: null,
      note: blocked.reason,
      needsObjection: false,
    };
  }
  const { tally } = liveTally(st, item);
  const outcome = st.quorum.met ? decideAtClose(tally) : null;
  if (!outcome) {
    const nobody = tally.conflict + tally.partial + tally.noConflict + tally.systemNoConflict === 0;
    const note = !st.quorum.met ? msg.carriedNoQuorum : nobody ? msg.carriedNoFindings : msg.carriedTie;
    return { state: 'carried_over', outcome: null, note, needsObjection: false };
  }
  if (outcome === 'objected' && !st.objections.has(item.id)) {
    return { state: 'carried_over', outcome: null, note: msg.carriedNoObjection, needsObjection: true };
  }
  return { state: 'ruled', outcome, note: '', needsObjection: false };
}
