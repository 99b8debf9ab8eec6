// The sync capability's own tables, declared once (storage/table.ts): the ministry's reference
// records as pulled (and the office's own id for a council made from one), the pulled records
// that could not be applied with the reason, the files the server already holds, and the one row
// of the office's enrollment and runs. The outbox is storage's (storage/outbox.ts, written by
// triggers).
import { col, defineTable, type RowOf } from '../storage/table';

/** Where the office is enrolled, its token, the pull cursor and the last run's outcome: one row
 * (id = 1, made by the migration), read and updated column by column (state.ts, audit/anchor.ts). */
export const syncStateTable = defineTable('sync_state', {
  id: col.intId(),
  serverUrl: col.maybeText(),
  token: col.maybeText(),
  serverOfficeId: col.maybeText(),
  serverOfficeCode: col.maybeText(),
  serverOfficeName: col.maybeText(),
  serverProvince: col.maybeText(),
  serverCounty: col.maybeText(),
  enrolledAt: col.maybeText(),
  enrolledBy: col.maybeText(),
  cursor: col.text().withDefault(),
  lastAttemptAt: col.maybeText(),
  lastSuccessAt: col.maybeText(),
  lastError: col.maybeText(),
  lastErrorAt: col.maybeText(),
  lastPushed: col.int().withDefault(),
  lastPulled: col.int().withDefault(),
  /** the last audit chain anchor the server acknowledged (audit/anchor.ts) */
  auditAnchorHead: col.maybeText(),
  auditAnchorCount: col.maybeInt(),
  auditAnchorAt: col.maybeText(),
});
export type SyncStateRow = RowOf<typeof syncStateTable>;

export const syncReferenceTable = defineTable('sync_reference', {
  entity: col.id(),
  id: col.id(),
  rev: col.int(),
  scope: col.text(),
  /** the record as pulled, JSON */
  data: col.text(),
  localId: col.maybeText(),
  receivedAt: col.text(),
});

export const syncSetAsideTable = defineTable('sync_setaside', {
  entity: col.id(),
  id: col.id(),
  rev: col.int(),
  scope: col.text(),
  data: col.text(),
  reason: col.text(),
  at: col.text(),
});

export const syncBlobTable = defineTable('sync_blob', {
  sha256: col.id(),
  uploadedAt: col.text(),
});

export const SYNC_OWN_TABLES = [syncReferenceTable, syncSetAsideTable, syncBlobTable, syncStateTable];
