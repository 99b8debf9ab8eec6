// The tables every capability reads (the office, its councils, the resolutions), each declared
// once as a table spec (storage/table.ts): the row's type and TypeORM's EntitySchema come from it.
// Each capability declares its own beside it, and the core's entry (tables.ts) hands openDatabase
// the list. Hot read paths use SQL directly; the entities serve writes and lookups.
import { col, defineTable, type RowOf } from './table';

const changed = {
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
};

export const officeTable = defineTable('office', {
  id: col.id(),
  name: col.text(),
  organisation: col.text(),
  ministry: col.text(),
  province: col.text(),
  county: col.text(),
  code: col.text(),
  ...changed,
});
export type OfficeRow = RowOf<typeof officeTable>;

export const councilTable = defineTable('council', {
  id: col.id(),
  officeId: col.text(),
  name: col.text(),
  nameKey: col.text(),
  kind: col.text(),
  county: col.text(),
  province: col.text(),
  nationalCode: col.text(),
  active: col.bool(),
  ...changed,
});
export type CouncilRow = RowOf<typeof councilTable>;

export const resolutionTable = defineTable(
  'resolution',
  {
    id: col.id(),
    officeId: col.text(),
    councilId: col.text(),
    councilResolutionNumber: col.text(),
    numberKey: col.text(),
    councilSessionNumber: col.text(),
    councilSessionDate: col.text(),
    approvalDate: col.text(),
    approvalYear: col.int(),
    receiptDate: col.text(),
    receiptYear: col.int(),
    incomingNumber: col.text(),
    incomingKey: col.text(),
    title: col.text(),
    category: col.text(),
    status: col.text(),
    supersedesId: col.maybeText(),
    /** the panel's objection window, fixed at receipt by the policy in force */
    objectionDeadline: col.maybeText(),
    /** the next deadline of the current step and what it is (DueKind), for the desk */
    dueDate: col.maybeText(),
    dueKind: col.maybeText(),
    assignedExpertId: col.maybeText(),
    /** the objection window had already passed when it was registered (issue 11): kept for accountability */
    registeredLate: col.int().withDefault(),
    /** issue 12: the financial side, all null for a resolution that has none (resolutions/financial.ts) */
    financialKind: col.maybeText(),
    amountRials: col.maybeInt(),
    budgetYear: col.maybeInt(),
    budgetLine: col.maybeText(),
    projectDurationMonths: col.maybeInt(),
    projectCostRials: col.maybeInt(),
    projectScope: col.maybeText(),
    createdBy: col.text(),
    ...changed,
    /** issue 14: the council portal's submission it was registered from (or linked to), pushed */
    submissionId: col.maybeText(),
  },
  // the register's stable integer key (full-text index, sort keys), never read as a field
  { unmapped: ['row_no'] },
);
export type ResolutionRecord = RowOf<typeof resolutionTable>;

/** The full text of a resolution, kept out of the register's rows. */
export const resolutionBodyTable = defineTable('resolution_body', {
  resolutionId: col.id(),
  text: col.text(),
});
export type ResolutionBodyRow = RowOf<typeof resolutionBodyTable>;

export const attachmentTable = defineTable('attachment', {
  id: col.id(),
  resolutionId: col.text(),
  sha256: col.text(),
  name: col.text(),
  mimeType: col.text(),
  size: col.int(),
  createdAt: col.text(),
});
export type AttachmentRow = RowOf<typeof attachmentTable>;

/** One office setting: a key and its JSON value (settings.ts). */
export const officeSettingTable = defineTable('office_setting', {
  key: col.id(),
  value: col.text(),
  updatedAt: col.text(),
});

/** The register's sort keys of a resolution (sortKeys.ts), by its integer key. */
export const resolutionSortTable = defineTable('resolution_sort', {
  rowNo: col.intId(),
  numberSort: col.text(),
  incomingSort: col.text(),
});

/** A council's sort key, with the name it was made from (sortKeys.ts refreshes it when that changed). */
export const councilSortTable = defineTable('council_sort', {
  councilId: col.id(),
  name: col.text(),
  nameSort: col.text(),
});

/** A record waiting to be pushed (outbox.ts): written by the synced tables' triggers only. */
export const syncOutboxTable = defineTable('sync_outbox', {
  seq: col.rowId(),
  entity: col.text(),
  recordId: col.text(),
  rev: col.int(),
  /** given when a push first carries the record, kept until the server answers */
  changeId: col.maybeText(),
  rejectedCode: col.maybeText(),
  rejectedReason: col.maybeText(),
  rejectedAt: col.maybeText(),
  waitingReason: col.maybeText(),
  enqueuedAt: col.text(),
});

export const OfficeEntity = officeTable.entity;
export const CouncilEntity = councilTable.entity;
export const ResolutionEntity = resolutionTable.entity;
export const ResolutionBodyEntity = resolutionBodyTable.entity;
export const AttachmentEntity = attachmentTable.entity;

/** The tables declared here; the core's entry adds each capability's own. */
export const BASE_TABLES = [
  officeTable,
  councilTable,
  resolutionTable,
  resolutionBodyTable,
  attachmentTable,
  officeSettingTable,
  resolutionSortTable,
  councilSortTable,
  syncOutboxTable,
];
