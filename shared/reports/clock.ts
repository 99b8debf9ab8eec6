// Where a resolution stands against the legal clock: the one meaning of "ruled within the
// window", "lapsed" and "pending" every report and both servers use.
import { diffDays, type IsoDate } from '../dates/jalali';
import type { DeadlineBand } from './schema';
import type { ResolutionFact } from './facts';

/** The states in which the panel still owes a ruling. */
export const AWAITING_PANEL: readonly string[] = ['received', 'under_review', 'awaiting_ruling'];

/** Ruled on or before the last day of the objection window (a row with no recorded window counts as in time). */
export function ruledInWindow(f: ResolutionFact): boolean {
  return f.rulingDate !== null && (f.objectionDeadline === null || f.rulingDate <= f.objectionDeadline);
}

/** The window closed with no ruling: enforceable by lapse, the panel's failure. */
export function lapsed(f: ResolutionFact): boolean {
  return f.rulingDate === null && f.status === 'enforceable_by_lapse';
}

/** Still waiting for the panel's ruling. */
export function awaitingPanel(f: ResolutionFact): boolean {
  return f.rulingDate === null && AWAITING_PANEL.includes(f.status);
}

/** Days left to the objection deadline on `asOf` (negative once it has passed). */
export function daysLeftOn(f: ResolutionFact, asOf: IsoDate): number | null {
  return f.objectionDeadline === null ? null : diffDays(f.objectionDeadline, asOf);
}

export function deadlineBand(daysLeft: number | null): DeadlineBand {
  if (daysLeft === null) return 'later';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  if (daysLeft <= 3) return 'days1to3';
  if (daysLeft <= 7) return 'days4to7';
  return 'later';
}
