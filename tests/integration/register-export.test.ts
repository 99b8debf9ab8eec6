// The register's current view to Excel, streamed (issue 12, exports), on a real SQLite file with
// generated resolutions: the file holds exactly the rows the register shows for the same filters
// and sort, in its order, read back with exceljs; a wrong, unwritable or full destination gets a
// clear Persian message and leaves no file behind; a cancel removes the unfinished file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE, startCore, tempDir, type TestCore } from '../support/core';
import { generateCouncils, generateResolutions } from '../fixtures/generate';
import { bulkInsertResolutions } from '../../src-main/core/resolutions/bulk';
import { resolutionListInput } from '../../shared/schemas/resolution';
import type { ExportJob } from '../../shared/reports/exportJob';
import type { Actor } from '../../src-main/core';

const N = 3000;
const secretary: Actor = { id: 'u-sec', name: 'زهرا دبیری', role: 'secretary' };
const other: Actor = { id: 'u-view', name: 'ناظر', role: 'viewer' };
let t: TestCore;
const councilIds: string[] = [];

beforeAll(async () => {
  t = await startCore({ now: '2026-12-03T08:00:00Z', jobs: false });
  await t.call('office.setup', OFFICE);
  for (const c of generateCouncils(20)) councilIds.push((await t.call('councils.create', c)).id);
  const items = [...generateResolutions(N, 20)].map((g) => ({ ...g, councilId: councilIds[g.councilIndex] }));
  await bulkInsertResolutions(t.core.context, t.actor, items);
}, 120_000);
afterAll(() => t.close());

async function finished(job: ExportJob, actor = secretary): Promise<ExportJob> {
  let j = job;
  while (j.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    j = await t.as(actor).call('reports.exportJob', { id: j.id });
  }
  return j;
}

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, rows };
}

