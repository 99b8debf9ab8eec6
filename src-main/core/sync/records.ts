// A synced record as it goes on the wire: its row with camelCase keys (values as SQLite keeps
// them), its child rows folded in, read at push time so the server gets the current version.
import type { EntityManager } from 'typeorm';
import type { SyncedTable } from './tables';

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function toData(row: Record<string, unknown>, omit: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!omit.includes(k)) out[camel(k)] = v;
  return out;
}

const CHUNK = 500;

async function rowsIn(m: EntityManager, table: string, column: string, ids: string[], order: string) {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(
      ...((await m.query(
        `SELECT * FROM ${table} WHERE ${column} IN (${part.map(() => '?').join(', ')}) ORDER BY ${order}`,
        part,
      )) as Record<string, unknown>[]),
    );
  }
  return out;
}

/** The records of one table by id; an id with no row (or no longer synced) is absent from the map. */
export async function readRecords(
  m: EntityManager,
  t: SyncedTable,
  ids: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const where = t.when ? t.when.replace(/NEW\./g, '') : null;
  const rows = await rowsIn(m, where ? `(SELECT * FROM ${t.table} WHERE ${where})` : t.table, 'id', ids, 'id');
  for (const r of rows) out.set(String(r.id), toData(r, t.omit));
  for (const c of t.children ?? []) {
    const kids = await rowsIn(m, c.table, c.parentKey, [...out.keys()], `${c.parentKey}, ${c.orderBy}`);
    for (const data of out.values()) data[c.field] = c.value ? '' : [];
    for (const k of kids) {
      const parent = out.get(String(k[c.parentKey]));
      if (!parent) continue;
      if (c.value) parent[c.field] = k[c.value];
      else (parent[c.field] as unknown[]).push(toData(k));
    }
  }
  return out;
}

/** The wire version of a record: its rev column, or 1 for a record that never changes. */
export function wireRev(t: SyncedTable, data: Record<string, unknown>): number {
  return t.rev ? Number(data[camel(t.rev)]) : 1;
}
