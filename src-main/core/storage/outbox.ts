// The transactional outbox without touching any service: AFTER INSERT/UPDATE triggers on each
// synced table (and on its child tables, for the parent) note (entity, id, rev) in sync_outbox,
// inside whatever transaction changed the row. One outbox row per record: a second change before
// the push only moves its rev and forgets the changeId (so the next push is a new change), while
// the row keeps its place in the queue, so a parent still goes before the records that refer to it.
// The SQL built here is part of shipped migrations: change it only by adding a new builder. It
// lives in storage, beside the migrations that run it, and knows tables, not capabilities: the
// sync capability's list (sync/tables.ts) is a list of OutboxTable.

export interface ChildTable {
  table: string;
  /** the column that holds the parent's id */
  parentKey: string;
  /** the key the child rows are folded under in the parent's data */
  field: string;
  /** the order of the folded rows, so the data is the same every time it is read */
  orderBy: string;
  /** one row per parent: the field is this column's value instead of a list of rows */
  value?: string;
}

export interface OutboxTable {
  /** the record's entity on the wire */
  entity: string;
  table: string;
  /** the version column; null for immutable records (always rev 1 on the wire) */
  rev: 'rev' | null;
  /** only rows matching this (on NEW.) are synced, e.g. issued letters, not drafts */
  when?: string;
  /** columns that are the database's own, not the record's */
  omit?: string[];
  children?: ChildTable[];
  /** an SQL expression (over the table's columns) naming the record for the sync screen */
  describe: string;
}

/** A migration's QueryRunner or a transaction's EntityManager. */
interface Runs {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function enqueue(entity: string, id: string, rev: string): string {
  return `INSERT INTO sync_outbox (entity, record_id, rev, enqueued_at) VALUES ('${entity}', ${id}, ${rev}, ${NOW})
      ON CONFLICT (entity, record_id) DO UPDATE SET rev = excluded.rev, change_id = NULL,
        rejected_code = NULL, rejected_reason = NULL, rejected_at = NULL, waiting_reason = NULL`;
}

export function outboxTriggerSql(t: OutboxTable): string[] {
  const rev = (row: 'NEW' | 'OLD') => (t.rev ? `${row}.${t.rev}` : '1');
  const when = t.when ? ` WHEN ${t.when}` : '';
  const sql = (['INSERT', 'UPDATE'] as const).map(
    (op) => `CREATE TRIGGER sync_${t.table}_${op.toLowerCase()} AFTER ${op} ON ${t.table}${when}
      BEGIN ${enqueue(t.entity, 'NEW.id', rev('NEW'))}; END`,
  );
  for (const c of t.children ?? []) {
    const parentRev = (row: 'NEW' | 'OLD') =>
      t.rev ? `(SELECT ${t.rev} FROM ${t.table} WHERE id = ${row}.${c.parentKey})` : '1';
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const row = op === 'DELETE' ? 'OLD' : 'NEW';
      // the parent's own filter applies to the parent row, read through the child's key
      const parentWhen = t.when
        ? ` WHEN EXISTS (SELECT 1 FROM ${t.table} WHERE id = ${row}.${c.parentKey} AND ${t.when.replace(/NEW\./g, '')})`
        : '';
      sql.push(
        `CREATE TRIGGER sync_${c.table}_${op.toLowerCase()} AFTER ${op} ON ${c.table}${parentWhen}
          BEGIN ${enqueue(t.entity, `${row}.${c.parentKey}`, parentRev(row))}; END`,
      );
    }
  }
  return sql;
}

export async function installOutboxTriggers(q: Runs, tables: readonly OutboxTable[]): Promise<void> {
  for (const t of tables) for (const sql of outboxTriggerSql(t)) await q.query(sql);
}

/** Records that existed before sync was installed are queued once, in table order (parents first). */
export async function seedOutbox(q: Runs, tables: readonly OutboxTable[]): Promise<void> {
  for (const t of tables) {
    // WHERE is required before an upsert's ON CONFLICT (SQLite's parsing rule for INSERT … SELECT)
    const filter = t.when ? t.when.replace(/NEW\./g, '') : 'true';
    await q.query(
      `INSERT INTO sync_outbox (entity, record_id, rev, enqueued_at)
       SELECT '${t.entity}', id, ${t.rev ?? '1'}, ${NOW} FROM ${t.table} WHERE ${filter} ORDER BY rowid
       ON CONFLICT (entity, record_id) DO NOTHING`,
    );
  }
}
