// The office's side of enrollment and the record of sync runs (table sync_state, one row).
import type { EntityManager } from 'typeorm';
import type { EnrollResponse } from '../../../shared/sync/protocol';
import { selectList } from '../storage/columns';
import { columnsOf } from '../storage/table';
import { syncStateTable, type SyncStateRow } from './entities';

/** The row as the sync capability reads it; the audit anchor is the audit capability's. */
export type SyncState = Omit<SyncStateRow, 'id' | 'auditAnchorHead' | 'auditAnchorCount' | 'auditAnchorAt'>;

const STATE_COLUMNS = selectList(
  columnsOf(syncStateTable, 's', ['id', 'auditAnchorHead', 'auditAnchorCount', 'auditAnchorAt']),
);

export async function readState(m: EntityManager): Promise<SyncState> {
  const [r] = await m.query(`SELECT ${STATE_COLUMNS} FROM sync_state s WHERE s.id = 1`);
  return r as SyncState;
}

export const isEnrolled = (s: SyncState): s is SyncState & { serverUrl: string; token: string } =>
  Boolean(s.serverUrl && s.token);

/** Enrolling with another server (or as another office) starts over: every record is pushed again. */
export async function saveEnrollment(
  tx: EntityManager,
  serverUrl: string,
  answer: EnrollResponse,
  by: string,
  at: string,
): Promise<{ fresh: boolean }> {
  const before = await readState(tx);
  const fresh = before.serverUrl !== serverUrl || before.serverOfficeId !== answer.office.id;
  await tx.query(
    `UPDATE sync_state SET server_url = ?, token = ?, server_office_id = ?, server_office_code = ?,
            server_office_name = ?, server_province = ?, server_county = ?, enrolled_at = ?, enrolled_by = ?,
            last_error = NULL, last_error_at = NULL ${fresh ? `, cursor = ''` : ''}
      WHERE id = 1`,
    [
      serverUrl,
      answer.token,
      answer.office.id,
      answer.office.code,
      answer.office.name,
      answer.office.province,
      answer.office.county,
      at,
      by,
    ],
  );
  return { fresh };
}

export async function recordAttempt(tx: EntityManager, at: string): Promise<void> {
  await tx.query('UPDATE sync_state SET last_attempt_at = ? WHERE id = 1', [at]);
}

export async function recordSuccess(tx: EntityManager, at: string, pushed: number, pulled: number): Promise<void> {
  await tx.query(
    `UPDATE sync_state SET last_success_at = ?, last_error = NULL, last_error_at = NULL, last_pushed = ?, last_pulled = ?
      WHERE id = 1`,
    [at, pushed, pulled],
  );
}

export async function recordFailure(tx: EntityManager, at: string, message: string): Promise<void> {
  await tx.query('UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1', [message, at]);
}

export async function saveCursor(tx: EntityManager, cursor: string): Promise<void> {
  await tx.query('UPDATE sync_state SET cursor = ? WHERE id = 1', [cursor]);
}
