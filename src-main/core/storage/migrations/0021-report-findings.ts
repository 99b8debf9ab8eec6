import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 12, the reports at scale (a year at 200,000 resolutions: some 170,000 findings and 15,000
// expert assignments). The members' figures read each agenda item's findings from an index that
// holds every column they count (reader.ts, findings), so no finding's row is read; the experts'
// figures find a resolution's assignments among its audit events through a partial index of
// those two actions alone, not by reading every event the resolution has.
export class ReportFindings1796500000021 implements MigrationInterface {
  name = 'ReportFindings1796500000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX session_finding_report ON session_finding (item_id, member_id, source, finding, recorded_at)`,
    );
    await q.query(
      `CREATE INDEX audit_expert ON audit_event (entity_id, seq) WHERE action IN ('assign_expert', 'reassign_expert')`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
