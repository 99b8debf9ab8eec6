// The deadline policy in force (one row, id 1; policy.ts), declared once (storage/table.ts).
import { col, defineTable } from '../storage/table';

export const deadlinePolicyTable = defineTable('deadline_policy', {
  id: col.intId(),
  version: col.text(),
  /** the policy as JSON */
  body: col.text(),
  installedAt: col.text(),
});
