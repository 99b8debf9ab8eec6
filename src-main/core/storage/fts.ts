// The full-text index is contentless: its text is built here from shared/text (SQL cannot run
// the Persian folding), inside the same transaction as the row it indexes.
//
// resolution_fts has no table spec (storage/table.ts), on purpose: it is an FTS5 virtual table,
// not a table of rows. Its one column has no type, it keeps no content to read back (contentless),
// its key is SQLite's rowid (the resolution's row_no), and it has no primary key column for
// TypeORM to map. A spec would declare nothing a caller could use, so this file is its one
// declaration beside the migration (tests/unit/tables.test.ts lists it among the exceptions).
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import { ftsDocument } from '../../../shared/text/persian';

export interface IndexedFields {
  title: string;
  text: string;
  councilResolutionNumber: string;
  incomingNumber: string;
}

export function resolutionDocument(r: IndexedFields, council: { kind: string; name: string }): string {
  return ftsDocument(r.title, r.text, r.councilResolutionNumber, r.incomingNumber, councilDisplayName(council));
}

export async function indexResolution(tx: EntityManager, rowNo: number, doc: string, replace: boolean) {
  if (replace) await tx.query('DELETE FROM resolution_fts WHERE rowid = ?', [rowNo]);
  await tx.query('INSERT INTO resolution_fts (rowid, body) VALUES (?, ?)', [rowNo, doc]);
}

/** Many new rows at once, 100 per statement. */
export async function indexResolutions(tx: EntityManager, docs: { rowNo: number; doc: string }[]) {
  for (let i = 0; i < docs.length; i += 100) {
    const part = docs.slice(i, i + 100);
    await tx.query(
      `INSERT INTO resolution_fts (rowid, body) VALUES ${part.map(() => '(?, ?)').join(', ')}`,
      part.flatMap((d) => [d.rowNo, d.doc]),
    );
  }
}

/** After a council is renamed its name must be found under the new spelling. */
export async function reindexCouncil(tx: EntityManager, councilId: string, council: { kind: string; name: string }) {
  const rows: (IndexedFields & { rowNo: number })[] = await tx.query(
    `SELECT r.row_no AS rowNo, r.title, b.text, r.council_resolution_number AS councilResolutionNumber,
            r.incoming_number AS incomingNumber
       FROM resolution r JOIN resolution_body b ON b.resolution_id = r.id WHERE r.council_id = ?`,
    [councilId],
  );
  for (const r of rows) await indexResolution(tx, r.rowNo, resolutionDocument(r, council), true);
  return rows.length;
}
