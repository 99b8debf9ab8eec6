import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolutionInput, seedOffice, startCore, tinyPdf, type TestCore } from '../support/core';

let t: TestCore;
let councils: Awaited<ReturnType<typeof seedOffice>>;

beforeEach(async () => {
  t = await startCore();
  councils = await seedOffice(t);
});
afterEach(async () => t.close());

describe('registering a resolution', () => {
  it('stores it normalized, with its attachment, and finds it by any spelling', async () => {
    const up = await t.call('attachments.upload', { name: 'صورتجلسه.pdf', dataBase64: tinyPdf().toString('base64') });
    const r = await t.call(
      'resolutions.register',
      resolutionInput(councils.kerman.id, {
        title: 'تعرفه عوارض پسماند شهر كرمان', // Arabic kaf, as some keyboards type it
        attachments: [{ sha256: up.sha256, name: up.name }],
      }),
    );
    expect(r.title).toBe('تعرفه عوارض پسماند شهر کرمان');
    expect(r.status).toBe('received');
    expect(r.councilDisplayName).toBe('شورای اسلامی شهر کرمان');
    expect(r.attachments).toHaveLength(1);
    expect(r.attachments[0].size).toBe(tinyPdf().length);

    for (const q of [
      'كرمان',
      'کرمان',
      'پسماند',
      'اسلامي',
      'شوراي',
      '1406',
      '۱۴۰۶',
      'میدارد',
      'می‌دارد',
      'می دارد',
      'عوارض پسم',
    ]) {
      const page = await t.call('resolutions.list', { filter: { q } });
      expect(page.total, `search «${q}»`).toBe(1);
    }
    const none = await t.call('resolutions.list', { filter: { q: 'کاشان' } });
    expect(none.total).toBe(0);

    const back = await t.call('attachments.read', { sha256: up.sha256 });
    expect(Buffer.from(back.dataBase64, 'base64').equals(tinyPdf())).toBe(true);
  });

  it('refuses a duplicate council number in the same year, in any digit set, writing nothing', async () => {
    await t.call('resolutions.register', resolutionInput(councils.kerman.id));
    const e = await t.fail(
      'resolutions.register',
      resolutionInput(councils.kerman.id, { councilResolutionNumber: '123/45', incomingNumber: '۱۴۰۵/۹۹۹' }),
    );
    expect(e.code).toBe('duplicate');
    expect(e.fields?.councilResolutionNumber).toContain('قبلاً');
    expect(await t.count('resolution')).toBe(1);
    expect(await t.count('resolution_fts')).toBe(1);
    // the same number from another council is a different resolution
    await t.call('resolutions.register', resolutionInput(councils.village.id, { incomingNumber: '۱۴۰۵/۲۳۴۶' }));
    expect(await t.count('resolution')).toBe(2);
  });

  it('refuses a reused incoming number in the same Jalali year', async () => {
    await t.call('resolutions.register', resolutionInput(councils.kerman.id));
    const e = await t.fail(
      'resolutions.register',
      resolutionInput(councils.village.id, { incomingNumber: '1405/2345' }),
    );
    expect(e.code).toBe('duplicate');
    expect(Object.keys(e.fields ?? {})).toEqual(['incomingNumber']);
  });

  it('gives Persian field errors for bad input and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ receiptDate: '2026-02-30' }, 'receiptDate'],
      [{ receiptDate: '1405/09/01' }, 'receiptDate'],
      [{ approvalDate: '2026-11-01' }, 'approvalDate'], // before the session
      [{ receiptDate: '2026-11-05' }, 'receiptDate'], // before approval
      [{ receiptDate: '2026-12-01' }, 'receiptDate'], // in the future
      [{ councilId: 'no-such-council' }, 'councilId'],
      [{ title: '   ' }, 'title'],
      [{ category: 'sports' }, 'category'],
      [{ text: '' }, 'text'],
    ];
    for (const [over, field] of cases) {
      const e = await t.fail('resolutions.register', resolutionInput(councils.kerman.id, over));
      expect(e.code, JSON.stringify(over)).toBe('validation');
      expect(e.fields?.[field], JSON.stringify(over)).toMatch(/[\u0600-\u06FF]/);
    }
    expect(await t.count('resolution')).toBe(0);
  });

  it('refuses non-PDF and oversized attachments and a reference to a blob never uploaded', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const e1 = await t.fail('attachments.upload', { name: 'scan.png', dataBase64: png.toString('base64') });
    expect(e1.code).toBe('unsupported_type');
    expect(e1.message).toContain('PDF');

    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const e2 = await t.fail('attachments.upload', { name: 'big.pdf', dataBase64: big.toString('base64') });
    expect(e2.code).toBe('too_large');

    const e3 = await t.fail('attachments.upload', { name: 'x.pdf', dataBase64: '%%%not base64' });
    expect(e3.code).toBe('validation');

    const e4 = await t.fail(
      'resolutions.register',
      resolutionInput(councils.kerman.id, { attachments: [{ sha256: 'a'.repeat(64), name: 'lost.pdf' }] }),
    );
    expect(e4.fields?.attachments).toContain('lost.pdf');
    expect(await t.count('resolution')).toBe(0);
    expect(await t.count('attachment')).toBe(0);
  });

  it('edits only while received, and refuses a stale revision', async () => {
    const r = await t.call('resolutions.register', resolutionInput(councils.kerman.id));
    const edited = await t.call('resolutions.update', {
      ...resolutionInput(councils.kerman.id, { title: 'عنوان اصلاح‌شده سرمایه‌گذاری' }),
      id: r.id,
      rev: r.rev,
    });
    expect(edited.rev).toBe(2);
    expect((await t.call('resolutions.list', { filter: { q: 'سرمایه' } })).total).toBe(1);
    expect((await t.call('resolutions.list', { filter: { q: 'خدمات' } })).total).toBe(0);
    const stale = await t.fail('resolutions.update', { ...resolutionInput(councils.kerman.id), id: r.id, rev: r.rev });
    expect(stale.code).toBe('conflict');

    await t.core.context.db.write((tx) =>
      tx.query(`UPDATE resolution SET status = 'under_review' WHERE id = ?`, [r.id]),
    );
    const locked = await t.fail('resolutions.update', { ...resolutionInput(councils.kerman.id), id: r.id, rev: 2 });
    expect(locked.code).toBe('invalid_state');
  });
});

