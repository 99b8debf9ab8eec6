import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { OFFICE, resolutionInput, seedOffice, startCore, tempDir } from '../support/core';
import { SCHEMA_VERSION } from '../../src-main/core/storage/migrations';

function exec(file: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.all(sql, (err, rows) => db.close(() => (err ? reject(err) : resolve(rows))));
  });
}

describe('the office database', () => {
  it('uses WAL, foreign keys and the current schema version, and keeps data across restarts', async () => {
    const dir = tempDir();
    const t = await startCore({ dir });
    const { kerman } = await seedOffice(t);
    await t.call('resolutions.register', resolutionInput(kerman.id));
    const [{ journal_mode }] = await t.core.context.db.read.query('PRAGMA journal_mode');
    expect(journal_mode).toBe('wal');
    const [{ foreign_keys }] = await t.core.context.db.read.query('PRAGMA foreign_keys');
    expect(foreign_keys).toBe(1);
    await t.close();

    const again = await startCore({ dir });
    const info = await again.call('app.info', {});
    expect(info.office?.name).toBe(OFFICE.name);
    expect(info.office?.code).toBe('0801');
    expect((await again.call('resolutions.list', { filter: { q: 'پسماند' } })).total).toBe(1);
    await again.close();
    expect(await exec(path.join(dir, 'tatbiq.sqlite'), 'PRAGMA user_version')).toEqual([
      { user_version: SCHEMA_VERSION },
    ]);
  });

  it('refuses to open a database written by a newer version, and leaves it untouched', async () => {
    const dir = tempDir();
    const t = await startCore({ dir });
    await t.call('office.setup', OFFICE);
    await t.close();
    const file = path.join(dir, 'tatbiq.sqlite');
    await exec(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    await expect(startCore({ dir })).rejects.toMatchObject({ code: 'newer_database' });
    expect(await exec(file, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION + 1 }]);
  });

  it('backs up an existing database before migrating it', async () => {
    const dir = tempDir();
    const t = await startCore({ dir });
    await t.call('office.setup', OFFICE);
    await t.close();
    // pretend the file predates the last migration
    const file = path.join(dir, 'tatbiq.sqlite');
    await exec(file, `PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
    const again = await startCore({ dir });
    await again.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const rows = await exec(path.join(dir, 'backups', backups[0]), 'SELECT name FROM office');
    expect(rows).toEqual([{ name: OFFICE.name }]);
  });

  it('refuses work before the office is set up, and a second setup', async () => {
    const t = await startCore();
    const e = await t.fail('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' });
    expect(e.code).toBe('not_configured');
    await t.call('office.setup', OFFICE);
    expect((await t.fail('office.setup', OFFICE)).code).toBe('already_configured');
    expect(await t.count('office')).toBe(1);
    const unknown = await t.fail('no.such.method' as never, {});
    expect(unknown.code).toBe('unknown_method');
    await t.close();
  });

  it('opens more read-only connections on demand: they see committed data, cannot write, and close with the core', async () => {
    const t = await startCore();
    const { kerman } = await seedOffice(t);
    const db = t.core.context.db;
    const readers = await db.readers();
    expect(readers.length).toBeGreaterThanOrEqual(2);
    expect(await db.readers()).toEqual(readers); // the same connections each time, not new ones
    await t.call('resolutions.register', resolutionInput(kerman.id));
    for (const m of readers) {
      expect(await m.query('SELECT count(*) AS n FROM resolution')).toEqual([{ n: 1 }]);
      await expect(m.query("UPDATE office SET name = 'x'")).rejects.toThrow(/readonly/);
    }
    await t.close();
    await expect(readers[0].query('SELECT 1')).rejects.toThrow();
  });
});
