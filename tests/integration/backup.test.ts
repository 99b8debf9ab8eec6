import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { openReadOnly } from '../../src-main/core/storage/sqlite';
import { dailyBackupIfDue } from '../../src-main/core/backup/schedule';
import { takeBackup } from '../../src-main/core/backup/snapshot';
import { resolutionInput, seedOffice, startCore, tempDir, tinyPdf, type TestCore } from '../support/core';

/** Every row of every table, in rowid order, as SQLite returns it (user_session left out: a restore signs everyone out). */
async function dumpTables(file: string): Promise<Record<string, unknown[]>> {
  const db = await openReadOnly(file);
  try {
    const tables: { name: string }[] = await db.query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'user_session' ORDER BY name",
    );
    const out: Record<string, unknown[]> = {};
    for (const { name } of tables) out[name] = await db.query(`SELECT * FROM "${name}"`);
    return out;
  } finally {
    await db.close();
  }
}

async function registerWithScan(t: TestCore, councilId: string, note: string) {
  const pdf = tinyPdf(note);
  const blob = await t.call('attachments.upload', { name: `${note}.pdf`, dataBase64: pdf.toString('base64') });
  const r = await t.call('resolutions.register', {
    ...resolutionInput(councilId, {
      incomingNumber: `۱۴۰۵/${note}`,
      councilResolutionNumber: `${note}/۴۵`,
      title: `مصوبهٔ ${note}`,
    }),
    attachments: [{ sha256: blob.sha256, name: `${note}.pdf` }],
  });
  return { r, blob, pdf };
}

function exec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.exec(sql, (err) => db.close(() => (err ? reject(err) : resolve())));
  });
}

