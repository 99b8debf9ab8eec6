import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 12: a council's answer and a dispute board's referral and decision count in the report
// period of their own dates, so the report reads them by date: one index per date it selects on.
export class ReportDates1796240000010 implements MigrationInterface {
  name = 'ReportDates1796240000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX council_letter_received ON council_letter (council_received_date)
        WHERE kind = 'objection' AND council_received_date IS NOT NULL`,
    );
    await q.query(`CREATE INDEX council_answer_date ON council_answer (answer_date)`);
    await q.query(`CREATE INDEX board_referral_date ON board_referral (referral_date)`);
    await q.query(
      `CREATE INDEX board_referral_decided ON board_referral (decision_date) WHERE decision_date IS NOT NULL`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
