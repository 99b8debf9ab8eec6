import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 item 6, the panel's contacts: a phone and an email per user, kept by the secretary and
// shown to the panel. A table of its own (one row per user who has any) rather than columns on
// app_user, so a contact edit never moves the user's rev; office data, not synced.
export class Contacts1796300000013 implements MigrationInterface {
  name = 'Contacts1796300000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE user_contact (
      user_id TEXT PRIMARY KEY REFERENCES app_user(id),
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    )`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
