// The register's sort keys (migration 0009): written beside each resolution row wherever its
// numbers are written, like its full-text entry; council keys are refreshed from the council
// table whenever a name has changed since its key was made (councils are few, and a pulled or
// imported council is then sorted right without every write path knowing about keys).
import { sortKey } from '../../../shared/text/sortKey';

/** A migration's QueryRunner or a transaction's EntityManager. */
interface Runs {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface ResolutionSortRow {
  rowNo: number;
  numberSort: string;
  incomingSort: string;
}

export function resolutionSortRows(rows: { rowNo: number; number: string; incoming: string }[]): ResolutionSortRow[] {
  return rows.map((r) => ({ rowNo: r.rowNo, numberSort: sortKey(r.number), incomingSort: sortKey(r.incoming) }));
}

export function councilSortRows(rows: { id: string; name: string }[]) {
  return rows.map((c) => ({ id: c.id, name: c.name, nameSort: sortKey(c.name) }));
}

/** New or changed rows, 300 per statement (900 parameters). */
export async function writeResolutionSortKeys(q: Runs, rows: ResolutionSortRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    const part = rows.slice(i, i + 300);
    await q.query(
      `INSERT OR REPLACE INTO resolution_sort (row_no, number_sort, incoming_sort) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`,
      part.flatMap((r) => [r.rowNo, r.numberSort, r.incomingSort]),
    );
  }
}

export async function writeCouncilSortKeys(q: Runs, rows: ReturnType<typeof councilSortRows>): Promise<void> {
  for (let i = 0; i < rows.length; i += 300) {
    const part = rows.slice(i, i + 300);
    await q.query(
      `INSERT OR REPLACE INTO council_sort (council_id, name, name_sort) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`,
      part.flatMap((c) => [c.id, c.name, c.nameSort]),
    );
  }
}

/** Councils whose key is missing or was made from another name. */
export async function staleCouncilKeys(q: Runs): Promise<{ id: string; name: string }[]> {
  return (await q.query(
    `SELECT c.id, c.name FROM council c LEFT JOIN council_sort s ON s.council_id = c.id WHERE s.name IS NOT c.name`,
  )) as { id: string; name: string }[];
}
