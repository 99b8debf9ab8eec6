// The legal clock of a newly received resolution: the panel's window runs from receipt. A
// resolution whose window had already ended when it was registered is flagged as registered late
// (issue 11): it lapses on the next check, and the flag keeps it on the desk and in the register
// for accountability.
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { isPast, objectionDeadline } from '../../../shared/deadlines/calculator';
import type { DueKind } from '../../../shared/lifecycle/due';

export function receiptClock(receiptDate: string, policy: DeadlinePolicy, registeredAt: Date) {
  const deadline = objectionDeadline(receiptDate, policy);
  return {
    objectionDeadline: deadline,
    dueDate: deadline,
    dueKind: 'objection' satisfies DueKind as string,
    assignedExpertId: null,
    registeredLate: isPast(deadline, registeredAt) ? 1 : 0,
  };
}
