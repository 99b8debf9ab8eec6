import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 item 1, the office network: where each signed-in session came from (this computer or
// another device on the LAN), its address and browser, so an admin can see who is connected and
// end a session. Rows opened before this migration read as local with no address.
export class SessionOrigin1796400000016 implements MigrationInterface {
  name = 'SessionOrigin1796400000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session ADD COLUMN via TEXT NOT NULL DEFAULT 'local'`);
    await q.query(`ALTER TABLE user_session ADD COLUMN remote TEXT NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE user_session ADD COLUMN user_agent TEXT NOT NULL DEFAULT ''`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
