// The one list of what the office pushes: each synced table, the entity it is on the wire
// (shared/sync/records.ts), and the child tables folded into it. The outbox triggers (migration
// 0007 and later ones, storage/outbox.ts) are built from these entries; the pusher reads each record's current
// row through them at push time.
//
// Adding a table: one entry here, its schema in shared/sync/records.ts, and a new migration that
// calls installOutboxTriggers(q, [entry]) and seedOutbox(q, [entry]) for databases that already
// hold rows. Shipped migrations are never edited.
import type { PushedEntity } from '../../../shared/sync/records';
import type { OutboxTable } from '../storage/outbox';

export interface SyncedTable extends OutboxTable {
  entity: PushedEntity;
}

// names a record that belongs to a resolution by the resolution's register number and title
const OF_RESOLUTION = `(SELECT r.incoming_number || ' — ' || r.title FROM resolution r WHERE r.id = resolution_id)`;

export const SYNCED_TABLES: readonly SyncedTable[] = [
  { entity: 'office', table: 'office', rev: 'rev', describe: 'name' },
  { entity: 'council', table: 'council', rev: 'rev', describe: 'name' },
  {
    entity: 'resolution',
    table: 'resolution',
    rev: 'rev',
    omit: ['row_no'],
    children: [
      { table: 'resolution_body', parentKey: 'resolution_id', field: 'text', orderBy: 'resolution_id', value: 'text' },
      { table: 'attachment', parentKey: 'resolution_id', field: 'attachments', orderBy: 'created_at, id' },
    ],
    describe: `incoming_number || ' — ' || title`,
  },
  {
    entity: 'panel_session',
    table: 'panel_session',
    rev: 'rev',
    children: [{ table: 'session_attendance', parentKey: 'session_id', field: 'attendance', orderBy: 'member_id' }],
    describe: `number || ' — ' || date`,
  },
  { entity: 'session_item', table: 'session_item', rev: 'rev', describe: OF_RESOLUTION },
  { entity: 'session_finding', table: 'session_finding', rev: 'rev', describe: OF_RESOLUTION },
  {
    entity: 'expert_opinion',
    table: 'expert_opinion',
    rev: 'rev',
    when: `NEW.status = 'submitted'`,
    describe: OF_RESOLUTION,
  },
  { entity: 'ruling', table: 'ruling', rev: null, describe: OF_RESOLUTION },
  { entity: 'council_letter', table: 'council_letter', rev: 'rev', describe: 'outgoing_number' },
  { entity: 'council_answer', table: 'council_answer', rev: null, describe: 'answer_number' },
  { entity: 'board_referral', table: 'board_referral', rev: 'rev', describe: 'board_name' },
  { entity: 'court_ruling', table: 'court_ruling', rev: null, describe: 'ruling_number' },
  { entity: 'registration_correction', table: 'registration_correction', rev: null, describe: OF_RESOLUTION },
  {
    entity: 'letter',
    table: 'letter',
    rev: 'rev',
    when: `NEW.status <> 'draft'`,
    describe: `number || ' — ' || subject`,
  },
  { entity: 'letter_copy', table: 'letter_copy', rev: null, describe: 'copy_no' },
  { entity: 'complaint_answer', table: 'complaint_answer', rev: 'rev', describe: 'id' },
];

const byEntity = new Map<string, SyncedTable>(SYNCED_TABLES.map((t) => [t.entity, t]));

export function syncedTable(entity: string): SyncedTable | null {
  return byEntity.get(entity) ?? null;
}
