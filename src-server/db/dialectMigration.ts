// A server migration for both databases from one list of statements: the PostgreSQL and the
// embedded class differ only in their name (TypeORM orders migrations by the timestamp in it).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Dialect } from './database';

const NEVER_REVERTED = 'Tatbiq schemas only grow; migrations are not reverted.';

type MigrationClass = new () => MigrationInterface;

/** `{ postgres, sqlite }` classes named `<base>Postgres<timestamp>` and `<base>Sqlite<timestamp>`. */
export function dialectMigrations(
  base: string,
  timestamp: number,
  statements: (dialect: Dialect) => string[],
): Record<Dialect, MigrationClass> {
  const make = (dialect: Dialect, label: string): MigrationClass =>
    class implements MigrationInterface {
      name = `${base}${label}${timestamp}`;
      async up(q: QueryRunner): Promise<void> {
        for (const sql of statements(dialect)) await q.query(sql);
      }
      async down(): Promise<void> {
        throw new Error(NEVER_REVERTED);
      }
    };
  return { postgres: make('postgres', 'Postgres'), sqlite: make('sqlite', 'Sqlite') };
}