describe('register export to Excel', () => {
  it('writes the register as it is filtered and sorted, every row, in its order', async () => {
    const dir = tempDir('tatbiq-export-');
    const view = { sort: { field: 'councilName', dir: 'asc' }, filter: { category: 'fees' } } as const;
    const job = await t.as(secretary).call('reports.exportRegister', { ...view, folder: dir });
    expect(job.fileName).toBe('دفتر مصوبات — 1405-09-12.xlsx');
    const done = await finished(job);
    expect(done).toMatchObject({ state: 'done', message: null, path: path.join(dir, job.fileName) });
    // only the finished file: no temporary file left beside it
    expect(fs.readdirSync(dir)).toEqual([job.fileName]);

    const list = await t.call('resolutions.list', { ...view, pageSize: 200, page: 0 });
    expect(list.total).toBeGreaterThan(200);
    expect(done.total).toBe(list.total);
    expect(done.written).toBe(list.total);
    const { ws, rows } = await readBack(done.path!);
    expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(rows[0].slice(0, 4)).toEqual(['شمارهٔ وصول', 'تاریخ وصول', 'تاریخ وصول (میلادی)', 'شورا']);
    expect(rows.length - 1).toBe(list.total);
    // the register's first page, row by row, in the same order
    expect(rows.slice(1, 201).map((r) => r[0])).toEqual(list.rows.map((r) => r.incomingNumber));
    const first = list.rows[0];
    const [, jalaliText, date, council, number, title, category] = rows[1];
    expect(jalaliText).toMatch(/^14\d\d\/\d\d\/\d\d$/);
    expect((date as Date).toISOString().slice(0, 10)).toBe(first.receiptDate);
    expect(ws.getCell(2, 3).numFmt).toBe('yyyy-mm-dd');
    expect([council, number, title, category]).toEqual([
      first.councilDisplayName,
      first.councilResolutionNumber,
      first.title,
      'درآمد و عوارض',
    ]);
    // and its last page: keyset paging neither skips nor repeats a row
    const lastPage = Math.ceil(list.total / 200) - 1;
    const tail = await t.call('resolutions.list', { ...view, pageSize: 200, page: lastPage });
    expect(rows.slice(1 + lastPage * 200).map((r) => r[0])).toEqual(tail.rows.map((r) => r.incomingNumber));
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(list.total);
  });

  it('every sort gives the register order, a second file gets a free name', async () => {
    const dir = tempDir('tatbiq-export-');
    for (const field of resolutionListInput.shape.sort.unwrap().shape.field.options) {
      const view = { sort: { field, dir: 'desc' as const }, filter: { receivedFrom: '2025-06-01' } };
      const done = await finished(await t.as(secretary).call('reports.exportRegister', { ...view, folder: dir }));
      const list = await t.call('resolutions.list', { ...view, pageSize: 200, page: 0 });
      const { rows } = await readBack(done.path!);
      expect(rows.length - 1, field).toBe(list.total);
      expect(
        rows.slice(1, 201).map((r) => r[0]),
        field,
      ).toEqual(list.rows.map((r) => r.incomingNumber));
    }
    expect(fs.readdirSync(dir)).toContain('دفتر مصوبات — 1405-09-12 (2).xlsx');
  });

  it('an empty view gives a file with its header only', async () => {
    const dir = tempDir('tatbiq-export-');
    const done = await finished(
      await t.as(secretary).call('reports.exportRegister', {
        sort: { field: 'receiptDate', dir: 'desc' },
        filter: { q: 'واژه‌ای-که-نیست' },
        folder: dir,
      }),
    );
    expect(done).toMatchObject({ state: 'done', total: 0, written: 0 });
    expect((await readBack(done.path!)).rows).toHaveLength(1);
  });

  it('a cancelled export leaves nothing behind and says so', async () => {
    const dir = tempDir('tatbiq-export-');
    const job = await t.as(secretary).call('reports.exportRegister', { folder: dir });
    // another user cannot watch or stop it
    await expect(t.as(other).call('reports.cancelExport', { id: job.id })).rejects.toThrow(/این خروجی پیدا نشد/);
    const cancelled = await t.as(secretary).call('reports.cancelExport', { id: job.id });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.message).toBe('ساختن پرونده لغو شد و پرونده‌ای بر جا نماند.');
    expect(cancelled.path).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a relative, missing or unwritable folder in Persian, writing nothing', async () => {
    const call = (folder: string) => t.as(secretary).call('reports.exportRegister', { folder });
    await expect(call('reports')).rejects.toThrow(/مسیر کامل پوشهٔ مقصد را وارد کنید/);
    await expect(call('/no/such/folder')).rejects.toThrow('پوشهٔ مقصد پیدا نشد؛ مسیر را بررسی کنید.');
    // root writes anywhere it has permission bits for; /sys refuses even root
    let locked = '/sys';
    if (process.getuid?.() !== 0) {
      locked = tempDir('tatbiq-locked-');
      fs.chmodSync(locked, 0o555);
    }
    await expect(call(locked)).rejects.toThrow(/در این پوشه نمی‌توان پرونده نوشت/);
    if (locked !== '/sys') expect(fs.readdirSync(locked)).toEqual([]);
  });

  // a real full disk: a 16 KB tmpfs (needs root to mount; skipped otherwise)
  const canMount = process.getuid?.() === 0 && process.platform === 'linux';
  it.skipIf(!canMount)('a full disk fails in Persian and leaves no file, partial or whole', async (ctx) => {
    const dir = tempDir('tatbiq-full-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]);
    } catch {
      ctx.skip(); // no mount in this sandbox
    }
    try {
      const done = await finished(await t.as(secretary).call('reports.exportRegister', { folder: dir }));
      expect(done.state).toBe('failed');
      expect(done.message).toBe(
        'جای خالی دیسک مقصد کافی نیست؛ پرونده ساخته نشد. جایی باز کنید یا پوشهٔ دیگری برگزینید.',
      );
      expect(done.path).toBeNull();
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      execFileSync('umount', [dir]);
    }
  });
});