describe('the register query', () => {
  beforeEach(async () => {
    const days = ['2026-10-01', '2026-10-15', '2026-11-01', '2026-11-02', '2026-11-20'];
    // each registered on the day it was received, in time, as a secretariat does
    const now = t.now.value;
    for (const [i, d] of days.entries()) {
      t.now.value = new Date(`${d}T08:00:00Z`);
      await t.call(
        'resolutions.register',
        resolutionInput(i % 2 ? councils.village.id : councils.kerman.id, {
          councilResolutionNumber: String(i + 1),
          incomingNumber: `و-${i + 1}`,
          councilSessionDate: '2026-09-20',
          approvalDate: '2026-09-20',
          receiptDate: d,
          category: i === 4 ? 'finance' : 'fees',
          title: `مصوبه شماره ${i + 1}`,
        }),
      );
    }
    t.now.value = now;
  });

  it('pages and sorts on the server', async () => {
    const p0 = await t.call('resolutions.list', { page: 0, pageSize: 2 });
    const p2 = await t.call('resolutions.list', { page: 2, pageSize: 2 });
    expect(p0.total).toBe(5);
    expect(p0.rows.map((r) => r.receiptDate)).toEqual(['2026-11-20', '2026-11-02']);
    expect(p2.rows.map((r) => r.receiptDate)).toEqual(['2026-10-01']);
    const asc = await t.call('resolutions.list', { sort: { field: 'receiptDate', dir: 'asc' } });
    expect(asc.rows[0].receiptDate).toBe('2026-10-01');
    const byCouncil = await t.call('resolutions.list', { sort: { field: 'councilName', dir: 'asc' } });
    expect(byCouncil.rows[0].councilDisplayName).toBe('شورای اسلامی روستای اختیارآباد');
  });

  it('filters by council, category, status and a Jalali-entered date range', async () => {
    expect((await t.call('resolutions.list', { filter: { councilId: councils.village.id } })).total).toBe(2);
    expect((await t.call('resolutions.list', { filter: { category: 'finance' } })).total).toBe(1);
    expect((await t.call('resolutions.list', { filter: { status: ['received'] } })).total).toBe(5);
    expect((await t.call('resolutions.list', { filter: { status: ['objected'] } })).total).toBe(0);
    const range = await t.call('resolutions.list', {
      filter: { receivedFrom: '2026-10-15', receivedTo: '2026-11-01' },
    });
    expect(range.rows.map((r) => r.receiptDate).sort()).toEqual(['2026-10-15', '2026-11-01']);
    const combined = await t.call('resolutions.list', {
      filter: { q: 'مصوبه', councilId: councils.kerman.id, category: 'fees' },
    });
    expect(combined.total).toBe(2);
  });

  it('treats hostile search text as text', async () => {
    for (const q of ['"', '*', 'AND', '(', 'NEAR(', '-', ':', '" OR 1=1 --', '؟!']) {
      const r = await t.call('resolutions.list', { filter: { q } });
      expect(r.total, q).toBe(0);
    }
    const bad = await t.fail('resolutions.list', { pageSize: 5000 });
    expect(bad.code).toBe('validation');
  });
});
