// After each kill, with the office process dead: the database file as it was left, opened
// directly. SQLite's integrity and foreign keys, the full-text index against the register, the
// audit chain, and every acknowledged write, here and (for what a clean sync pushed) on the server.
import sqlite3 from 'sqlite3';
import { verifyAuditChain } from '../../src-main/core/audit/log';
import { ftsQuery } from '../../shared/text/persian';
import type { Acked, Stage } from './workload';

type Row = Record<string, unknown>;

function openDb(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}

function queryOf(db: sqlite3.Database) {
  return <T = Row[]>(sql: string, params: unknown[] = []) =>
    new Promise<T>((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T))));
}

const stageOf = (status: string): Stage =>
  status === 'received' || status === 'under_review' ? 1 : status === 'awaiting_ruling' ? 2 : 3;

export interface CheckResult {
  problems: string[];
  /** acknowledged writes looked up */
  checked: number;
  /** acknowledged writes not found as acknowledged */
  lost: number;
}

export async function checkOffice(file: string, acked: Acked): Promise<CheckResult> {
  const problems: string[] = [];
  let lost = 0;
  let checked = 0;
  const db = await openDb(file);
  const q = queryOf(db);
  try {
    const integrity = await q<{ integrity_check: string }[]>('PRAGMA integrity_check');
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok')
      problems.push(`integrity_check: ${JSON.stringify(integrity.slice(0, 3))}`);
    const fk = await q('PRAGMA foreign_key_check');
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
    // the FTS index's own structure, then one entry per register row and none other
    try {
      await q("INSERT INTO resolution_fts(resolution_fts) VALUES('integrity-check')");
    } catch (e) {
      problems.push(`fts integrity-check: ${String(e)}`);
    }
    const orphans = await q<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM resolution WHERE row_no NOT IN (SELECT rowid FROM resolution_fts)) +
              (SELECT count(*) FROM resolution_fts WHERE rowid NOT IN (SELECT row_no FROM resolution)) AS n`,
    );
    if (orphans[0].n !== 0) problems.push(`fts out of step with the register: ${orphans[0].n} rows`);
    const chain = await verifyAuditChain({ query: q } as never);
    if (!chain.ok) problems.push(`audit chain broken at ${JSON.stringify(chain.broken)}`);

    const rows = await q<{ id: string; rev: number; status: string; rowNo: number }[]>(
      'SELECT id, rev, status, row_no AS rowNo FROM resolution',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ruled = new Set((await q<{ id: string }[]>('SELECT resolution_id AS id FROM ruling')).map((r) => r.id));
    let searched = 0;
    for (const [id, a] of acked.resolutions) {
      checked++;
      const r = byId.get(id);
      if (!r || r.rev < a.rev || stageOf(r.status) < a.stage || (a.stage === 3 && !ruled.has(id))) {
        lost++;
        problems.push(
          `acknowledged resolution ${id} (rev ${a.rev}, stage ${a.stage}) found as ${JSON.stringify(r ?? null)}`,
        );
        continue;
      }
      // the newest few are found by search under their incoming number
      if (searched < 20 && acked.resolutions.size - checked < 20) {
        searched++;
        const hit = await q<{ rowid: number }[]>('SELECT rowid FROM resolution_fts WHERE resolution_fts MATCH ?', [
          ftsQuery(a.incoming),
        ]);
        if (!hit.some((h) => h.rowid === r.rowNo)) problems.push(`resolution ${a.incoming} not found by search`);
      }
    }
    const sessions = new Map(
      (await q<{ id: string; status: string }[]>('SELECT id, status FROM panel_session')).map((s) => [s.id, s.status]),
    );
    for (const id of acked.sessions) {
      checked++;
      if (sessions.get(id) !== 'closed') {
        lost++;
        problems.push(`acknowledged closed session ${id} found as ${sessions.get(id) ?? 'missing'}`);
      }
    }
    const letters = new Map(
      (await q<{ id: string; status: string; number: string }[]>('SELECT id, status, number FROM letter')).map((l) => [
        l.id,
        l,
      ]),
    );
    for (const [id, number] of acked.letters) {
      checked++;
      const l = letters.get(id);
      if (!l || l.status !== 'issued' || l.number !== number) {
        lost++;
        problems.push(`acknowledged letter ${number} found as ${JSON.stringify(l ?? null)}`);
      }
    }
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
  return { problems, checked, lost };
}

/** What a clean sync pushed is on the server, at least at the acknowledged revision. */
export async function checkServer(
  query: (sql: string, params: unknown[]) => Promise<{ id: string; rev: number }[]>,
  acked: Acked,
): Promise<CheckResult> {
  const ids = [...acked.onServer.keys()];
  if (ids.length === 0) return { problems: [], checked: 0, lost: 0 };
  const rows = await query(`SELECT id, rev FROM sync_record WHERE entity = 'resolution' AND id = ANY($1)`, [ids]);
  const held = new Map(rows.map((r) => [r.id, Number(r.rev)]));
  const problems: string[] = [];
  let lost = 0;
  for (const [id, rev] of acked.onServer) {
    if ((held.get(id) ?? 0) < rev) {
      lost++;
      problems.push(
        `resolution ${id} acknowledged as synced (rev ${rev}) but the server holds ${held.get(id) ?? 'nothing'}`,
      );
    }
  }
  return { problems, checked: ids.length, lost };
}
