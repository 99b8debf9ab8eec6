// The register's sort keys (migration 0009): written beside each resolution row wherever its
// numbers are written, like its full-text entry; council keys are refreshed from the council
// table whenever a name has changed since its key was made (councils are few, and a pulled or
// imported council is then sorted right without every write path knowing about keys).
import { sortKey } from '../../../shared/text/sortKey';
import { councilSortTable, resolutionSortTable } from './entities';
import { insertRows, type RowOf, type Runs } from './table';

export type ResolutionSortRow = RowOf<typeof resolutionSortTable>;
export type CouncilSortRow = RowOf<typeof councilSortTable>;

export function resolutionSortRows(rows: { rowNo: number; number: string; incoming: string }[]): ResolutionSortRow[] {
  return rows.map((r) => ({ rowNo: r.rowNo, numberSort: sortKey(r.number), incomingSort: sortKey(r.incoming) }));
}

export function councilSortRows(rows: { id: string; name: string }[]): CouncilSortRow[] {
  return rows.map((c) => ({ councilId: c.id, name: c.name, nameSort: sortKey(c.name) }));
}

/** New or changed rows. */
export function writeResolutionSortKeys(q: Runs, rows: ResolutionSortRow[]): Promise<void> {
  return insertRows(q, resolutionSortTable, rows, { or: 'REPLACE' });
}

export function writeCouncilSortKeys(q: Runs, rows: CouncilSortRow[]): Promise<void> {
  return insertRows(q, councilSortTable, rows, { or: 'REPLACE' });
}

/** Councils whose key is missing or was made from another name. */
export async function staleCouncilKeys(q: Runs): Promise<{ id: string; name: string }[]> {
  return (await q.query(
    `SELECT c.id, c.name FROM council c LEFT JOIN council_sort s ON s.council_id = c.id WHERE s.name IS NOT c.name`,
  )) as { id: string; name: string }[];
}
