import type { MigrationInterface, QueryRunner } from 'typeorm';
import { councilSortRows, resolutionSortRows, writeCouncilSortKeys, writeResolutionSortKeys } from '../sortKeys';

// Issue 11: the register sorts council names in Persian alphabetical order and numbers as
// numbers. SQLite compares text by code point, so each row gets a sort key (shared/text/sortKey)
// in a table of its own, indexed, so ORDER BY still reads a page in index order and stops.
// Tables of their own, not columns: a column on `resolution` or `council` would go on the wire
// with every synced record, and filling it would queue every row for sync.
const BATCH = 2000;

export class RegisterSortKeys1796225102897 implements MigrationInterface {
  name = 'RegisterSortKeys1796225102897';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE resolution_sort (
      row_no INTEGER PRIMARY KEY,
      number_sort TEXT NOT NULL,
      incoming_sort TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE council_sort (
      council_id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_sort TEXT NOT NULL
    )`);
    for (let after = 0; ;) {
      const rows: { rowNo: number; number: string; incoming: string }[] = await q.query(
        `SELECT row_no AS rowNo, council_resolution_number AS number, incoming_number AS incoming
           FROM resolution WHERE row_no > ? ORDER BY row_no LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      await writeResolutionSortKeys(q, resolutionSortRows(rows));
      after = rows[rows.length - 1].rowNo;
    }
    const councils: { id: string; name: string }[] = await q.query('SELECT id, name FROM council');
    await writeCouncilSortKeys(q, councilSortRows(councils));
    // created after the fill: one sort of the keys instead of an index kept up row by row
    await q.query(`CREATE INDEX resolution_sort_number ON resolution_sort (number_sort)`);
    await q.query(`CREATE INDEX resolution_sort_incoming ON resolution_sort (incoming_sort)`);
    await q.query(`CREATE INDEX council_sort_name ON council_sort (name_sort, council_id)`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
