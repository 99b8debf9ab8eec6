// Small SQL builders both databases accept: numbered parameters, IN lists and multi-row inserts.
import type { Sql } from './database';

/** `$from, $from+1, …` for n values. */
export function params(from: number, n: number): string {
  return Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');
}

// SQLite allows 32766 parameters per statement and PostgreSQL 65535; stay well below both.
const MAX_PARAMS = 4000;

/** Runs `sql(placeholders)` over `values` in chunks, so a long IN list never overflows a statement. */
export async function selectIn<T>(
  db: Sql,
  values: readonly unknown[],
  fixed: readonly unknown[],
  sql: (placeholders: string) => string,
): Promise<T[]> {
  const out: T[] = [];
  const size = MAX_PARAMS - fixed.length;
  for (let i = 0; i < values.length; i += size) {
    const part = values.slice(i, i + size);
    // one row at a time: spreading a year of the country's rows into push() overflows the stack
    for (const row of await db.query<T>(sql(params(fixed.length + 1, part.length)), [...fixed, ...part])) out.push(row);
  }
  return out;
}

/** INSERT of many rows, in chunks; `tail` is an ON CONFLICT clause. */
export async function insertMany(
  db: Sql,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  tail = '',
): Promise<void> {
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const part = rows.slice(i, i + perChunk);
    const values = part.map((_, r) => `(${params(r * columns.length + 1, columns.length)})`).join(', ');
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${tail}`, part.flat());
  }
}
