import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { OFFICE, resolutionInput, startCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await startCore();
  await t.call('office.setup', OFFICE);
});
afterEach(async () => t.close());

const csv = (s: string) => ({
  fileName: 'councils.csv',
  dataBase64: Buffer.from('\ufeff' + s, 'utf8').toString('base64'),
});

describe('councils', () => {
  it('creates, refuses the same council in another spelling, and edits with a revision check', async () => {
    const c = await t.call('councils.create', { name: 'كرمان', kind: 'city', county: 'كرمان', province: 'کرمان' });
    expect(c.name).toBe('کرمان');
    expect(c.displayName).toBe('شورای اسلامی شهر کرمان');
    const dup = await t.fail('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' });
    expect(dup.code).toBe('duplicate');
    // a village of the same name is another council
    await t.call('councils.create', { name: 'کرمان', kind: 'village', county: 'کرمان', province: 'کرمان' });

    const edited = await t.call('councils.update', {
      ...c,
      name: 'کرمان',
      nationalCode: '۱۲۳',
      rev: c.rev,
      active: true,
    });
    expect(edited.nationalCode).toBe('123');
    const stale = await t.fail('councils.update', { ...c, rev: c.rev, active: true });
    expect(stale.code).toBe('conflict');
  });

  it('re-indexes resolutions when a council is renamed', async () => {
    const c = await t.call('councils.create', { name: 'باغین', kind: 'city', county: 'کرمان', province: 'کرمان' });
    await t.call('resolutions.register', resolutionInput(c.id, { title: 'تعرفه پارکینگ', text: 'متن' }));
    expect((await t.call('resolutions.list', { filter: { q: 'باغین' } })).total).toBe(1);
    await t.call('councils.update', { ...c, name: 'زنگی‌آباد', rev: c.rev, active: true });
    expect((await t.call('resolutions.list', { filter: { q: 'باغین' } })).total).toBe(0);
    expect((await t.call('resolutions.list', { filter: { q: 'زنگی آباد' } })).total).toBe(1);
  });

  it('imports a CSV with Persian headers', async () => {
    const r = await t.call(
      'councils.import',
      csv(
        'نام,نوع,شهرستان,استان,کد\nکرمان,شهر,کرمان,کرمان,۱۰۱\nاختیارآباد,روستا,کرمان,کرمان,102\nماهان,شهر,کرمان,کرمان,\n',
      ),
    );
    expect(r).toEqual({ imported: 3, errors: [] });
    const list = await t.call('councils.list', {});
    expect(list.map((c) => c.displayName)).toContain('شورای اسلامی روستای اختیارآباد');
    expect(list.find((c) => c.name === 'کرمان')?.nationalCode).toBe('101');
  });

  it('imports nothing when any row is bad, and names each bad row', async () => {
    await t.call('councils.create', { name: 'ماهان', kind: 'city', county: 'کرمان', province: 'کرمان' });
    const r = await t.call(
      'councils.import',
      csv(
        'نام,نوع,شهرستان,استان\n' +
          'کرمان,شهر,کرمان,کرمان\n' + // row 2 fine
          'جوپار,دهستان,کرمان,کرمان\n' + // row 3 unknown kind
          ',روستا,کرمان,کرمان\n' + // row 4 no name
          'ماهان,شهر,کرمان,کرمان\n' + // row 5 exists already
          'كرمان,شهر,کرمان,کرمان\n', // row 6 repeats row 2 in Arabic spelling
      ),
    );
    expect(r.imported).toBe(0);
    expect(r.errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(r.errors[0].message).toContain('دهستان');
    expect(r.errors[3].message).toContain('۲');
    expect(await t.count('council')).toBe(1);
  });

  it('imports an Excel workbook and refuses a file without the header row or of another type', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('شوراها');
    ws.addRow(['نام', 'نوع', 'شهرستان', 'استان', 'کد']);
    ws.addRow(['راین', 'شهر', 'کرمان', 'کرمان', 301]);
    ws.addRow(['هنزا', 'روستا', 'کرمان', 'کرمان', 302]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const ok = await t.call('councils.import', { fileName: 'شوراها.xlsx', dataBase64: data.toString('base64') });
    expect(ok).toEqual({ imported: 2, errors: [] });

    const noHeader = await t.call('councils.import', csv('کرمان,شهر,کرمان,کرمان\n'));
    expect(noHeader.imported).toBe(0);
    expect(noHeader.errors[0].row).toBe(1);
    const pdf = await t.fail('councils.import', {
      fileName: 'a.pdf',
      dataBase64: Buffer.from('%PDF').toString('base64'),
    });
    expect(pdf.code).toBe('unsupported_type');
    const broken = await t.fail('councils.import', {
      fileName: 'a.xlsx',
      dataBase64: Buffer.from('not a zip').toString('base64'),
    });
    expect(broken.code).toBe('validation');
    expect(await t.count('council')).toBe(2);
  });
});
