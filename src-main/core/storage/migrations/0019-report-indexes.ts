import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 12, the reports at scale: a year's report reads some 40,000 resolutions (at 200,000) and
// each one's rulings. Covering indexes let it read them from the index alone: the period's
// resolutions with every column the report groups by (received.ts), and each resolution's rulings
// in time order with the outcome and the id a correction points to (the ruling in force).
export class ReportIndexes1796500000019 implements MigrationInterface {
  name = 'ReportIndexes1796500000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX resolution_report ON resolution
         (receipt_date, council_id, category, status, approval_date, objection_deadline, id)`,
    );
    await q.query(`CREATE INDEX ruling_in_force ON ruling (resolution_id, recorded_at, outcome, id)`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
