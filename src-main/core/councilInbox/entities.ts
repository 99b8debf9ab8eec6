// The council portal's inbox (issue 14), declared once (storage/table.ts): a submission pulled from
// the ministry server, waiting until the secretary registers it or links it to a resolution.
import { col, defineTable } from '../storage/table';

export const councilSubmissionInboxTable = defineTable('council_submission_inbox', {
  id: col.id(),
  councilId: col.text(),
  receiptNumber: col.text(),
  receivedAt: col.text(),
  receiptDate: col.text(),
  numberKey: col.text(),
  approvalYear: col.int(),
  /** the submission's record as pulled (JSON) */
  data: col.text(),
  pdfSha256: col.text(),
  resolutionId: col.maybeText(),
  arrivedAt: col.text(),
  doneAt: col.maybeText(),
  doneBy: col.maybeText(),
});
