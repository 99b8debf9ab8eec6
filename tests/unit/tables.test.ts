// One declaration per table (issue 17 item 2): each table the core maps is a table spec
// (src-main/core/storage/table.ts), and this keeps it so. The spec must match the table the
// migrations build (on a real SQLite file), the wire schema its records are pushed under
// (shared/sync/records.ts), and no code may write a table spec'd here with an INSERT column list
// of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openDatabase, type Database } from '../../src-main/core/storage/database';
import { insertRow, insertRows, snakeCase } from '../../src-main/core/storage/table';
import { officeSettingTable } from '../../src-main/core/storage/entities';
import { letterTemplateTable } from '../../src-main/core/letters/entities';
import { ENTITIES, TABLES } from '../../src-main/core/tables';
import { SYNCED_TABLES } from '../../src-main/core/sync/tables';
import { createLogger } from '../../src-main/core/logger';
import { PUSHED_ENTITIES } from '../../shared/sync/records';

const root = path.resolve(__dirname, '../..');
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const byName = new Map(TABLES.map((t) => [t.name, t]));

/**
 * The tables of the migrated database that have no table spec, each with why. Every other table
 * must have one (the first test below).
 */
const NO_SPEC: Record<string, string> = {
  schema_migrations: 'TypeORM’s own record of the migrations run',
  resolution_fts:
    'an FTS5 virtual table (storage/fts.ts): one untyped column, contentless, keyed by the rowid, nothing to map',
};
/** FTS5 keeps a virtual table's index in shadow tables named after it. */
const FTS_SHADOW = /^resolution_fts_(data|idx|docsize|config)$/;

/** INSERTs of a spec'd table written out in full, each with why insertRow cannot make them. */
const OWN_INSERT: Record<string, string> = {
  'src-main/core/storage/outbox.ts: sync_outbox':
    'inside the synced tables’ triggers (SQL of shipped migrations, run by SQLite, not by the app)',
};

const SQL_TYPE: Record<string, string> = { text: 'TEXT', blob: 'BLOB', integer: 'INTEGER', boolean: 'INTEGER' };

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
}

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tatbiq-tables-'));
  db = await openDatabase(dir, ENTITIES, createLogger({ level: 'silent' }));
});

afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('table specs', () => {
  it('declare every table the migrations build, but the few listed with the reason they cannot', async () => {
    const tables: { name: string }[] = await db.read.query(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    );
    const names = tables.map((t) => t.name).filter((n) => !FTS_SHADOW.test(n));
    expect(names.filter((n) => !byName.has(n) && !(n in NO_SPEC))).toEqual([]);
    // an exception that has since got a spec, or whose table is gone, is taken off the list
    expect(Object.keys(NO_SPEC).filter((n) => byName.has(n) || !names.includes(n))).toEqual([]);
  });

  it('are the only table declarations: every entity TypeORM maps comes from one, once', () => {
    expect(new Set(TABLES.map((t) => t.name)).size).toBe(TABLES.length);
    for (const t of TABLES) {
      expect(t.entity.options.tableName).toBe(t.name);
      const columns = t.entity.options.columns as Record<string, { name?: string }>;
      expect(Object.keys(columns)).toEqual(Object.keys(t.columns));
      for (const [field, c] of Object.entries(columns)) expect(c.name).toBe(snakeCase(field));
    }
  });

  it('match the tables the migrations build: the same columns, types, NULLs and defaults', async () => {
    for (const t of TABLES) {
      const info: ColumnInfo[] = await db.read.query(`PRAGMA table_info(${t.name})`);
      expect(info.length, `${t.name} exists`).toBeGreaterThan(0);
      const declared = Object.keys(t.columns).map(snakeCase);
      expect(info.map((c) => c.name).sort(), t.name).toEqual([...declared, ...t.unmapped].sort());
      for (const [field, spec] of Object.entries(t.columns)) {
        const c = info.find((x) => x.name === snakeCase(field))!;
        const where = `${t.name}.${c.name}`;
        expect(c.type, where).toBe(SQL_TYPE[spec.kind]);
        // a primary key column is NOT NULL whatever its DDL says (SQLite lets a TEXT key be null)
        if (!spec.primary) expect(c.notnull === 0, `${where} nullable`).toBe(spec.nullable);
        // an INSERT may leave a column out only when the database fills it: a DEFAULT, or the
        // rowid an INTEGER PRIMARY KEY is
        if (spec.defaulted && !(spec.primary && c.type === 'INTEGER')) {
          expect(c.dflt_value, `${where} default`).not.toBeNull();
        }
      }
    }
  });

  it('match the wire schema of every synced table: its fields, less the omitted, plus the folded children', () => {
    const keys = (s: unknown) => Object.keys((s as z.ZodObject).shape).sort();
    for (const s of SYNCED_TABLES) {
      const t = byName.get(s.table);
      if (!t) continue; // the next test fails on it
      const omit = (s.omit ?? []).map(camel);
      const fields = Object.keys(t.columns).filter((f) => !omit.includes(f));
      const children = (s.children ?? []).map((c) => c.field);
      const wire = PUSHED_ENTITIES[s.entity].schema;
      expect(keys(wire), s.entity).toEqual([...fields, ...children].sort());
      for (const c of s.children ?? []) {
        const child = byName.get(c.table);
        if (c.value || !child) continue;
        const element = ((wire as unknown as z.ZodObject).shape[c.field] as z.ZodArray).element;
        expect(keys(element), `${s.entity}.${c.field}`).toEqual(Object.keys(child.columns).sort());
      }
    }
  });

  it('cover every synced table and its folded children', () => {
    const tables = SYNCED_TABLES.flatMap((s) => [s.table, ...(s.children ?? []).map((c) => c.table)]);
    expect(tables.filter((t) => !byName.has(t))).toEqual([]);
  });

  it('are written through the storage helper: no INSERT column list of a spec’d table elsewhere', () => {
    const files = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(d, e.name);
        if (e.isDirectory()) return p.endsWith(path.join('storage', 'migrations')) ? [] : files(p);
        return p.endsWith('.ts') ? [p] : [];
      });
    const found: string[] = [];
    for (const f of files(path.join(root, 'src-main'))) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)\s*\(/gi)) {
        if (byName.has(m[1])) found.push(`${path.relative(root, f)}: ${m[1]}`);
      }
    }
    expect(found.filter((f) => !(f in OWN_INSERT))).toEqual([]);
    expect(Object.keys(OWN_INSERT).filter((f) => !found.includes(f))).toEqual([]);
  });
});

describe('the storage helper’s INSERT', () => {
  const template = (body: string) => ({
    kind: 'free' as const,
    recipient: 'گیرنده',
    subject: 'موضوع',
    salutation: '',
    body,
    closing: '',
    attachments: '',
    copies: '[]',
    rev: 1,
    updatedBy: 'u1',
    updatedAt: '2026-11-23T08:00:00Z',
  });

  it('upserts: the given fields replace the stored ones, and `set` takes its own expression', async () => {
    await db.write(async (tx) => {
      await insertRow(tx, letterTemplateTable, template('یک'), {
        onConflict: ['kind'],
        set: { rev: 'letter_template.rev + 1' },
      });
      await insertRow(tx, letterTemplateTable, template('دو'), {
        onConflict: ['kind'],
        set: { rev: 'letter_template.rev + 1' },
      });
    });
    expect(await db.read.query(`SELECT body, rev FROM letter_template WHERE kind = 'free'`)).toEqual([
      { body: 'دو', rev: 2 },
    ]);
  });

  it('writes many rows, leaves out what is not given (the default fills it), in statements of a few hundred rows', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => ({ key: `k${i}`, value: `${i}`, updatedAt: 'now' }));
    await db.write((tx) => insertRows(tx, officeSettingTable, rows));
    expect(await db.read.query(`SELECT count(*) AS n FROM office_setting WHERE key LIKE 'k%'`)).toEqual([{ n: 450 }]);
  });

  it('refuses a field the table has no column for, and rows that give different fields, writing nothing', async () => {
    await expect(
      db.write((tx) =>
        insertRow(tx, officeSettingTable, { key: 'x', value: '1', updatedAt: 'now', extra: 1 } as never),
      ),
    ).rejects.toThrow('office_setting has no column for extra');
    await expect(
      db.write((tx) =>
        insertRows(tx, officeSettingTable, [
          { key: 'y1', value: '1', updatedAt: 'now' },
          { key: 'y2', value: '1' } as never,
        ]),
      ),
    ).rejects.toThrow('different fields');
    expect(await db.read.query(`SELECT key FROM office_setting WHERE key IN ('x', 'y1', 'y2')`)).toEqual([]);
  });
});
