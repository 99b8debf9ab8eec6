// The sync capability's own tables, declared once (storage/table.ts): the ministry's reference
// records as pulled (and the office's own id for a council made from one), the pulled records
// that could not be applied with the reason, and the files the server already holds. The outbox
// is storage's (storage/outbox.ts, written by triggers); sync_state is one row read and updated
// column by column (state.ts).
import { col, defineTable } from '../storage/table';

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

export const SYNC_OWN_TABLES = [syncReferenceTable, syncSetAsideTable, syncBlobTable];
