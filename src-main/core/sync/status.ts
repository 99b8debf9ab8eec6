// What the sync screen shows, read from the outbox and sync_state.
import type { EntityManager } from 'typeorm';
import { entityLabel } from '../../../shared/sync/records';
import type { SyncItem, SyncStatus } from '../../../shared/schemas/sync';
import { readState } from './state';
import { syncedTable } from './tables';

interface ItemRow {
  entity: string;
  recordId: string;
  code: string | null;
  reason: string;
  at: string | null;
}

async function describe(m: EntityManager, rows: ItemRow[]): Promise<SyncItem[]> {
  const out: SyncItem[] = [];
  for (const r of rows) {
    const t = syncedTable(r.entity);
    let description = r.recordId;
    if (t) {
      const [d] = await m.query(`SELECT ${t.describe} AS d FROM ${t.table} WHERE id = ?`, [r.recordId]);
      if (d?.d !== undefined && d.d !== null && String(d.d)) description = String(d.d);
    }
    out.push({
      entity: r.entity,
      label: entityLabel(r.entity),
      recordId: r.recordId,
      description,
      reason: r.reason,
      code: r.code,
      at: r.at,
    });
  }
  return out;
}

export interface LiveState {
  running: boolean;
  phase: SyncStatus['phase'];
  progress: SyncStatus['progress'];
  nextRunAt: string | null;
  intervalMinutes: number;
}

const LIST_LIMIT = 200;

/** A pulled record's name, if it has one (a council's, a template's subject…). */
function nameOf(data: string): string | null {
  try {
    const d = JSON.parse(data) as Record<string, unknown>;
    const name = d.name ?? d.subject ?? d.article ?? d.version;
    return typeof name === 'string' && name ? name : null;
  } catch {
    return null;
  }
}

export async function readStatus(m: EntityManager, live: LiveState): Promise<SyncStatus> {
  const s = await readState(m);
  const waiting: { entity: string; count: number }[] = await m.query(
    `SELECT entity, count(*) AS count FROM sync_outbox WHERE rejected_at IS NULL GROUP BY entity ORDER BY min(seq)`,
  );
  const held: ItemRow[] = await m.query(
    `SELECT entity, record_id AS recordId, NULL AS code, waiting_reason AS reason, NULL AS at FROM sync_outbox
      WHERE rejected_at IS NULL AND waiting_reason IS NOT NULL ORDER BY seq LIMIT ?`,
    [LIST_LIMIT],
  );
  const rejected: ItemRow[] = await m.query(
    `SELECT entity, record_id AS recordId, rejected_code AS code, rejected_reason AS reason, rejected_at AS at
       FROM sync_outbox WHERE rejected_at IS NOT NULL ORDER BY rejected_at DESC, seq LIMIT ?`,
    [LIST_LIMIT],
  );
  const setAside: { entity: string; id: string; data: string; reason: string; at: string }[] = await m.query(
    'SELECT entity, id, data, reason, at FROM sync_setaside ORDER BY at DESC, entity, id LIMIT ?',
    [LIST_LIMIT],
  );
  return {
    enrolled: Boolean(s.serverUrl && s.token),
    serverUrl: s.serverUrl,
    serverOffice:
      s.serverOfficeCode && s.serverOfficeName
        ? {
            code: s.serverOfficeCode,
            name: s.serverOfficeName,
            province: s.serverProvince ?? '',
            county: s.serverCounty ?? '',
          }
        : null,
    enrolledAt: s.enrolledAt,
    running: live.running,
    phase: live.phase,
    progress: live.progress,
    lastAttemptAt: s.lastAttemptAt,
    lastSuccessAt: s.lastSuccessAt,
    lastError: s.lastError,
    lastErrorAt: s.lastErrorAt,
    lastPushed: s.lastPushed,
    lastPulled: s.lastPulled,
    nextRunAt: live.nextRunAt,
    intervalMinutes: live.intervalMinutes,
    waiting: waiting.map((w) => ({ entity: w.entity, label: entityLabel(w.entity), count: Number(w.count) })),
    waitingTotal: waiting.reduce((n, w) => n + Number(w.count), 0),
    held: await describe(m, held),
    rejected: await describe(m, rejected),
    setAside: setAside.map((r) => ({
      entity: r.entity,
      label: entityLabel(r.entity),
      recordId: r.id,
      description: nameOf(r.data) ?? r.id,
      reason: r.reason,
      code: null,
      at: r.at,
    })),
  };
}