describe('backups', () => {
  it('round trip: a backup restores byte-identical records and blobs, and keeps the replaced database', async () => {
    const t = await startCore({ backups: false });
    const { kerman, people } = await seedOffice(t);
    const first = await registerWithScan(t, kerman.id, 'one');
    const admin = t.as(people.admin);

    const usb = tempDir('tatbiq-usb-');
    const taken = await admin.call('backup.now', { folder: usb });
    expect(path.dirname(taken.folder)).toBe(usb);
    expect(taken.counts.resolution).toBe(1);
    const manifest = JSON.parse(fs.readFileSync(path.join(taken.folder, 'manifest.json'), 'utf8'));
    expect(manifest.office.code).toBe('0801');
    expect(manifest.audit.count).toBe(await t.count('audit_event'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain(
      `blobs/${first.blob.sha256.slice(0, 2)}/${first.blob.sha256}`,
    );
    // the backup is a single self-contained file (no -wal beside it)
    expect(fs.readdirSync(taken.folder).sort()).toEqual(['blobs', 'manifest.json', 'tatbiq.sqlite']);
    const atBackup = await dumpTables(path.join(taken.folder, 'tatbiq.sqlite'));
    expect(atBackup.resolution).toHaveLength(1);

    // life goes on: another resolution with another scan, and an edit
    const second = await registerWithScan(t, kerman.id, 'two');
    expect(await t.count('resolution')).toBe(2);

    const check = await admin.call('backup.check', { folder: taken.folder });
    expect(check).toMatchObject({ restorable: true, filesOk: true, integrityOk: true, auditOk: true, problems: [] });
    expect(check.counts.resolution).toBe(1);
    expect(check.currentCounts.resolution).toBe(2);
    expect(check.auditChecked).toBe(manifest.audit.count);

    // the secretary may back up but not restore
    expect(
      (await t.as(people.secretary).fail('backup.restore', { folder: taken.folder, confirmId: check.manifest.id }))
        .code,
    ).toBe('forbidden');
    // a confirmation of another backup's check is refused, and changes nothing
    expect((await admin.fail('backup.restore', { folder: taken.folder, confirmId: 'another' })).code).toBe('conflict');
    expect(await t.count('resolution')).toBe(2);

    const restored = await admin.call('backup.restore', { folder: taken.folder, confirmId: check.manifest.id });
    expect(restored.counts.resolution).toBe(1);
    const live = await dumpTables(t.core.context.db.file);
    expect(live).toEqual(atBackup);
    expect(await t.count('user_session')).toBe(0);
    // blobs: the backup's byte for byte; the later one is still there (content-addressed, harmless)
    expect((await t.core.context.blobs.get(first.blob.sha256))?.equals(first.pdf)).toBe(true);
    expect((await t.core.context.blobs.get(second.blob.sha256))?.equals(second.pdf)).toBe(true);
    expect((await admin.call('audit.verify', {})).ok).toBe(true);

    // the replaced database is kept as a before-restore backup, with the second resolution in it
    const kept = await dumpTables(path.join(restored.keptFolder, 'tatbiq.sqlite'));
    expect(kept.resolution).toHaveLength(2);
    const list = await admin.call('backup.list', {});
    expect(list.backups.map((b) => b.kind)).toContain('before-restore');

    // the core keeps working on the restored data: writes, reads, search
    const third = await registerWithScan(t, kerman.id, 'three');
    expect((await t.call('resolutions.get', { id: third.r.id })).title).toBe('مصوبهٔ three');
    // the full-text index came back with the records: "two" was registered after the backup
    const found = async (q: string) => (await t.call('resolutions.list', { filter: { q } })).rows.map((r) => r.title);
    expect(await found('one')).toEqual(['مصوبهٔ one']);
    expect(await found('two')).toEqual([]);
    await t.close();

    // and the restored file opens again as the office database
    const again = await startCore({ dir: t.dir, backups: false });
    expect(await again.count('resolution')).toBe(2);
    await again.close();
  });

  it('refuses a damaged or tampered backup before replacing anything', async () => {
    const t = await startCore({ backups: false });
    const { kerman, people } = await seedOffice(t);
    const { blob } = await registerWithScan(t, kerman.id, 'one');
    const admin = t.as(people.admin);
    const dest = tempDir('tatbiq-usb-');

    // a flipped byte in a blob: the sha256 check names the file
    const a = await admin.call('backup.now', { folder: dest });
    const blobFile = path.join(a.folder, 'blobs', blob.sha256.slice(0, 2), blob.sha256);
    const bytes = fs.readFileSync(blobFile);
    bytes[10] ^= 0xff;
    fs.writeFileSync(blobFile, bytes);
    const ca = await admin.call('backup.check', { folder: a.folder });
    expect(ca.restorable).toBe(false);
    expect(ca.filesOk).toBe(false);
    expect(ca.problems.join(' ')).toContain(blob.sha256);

    // an audit event rewritten in the backup (and the manifest's hashes updated to hide it):
    // the chain verification catches it
    now(t, 1);
    const b = await admin.call('backup.now', { folder: dest });
    const dbFile = path.join(b.folder, 'tatbiq.sqlite');
    await exec(dbFile, "DROP TRIGGER audit_no_update; UPDATE audit_event SET actor_name = 'دیگری' WHERE seq = 2;");
    const manifestFile = path.join(b.folder, 'manifest.json');
    const mb = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const { fileSha256 } = await import('../../src-main/core/backup/files');
    mb.files[0].sha256 = await fileSha256(dbFile);
    mb.files[0].size = fs.statSync(dbFile).size;
    fs.writeFileSync(manifestFile, JSON.stringify(mb));
    const cb = await admin.call('backup.check', { folder: b.folder });
    expect(cb.filesOk).toBe(true);
    expect(cb.auditOk).toBe(false);
    expect(cb.restorable).toBe(false);
    const before = await dumpTables(t.core.context.db.file);
    expect((await admin.fail('backup.restore', { folder: b.folder, confirmId: mb.id })).code).toBe('validation');
    expect(await dumpTables(t.core.context.db.file)).toEqual(before);

    // not a backup, a relative path, a missing folder: clear Persian errors
    expect((await admin.fail('backup.check', { folder: dest })).message).toContain('پشتیبانی');
    expect((await admin.fail('backup.check', { folder: 'backups' })).message).toContain('مسیر کامل');
    expect((await admin.fail('backup.now', { folder: path.join(dest, 'nope') })).message).toContain('پیدا نشد');
    await t.close();
  });

  it('takes one automatic backup a day and rotates the old ones away', async () => {
    const t = await startCore({ backups: false });
    await seedOffice(t);
    const ctx = t.core.context;
    // 30 days of the app being opened every day
    for (let day = 0; day < 30; day++) {
      t.now.value = new Date(Date.parse('2026-10-01T06:00:00Z') + day * 86_400_000);
      expect(await dailyBackupIfDue(ctx)).toBe(true);
      // opening the app again the same day takes none
      t.now.value = new Date(t.now.value.getTime() + 3_600_000);
      expect(await dailyBackupIfDue(ctx)).toBe(false);
    }
    await takeBackup(ctx, 'before-restore');
    const list = await t.as({ id: 'a', name: 'a', role: 'admin' }).call('backup.list', {});
    const daily = list.backups.filter((b) => b.kind === 'daily');
    // 7 days plus the older weeks' newest: at most 7 + 4, at least 7
    expect(daily.length).toBeGreaterThanOrEqual(8);
    expect(daily.length).toBeLessThanOrEqual(11);
    expect(daily[0].createdAt).toBe('2026-10-30T06:00:00.000Z');
    // the newest seven days are all there
    expect(daily.slice(0, 7).map((b) => b.createdAt.slice(0, 10))).toEqual(
      ['30', '29', '28', '27', '26', '25', '24'].map((d) => `2026-10-${d}`),
    );
    expect(list.backups.some((b) => b.kind === 'before-restore')).toBe(true);
    expect(fs.readdirSync(list.folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    await t.close();
  });
});

function now(t: TestCore, plusMinutes: number) {
  t.now.value = new Date(t.now.value.getTime() + plusMinutes * 60_000);
}
