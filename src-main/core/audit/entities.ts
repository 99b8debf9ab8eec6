// The audit log's one table, declared once (storage/table.ts): one row per act, each carrying the
// hash of the one before it (log.ts builds the chain).
import { col, defineTable } from '../storage/table';

export const auditEventTable = defineTable(
  'audit_event',
  {
    id: col.id(),
    at: col.text(),
    actorId: col.text(),
    actorName: col.text(),
    entity: col.text(),
    entityId: col.text(),
    action: col.text(),
    /** JSON of the record before and after the act */
    before: col.maybeText(),
    after: col.maybeText(),
    reason: col.maybeText(),
    resolutionId: col.maybeText(),
    prevHash: col.text(),
    hash: col.text(),
  },
  // the chain's order, the database's own integer key
  { unmapped: ['seq'] },
);
