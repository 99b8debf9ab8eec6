// The council portal's letters and answers as the office holds them (issue 14 items 4 and 5),
// declared once (storage/table.ts): each letter's delivery in the council's portal as pulled, and
// each answer the council gave there, until the lifecycle records it.
import { col, defineTable } from '../storage/table';

export const portalDeliveryTable = defineTable('portal_delivery', {
  letterId: col.id(),
  councilId: col.text(),
  postedAt: col.text(),
  deemedAt: col.text(),
  openedAt: col.maybeText(),
  openedBy: col.maybeText(),
  rev: col.int(),
  /** the Tehran day the objection letter's receipt was recorded from (the delivery's), once it was */
  appliedDate: col.maybeText(),
  arrivedAt: col.text(),
});

export const portalAnswerTable = defineTable('portal_answer', {
  id: col.id(),
  letterId: col.text(),
  resolutionId: col.text(),
  /** the answer's record as pulled (JSON) */
  data: col.text(),
  pdfSha256: col.maybeText(),
  arrivedAt: col.text(),
  /** the council_answer the lifecycle recorded from it */
  answerId: col.maybeText(),
  recordedAt: col.maybeText(),
  /** why it could not be recorded yet (shown to the secretary; tried again on each sync) */
  problem: col.maybeText(),
});

export const COUNCIL_PORTAL_TABLES = [portalDeliveryTable, portalAnswerTable];
