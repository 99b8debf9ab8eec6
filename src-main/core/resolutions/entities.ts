// The resolutions capability's own table, declared once (storage/table.ts): a correction of a
// resolution's registration fields (issue 11), immutable like a ruling. The resolution itself is
// storage's (storage/entities.ts), since every capability reads it.
import { col, defineTable, type RowOf } from '../storage/table';

export const registrationCorrectionTable = defineTable('registration_correction', {
  id: col.id(),
  resolutionId: col.text(),
  /** JSON of the registration fields as they were, and as they became */
  before: col.text(),
  after: col.text(),
  reason: col.text(),
  /** what the correction did to the panel's window */
  effect: col.text(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  recordedAt: col.text(),
});
export type RegistrationCorrectionRow = RowOf<typeof registrationCorrectionTable>;
