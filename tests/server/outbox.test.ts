// The office's outbox (no server needed): the triggers installed by migrations 0007 and 0008 agree with the
// one table list, every synced table's columns are what the shared wire schema expects (a column
// another capability adds must be added there too), and changes land in the outbox in the
// transaction that made them, one row per record.
import { describe, expect, it } from 'vitest';
import { type z } from 'zod';
import { PUSHED_ENTITIES } from '../../shared/sync/records';
import { SYNCED_TABLES } from '../../src-main/core/sync/tables';
import { outboxTriggerSql } from '../../src-main/core/storage/outbox';
import { SYNC_0007_TABLES } from '../../src-main/core/storage/migrations/0007-sync';
import { SYNC_0008_TABLES } from '../../src-main/core/storage/migrations/0008-legal';
import { SYNC_0017_TABLES } from '../../src-main/core/storage/migrations/0017-complaints';
import { collectBatch } from '../../src-main/core/sync/push';
import { resolutionInput, seedOffice, startCore } from '../support/core';

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as z.ZodObject).shape).sort();

describe('the synced tables', () => {
  it('have the triggers the list describes, and migration 0007 covers the list', async () => {
    const t = await startCore();
    try {
      const triggers: { name: string }[] = await t.core.context.db.read.query(
        `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'`,
      );
      const expected = SYNCED_TABLES.flatMap((s) =>
        outboxTriggerSql(s).map((sql) => /CREATE TRIGGER (\S+)/.exec(sql)![1]),
      );
      expect(triggers.map((x) => x.name).sort()).toEqual(expected.sort());
      expect([...SYNC_0007_TABLES, ...SYNC_0008_TABLES, ...SYNC_0017_TABLES].sort()).toEqual(
        SYNCED_TABLES.map((s) => s.table).sort(),
      );
    } finally {
      await t.close();
    }
  });

  it('match the shared wire schemas column for column', async () => {
    const t = await startCore();
    try {
      const columns = async (table: string) =>
        ((await t.core.context.db.read.query(`PRAGMA table_info(${table})`)) as { name: string }[]).map((c) => c.name);
      for (const s of SYNCED_TABLES) {
        const schema = PUSHED_ENTITIES[s.entity].schema as unknown as z.ZodObject;
        const own = (await columns(s.table)).filter((c) => !(s.omit ?? []).includes(c)).map(camel);
        const folded = (s.children ?? []).map((c) => c.field);
        expect([...own, ...folded].sort(), s.entity).toEqual(keysOf(schema));
        for (const c of s.children ?? []) {
          if (c.value) continue;
          const child = (schema.shape[c.field] as unknown as z.ZodArray<z.ZodObject>).element;
          expect((await columns(c.table)).map(camel).sort(), c.table).toEqual(keysOf(child));
        }
      }
    } finally {
      await t.close();
    }
  });
});

describe('the outbox', () => {
  it('gets one row per record, in the transaction of the change; a later change moves its rev', async () => {
    const t = await startCore();
    try {
      const { kerman } = await seedOffice(t);
      const m = t.core.context.db.read;
      const rows = () => m.query('SELECT entity, rev, change_id AS changeId FROM sync_outbox ORDER BY seq');
      const r = await t.call('resolutions.register', resolutionInput(kerman.id));
      expect((await rows()).map((x: { entity: string }) => x.entity)).toEqual([
        'office',
        'council',
        'council',
        'resolution',
      ]);
      // a push takes the rows and gives them change ids, kept while the answer is awaited
      const batch = await collectBatch(t.core.context, 0, 10);
      expect(batch?.changes.map((c) => c.entity)).toEqual(['office', 'council', 'council', 'resolution']);
      const again = await collectBatch(t.core.context, 0, 10);
      expect(again?.changes.map((c) => c.changeId)).toEqual(batch?.changes.map((c) => c.changeId));
      const res = batch!.changes[3];
      expect(res.data).toMatchObject({
        id: r.id,
        status: 'received',
        text: resolutionInput(kerman.id).text,
        attachments: [],
      });
      // the record changes before the answer: same place in the queue, new rev, the change id forgotten
      await t.call('resolutions.update', { ...resolutionInput(kerman.id), id: r.id, rev: r.rev, title: 'دوم' });
      const after = await rows();
      expect(after).toHaveLength(4);
      expect(after[3]).toMatchObject({ entity: 'resolution', rev: 2, changeId: null });
      // a failed transaction leaves no outbox row
      const failed = await t.fail('resolutions.register', resolutionInput(kerman.id));
      expect(failed.code).toBe('duplicate');
      expect(await rows()).toHaveLength(4);
    } finally {
      await t.close();
    }
  });

  it('only synced states of a record are queued: a draft letter waits until it is issued', async () => {
    const t = await startCore();
    try {
      await seedOffice(t);
      const m = t.core.context.db;
      const count = async () =>
        (await m.read.query(`SELECT count(*) AS n FROM sync_outbox WHERE entity = 'letter'`))[0].n;
      const [office] = await m.read.query('SELECT id FROM office');
      await m.write((tx) =>
        tx.query(
          `INSERT INTO letter (id, office_id, kind, status, recipient, subject, salutation, body, closing, attachments,
             signatory_name, signatory_title, search_key, created_by, created_by_name, created_at, updated_at)
           VALUES ('l1', ?, 'free', 'draft', 'گیرنده', 'موضوع', 'سلام', 'متن', '', 'ندارد', 'امضا', 'سمت', 'k', 'u', 'کاربر', 'x', 'x')`,
          [office.id],
        ),
      );
      expect(await count()).toBe(0);
      await m.write((tx) =>
        tx.query(
          `UPDATE letter SET status = 'issued', year = 1405, serial = 1, number = '1', letter_date = '2026-11-23',
             content_hash = ?, pdf_sha256 = ?, rev = 2 WHERE id = 'l1'`,
          ['a'.repeat(64), 'b'.repeat(64)],
        ),
      );
      expect(await count()).toBe(1);
    } finally {
      await t.close();
    }
  });
});
