// The legal clock of a newly received resolution: the panel's window runs from receipt.
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { objectionDeadline } from '../../../shared/deadlines/calculator';
import type { DueKind } from '../../../shared/lifecycle/due';

export function receiptClock(receiptDate: string, policy: DeadlinePolicy) {
  const deadline = objectionDeadline(receiptDate, policy);
  return {
    objectionDeadline: deadline,
    dueDate: deadline,
    dueKind: 'objection' satisfies DueKind as string,
    assignedExpertId: null,
  };
}
