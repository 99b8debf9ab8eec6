// Private notes (issue 15 item 4): only the author reads a note, by any call; the note is in the
// office database and its backups, and a sync push never carries it.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_DB } from '../../src-main/core/backup/snapshot';
import { openReadOnly } from '../../src-main/core/storage/sqlite';
import { collectBatch } from '../../src-main/core/sync/push';
import { SYNCED_TABLES } from '../../src-main/core/sync/tables';
import { METHODS } from '../../shared/api/contract';
import { seedAgenda, startCore, tempDir, type TestCore } from '../support/core';

const SECRET = 'یادداشت محرمانه: در جلسه دربارهٔ بند ۳ پرسش شود.';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

/** two resolutions on the panel's agenda for a session on 25 Azar */
async function setup() {
  t = await startCore({ backups: false });
  return seedAgenda(t, (n) => ({ councilResolutionNumber: `${n}/۸`, incomingNumber: `۱۴۰۵/ی/${n}` }), 'فرمانداری');
}

describe('private notes', () => {
  it('are read and written only by their author; others get nothing by any call', async () => {
    const { people, session, items } = await setup();
    const member = t.as(people.member1);
    const target = { sessionId: session.id, itemId: items[0].id };
    const saved = await member.call('notes.save', { ...target, text: `  ${SECRET}  ` });
    expect(saved).toMatchObject({ ...target, text: SECRET });
    await member.call('notes.save', { sessionId: session.id, text: 'یادداشت جلسه' });
    expect(await member.call('notes.get', target)).toMatchObject({ text: SECRET });
    expect((await member.call('notes.list', { sessionId: session.id })).map((n) => n.text)).toEqual([
      'یادداشت جلسه',
      SECRET,
    ]);
    // editing keeps one note per target
    await member.call('notes.save', { ...target, text: `${SECRET} (ویرایش)` });
    expect(await t.count('private_note')).toBe(2);

    // another member, and the chair, see only their own (none)
    for (const other of [people.member2, people.chair]) {
      expect(await t.as(other).call('notes.get', target)).toBeNull();
      expect(await t.as(other).call('notes.list', { sessionId: session.id })).toEqual([]);
    }
    // the secretary, the admin, an expert and the viewer are refused outright
    for (const other of [people.secretary, people.admin, people.expert, people.viewer]) {
      for (const m of ['notes.get', 'notes.list', 'notes.save'] as const) {
        expect((await t.as(other).fail(m, { ...target, text: 'x' })).code).toBe('forbidden');
      }
    }
    // no other read call returns the note's text, as anyone
    const reads = { 'sessions.get': { id: session.id }, 'sessions.minutes': { id: session.id }, 'desk.get': {} };
    for (const who of [people.secretary, people.admin, people.member2, people.chair, people.viewer]) {
      for (const [m, input] of Object.entries(reads)) {
        const r = await t.core.dispatch(m as never, input, { actor: who });
        expect(JSON.stringify(r)).not.toContain('یادداشت محرمانه');
      }
    }
    // nor the audit log, which the admin reads
    const audit: unknown[] = await t.core.context.db.read.query(
      `SELECT 1 FROM audit_event WHERE coalesce(before, '') || coalesce(after, '') LIKE '%محرمانه%'`,
    );
    expect(audit).toEqual([]);
    expect(METHODS.filter((m) => m.startsWith('notes.'))).toEqual(['notes.get', 'notes.list', 'notes.save']);

    // empty text removes the note; another member cannot touch it by writing the same target
    await t.as(people.member2).call('notes.save', { ...target, text: 'از آن من' });
    expect(await member.call('notes.get', target)).toMatchObject({ text: `${SECRET} (ویرایش)` });
    expect(await member.call('notes.save', { ...target, text: '   ' })).toBeNull();
    expect(await member.call('notes.get', target)).toBeNull();
    expect(await t.as(people.member2).call('notes.get', target)).toMatchObject({ text: 'از آن من' });
  });

  it('refuses an item of another session or an unknown session, writing nothing', async () => {
    const { people, session, items } = await setup();
    const other = await t.call('sessions.schedule', { date: '2026-11-30', time: '10:00', place: 'فرمانداری' });
    const member = t.as(people.member1);
    const wrong = await member.fail('notes.save', { sessionId: other.session.id, itemId: items[0].id, text: 'x' });
    expect(wrong.code).toBe('not_found');
    expect(wrong.message).toContain('دستور');
    expect((await member.fail('notes.save', { sessionId: 'nope', text: 'x' })).code).toBe('not_found');
    const long = await member.fail('notes.save', { sessionId: session.id, text: 'x'.repeat(10_001) });
    expect(long.code).toBe('validation');
    expect(await t.count('private_note')).toBe(0);
  });

  it('are in backups and never in a sync push', async () => {
    const { people, session, items } = await setup();
    await t.as(people.member1).call('notes.save', { sessionId: session.id, itemId: items[1].id, text: SECRET });
    expect(SYNCED_TABLES.map((s) => s.table)).not.toContain('private_note');
    const triggers: unknown[] = await t.core.context.db.read.query(
      `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'private_note'`,
    );
    expect(triggers).toEqual([]);
    const batch = await collectBatch(t.core.context, 0, 1000);
    expect(batch?.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(batch)).not.toContain('یادداشت محرمانه');

    const taken = await t.as(people.admin).call('backup.now', { folder: tempDir('tatbiq-usb-') });
    const copy = await openReadOnly(path.join(taken.folder, BACKUP_DB));
    try {
      const rows: { text: string }[] = await copy.query('SELECT text FROM private_note');
      expect(rows.map((r) => r.text)).toEqual([SECRET]);
    } finally {
      await copy.close();
    }
  });
});
