// Every table declared as a table spec (storage/table.ts), gathered by the core's entry: TypeORM
// maps their entities, and tests/unit/tables.test.ts checks each against the migrated database and
// the wire. Storage knows no capability; this list is where they meet.
import { BASE_TABLES } from './storage/entities';
import { USER_TABLES } from './users/entities';
import { registrationCorrectionTable } from './resolutions/entities';
import { REVIEW_TABLES } from './review/entities';
import { SESSION_TABLES } from './sessions/entities';
import { LETTER_TABLES } from './letters/entities';
import { privateNoteTable } from './notes/entities';
import { userContactTable } from './contacts/entities';
import { deadlinePolicyTable } from './lifecycle/entities';
import { CONVERSATION_TABLES } from './conversations/entities';
import { SYNC_OWN_TABLES } from './sync/entities';
import { auditEventTable } from './audit/entities';
import { COMPLAINT_TABLES } from './complaints/entities';
import { councilSubmissionInboxTable } from './councilInbox/entities';
import { COUNCIL_PORTAL_TABLES } from './councilPortal/entities';

export const TABLES = [
  ...BASE_TABLES,
  ...USER_TABLES,
  registrationCorrectionTable,
  ...REVIEW_TABLES,
  ...SESSION_TABLES,
  ...LETTER_TABLES,
  privateNoteTable,
  userContactTable,
  deadlinePolicyTable,
  ...CONVERSATION_TABLES,
  ...SYNC_OWN_TABLES,
  auditEventTable,
  ...COMPLAINT_TABLES,
  councilSubmissionInboxTable,
  ...COUNCIL_PORTAL_TABLES,
] as const;

export const ENTITIES = TABLES.map((t) => t.entity);
