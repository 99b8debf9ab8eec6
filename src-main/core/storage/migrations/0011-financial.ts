import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 12, "Financial resolutions": optional columns on the resolution (amount in Rials, budget
// year, budget line or project code, and a project's approved time, cost and scope). Add-only and
// null for every existing row, so old records stay valid and nothing is queued for sync; they go
// on the wire as optional fields (shared/sync/records.ts).
export class Financial1796240000011 implements MigrationInterface {
  name = 'Financial1796240000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE resolution ADD COLUMN financial_kind TEXT
         CHECK (financial_kind IS NULL OR financial_kind IN ('budget_amendment', 'project', 'other'))`,
    );
    await q.query(`ALTER TABLE resolution ADD COLUMN amount_rials INTEGER`);
    await q.query(`ALTER TABLE resolution ADD COLUMN budget_year INTEGER`);
    await q.query(`ALTER TABLE resolution ADD COLUMN budget_line TEXT`);
    await q.query(`ALTER TABLE resolution ADD COLUMN project_duration_months INTEGER`);
    await q.query(`ALTER TABLE resolution ADD COLUMN project_cost_rials INTEGER`);
    await q.query(`ALTER TABLE resolution ADD COLUMN project_scope TEXT`);
    // the financial report reads the few financial rows of a period without touching the rest
    await q.query(
      `CREATE INDEX resolution_financial ON resolution (receipt_date, financial_kind) WHERE financial_kind IS NOT NULL`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
