// Issue 4: the outgoing register (دفتر اندیکاتور) — numbers without gaps or duplicates under
// concurrent issue, a serial that restarts each Jalali year, immutable issued letters, voiding
// that keeps the number, reprints marked as copies, the register's search, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOffice, startCore, type People, type TestCore } from '../support/core';
import { createChromiumRenderer } from '../../src-main/core/letters/renderer';
import { silentLogger } from '../../src-main/core/logger';
import { freeLetterDraft, pdfOf, pdfText, reads, savePages } from './letters-fixtures';

let t: TestCore;
let people: People;

beforeAll(async () => {
  t = await startCore();
  ({ people } = await seedOffice(t));
});
afterAll(() => t.close());

const freeDraft = (subject: string) => freeLetterDraft(t, subject);

describe('numbering', () => {
  it('gives concurrent issues the serials 1..N with no gap and no duplicate', async () => {
    const N = 12;
    const drafts = await Promise.all(Array.from({ length: N }, (_, i) => freeDraft(`همزمان ${i + 1}`)));
    const issued = await Promise.all(drafts.map((d) => t.call('letters.issue', { id: d.id })));
    const serials = issued.map((x) => x.letter.serial!).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(new Set(issued.map((x) => x.letter.number)).size).toBe(N);
    const [{ n }] = await t.core.context.db.read.query(
      'SELECT count(DISTINCT pdf_sha256) AS n FROM letter WHERE status = ?',
      ['issued'],
    );
    expect(n).toBe(N);
  });

  it('follows the office’s format and restarts the serial in a new Jalali year', async () => {
    await t.as(people.admin).call('letters.updateSettings', {
      letterhead: (await t.call('letters.settings', {})).letterhead,
      numbering: { pattern: '{prefix}/{yy}/{serial}', prefix: '۳', pad: 4 },
    });
    expect((await t.call('letters.settings', {})).nextNumber).toBe('3/05/0013');
    const a = await t.call('letters.issue', { id: (await freeDraft('قالب تازه')).id });
    expect(a.letter.number).toBe('3/05/0013');
    // 1 Farvardin 1406 (2027-03-21, Tehran)
    t.now.value = new Date('2027-03-21T06:00:00Z');
    const b = await t.call('letters.issue', { id: (await freeDraft('سال نو')).id });
    expect(b.letter).toMatchObject({ year: 1406, serial: 1, number: '3/06/0001', date: '2027-03-21' });
    t.now.value = new Date('2026-11-23T08:00:00Z');
    const bad = await t.as(people.admin).fail('letters.updateSettings', {
      letterhead: (await t.call('letters.settings', {})).letterhead,
      numbering: { pattern: '{year}/{prefix}', prefix: 'ت', pad: 0 },
    });
    expect(bad.fields?.['numbering.pattern']).toContain('[ردیف]');
    await t.as(people.admin).call('letters.updateSettings', {
      letterhead: (await t.call('letters.settings', {})).letterhead,
      numbering: { pattern: '{year}/{prefix}/{serial}', prefix: 'ت', pad: 0 },
    });
  });
});

describe('an issued letter', () => {
  it('is immutable, and voiding keeps its number and says why', async () => {
    const d = await freeDraft('برای ابطال');
    const { letter } = await t.call('letters.issue', { id: d.id });
    const edit = await t.fail('letters.updateDraft', { ...d, rev: letter.rev, body: '<p>متن دیگر</p>' });
    expect(edit.code).toBe('invalid_state');
    expect((await t.fail('letters.issue', { id: d.id })).code).toBe('invalid_state');
    expect((await t.fail('letters.discardDraft', { id: d.id })).code).toBe('invalid_state');
    // the database itself refuses a change to an issued letter's content or its deletion
    await expect(
      t.core.context.db.write((tx) => tx.query('UPDATE letter SET body = ? WHERE id = ?', ['x', d.id])),
    ).rejects.toThrow(/immutable/);
    await expect(
      t.core.context.db.write((tx) => tx.query('DELETE FROM letter WHERE id = ?', [d.id])),
    ).rejects.toThrow();

    expect((await t.fail('letters.void', { id: d.id, reason: '' })).code).toBe('validation');
    const voided = await t.call('letters.void', { id: d.id, reason: 'گیرنده اشتباه ثبت شده بود' });
    expect(voided).toMatchObject({ status: 'voided', number: letter.number, voidReason: 'گیرنده اشتباه ثبت شده بود' });
    expect(voided.voidedByName).toBe(people.secretary.name);
    expect((await t.fail('letters.void', { id: d.id, reason: 'دوباره' })).code).toBe('invalid_state');
    expect((await t.fail('letters.print', { ids: [d.id] })).code).toBe('invalid_state');
    const preview = await t.call('letters.preview', { id: d.id });
    expect(preview.html).toContain('باطل شد');
    // the next letter does not reuse the voided number
    const next = await t.call('letters.issue', { id: (await freeDraft('پس از ابطال')).id });
    expect(next.letter.serial).toBe(letter.serial! + 1);
  });

  it('prints as the original first, then as copies marked المثنی, each stored and counted once confirmed', async () => {
    const d = await freeDraft('برای چاپ');
    const { letter } = await t.call('letters.issue', { id: d.id });
    const first = await t.call('letters.print', { ids: [d.id] });
    expect(first).toMatchObject({ mode: 'pdf', printed: 0, copies: 0 });
    const original = pdfOf(first.file!.dataBase64);
    expect(original.equals(pdfOf((await t.call('letters.pdf', { id: d.id })).dataBase64))).toBe(true);
    expect(pdfText(original)).not.toContain('المثنی');
    // handing out the PDF is not a print: nothing counts until the browser has it to print
    expect((await t.call('letters.get', { id: d.id })).printCount).toBe(0);
    expect(await t.call('letters.confirmPrint', { ticket: first.ticket! })).toEqual({ printed: 1, copies: 0 });
    expect((await t.call('letters.get', { id: d.id })).printCount).toBe(1);
    // a ticket counts once
    const twice = await t.fail('letters.confirmPrint', { ticket: first.ticket! });
    expect(twice.code).toBe('not_found');
    expect(twice.message).toMatch(/[\u0600-\u06FF]/);

    const again = await t.call('letters.print', { ids: [d.id] });
    expect(again).toMatchObject({ printed: 0, copies: 1 });
    const copy = pdfOf(again.file!.dataBase64);
    savePages(copy, 'reprint-copy');
    expect(reads(pdfText(copy), 'المثنی — نسخهٔ ۱')).toBe(true);
    expect(await t.count('letter_copy')).toBe(0);
    // another user's ticket is not theirs to confirm
    const other = { ...t.actor, id: 'another-secretary', name: 'دبیر دیگر' };
    expect((await t.as(other).fail('letters.confirmPrint', { ticket: again.ticket! })).code).toBe('not_found');
    expect(await t.call('letters.confirmPrint', { ticket: again.ticket! })).toEqual({ printed: 1, copies: 1 });
    expect((await t.call('letters.get', { id: d.id })).printCount).toBe(2);
    expect(await t.count('letter_copy')).toBe(1);
    expect((await t.call('letters.get', { id: d.id })).pdfSha256).toBe(letter.pdfSha256);

    // two print windows of the same copy: the second to confirm is refused, not counted twice
    const w1 = await t.call('letters.print', { ids: [d.id] });
    const w2 = await t.call('letters.print', { ids: [d.id] });
    await t.call('letters.confirmPrint', { ticket: w1.ticket! });
    const late = await t.fail('letters.confirmPrint', { ticket: w2.ticket! });
    expect(late.code).toBe('conflict');
    expect(late.message).toContain('ثبت نشد');
    expect((await t.call('letters.get', { id: d.id })).printCount).toBe(3);

    // a batch: one PDF with every letter's pages
    const e = await freeDraft('دسته ۱');
    const f = await freeDraft('دسته ۲');
    await t.call('letters.issue', { id: e.id });
    await t.call('letters.issue', { id: f.id });
    const batch = await t.call('letters.print', { ids: [e.id, f.id] });
    expect(batch).toMatchObject({ printed: 0, copies: 0 });
    expect(batch.file!.pages).toBe(2);
    expect(await t.call('letters.confirmPrint', { ticket: batch.ticket! })).toEqual({ printed: 2, copies: 0 });
    expect((await t.fail('letters.print', { ids: [(await freeDraft('پیش‌نویس')).id] })).code).toBe('invalid_state');
  });
});

describe('printing in the desktop app', () => {
  it('counts the letters the printer took, and none after the user closed the print dialog', async () => {
    // Electron's printer is not here: a renderer that prints like it does, answering as its dialog would
    const answers: boolean[] = [];
    const printedHtml: string[] = [];
    const renderer = createChromiumRenderer(silentLogger());
    const desk = await startCore({
      pdf: {
        pdf: (html) => renderer.pdf(html),
        print: async (html) => {
          printedHtml.push(html);
          return answers.shift() ?? true;
        },
        close: async () => undefined,
      },
    });
    try {
      await seedOffice(desk);
      const a = await freeLetterDraft(desk, 'رومیزی ۱');
      const b = await freeLetterDraft(desk, 'رومیزی ۲');
      await desk.call('letters.issue', { id: a.id });
      await desk.call('letters.issue', { id: b.id });
      // the dialog closed on the first: nothing printed, nothing counted
      answers.push(false);
      expect(await desk.call('letters.print', { ids: [a.id, b.id] })).toMatchObject({ mode: 'direct', printed: 0 });
      expect((await desk.call('letters.get', { id: a.id })).printCount).toBe(0);
      expect((await desk.call('letters.get', { id: b.id })).printCount).toBe(0);
      // printed: both counted, in order
      expect(await desk.call('letters.print', { ids: [a.id, b.id] })).toMatchObject({ printed: 2, copies: 0 });
      expect((await desk.call('letters.get', { id: a.id })).printCount).toBe(1);
      expect(printedHtml.at(-1)).toContain('رومیزی ۲');
      // a reprint's page carries المثنی and is stored as the copy
      expect(await desk.call('letters.print', { ids: [a.id] })).toMatchObject({ printed: 1, copies: 1 });
      expect(printedHtml.at(-1)).toContain('المثنی');
      expect(await desk.count('letter_copy')).toBe(1);
    } finally {
      await desk.close();
      await renderer.close();
    }
  });
});

describe('the register', () => {
  it('pages, sorts and finds letters by number, subject or council in any digits', async () => {
    const all = await t.call('letters.list', { filter: { status: ['issued', 'voided'] }, pageSize: 5 });
    expect(all.rows).toHaveLength(5);
    expect(all.total).toBeGreaterThan(12);
    // newest number first: the letter of 1406 before those of 1405
    expect(all.rows[0].number).toBe('3/06/0001');
    expect(all.rows[1].number).toMatch(/^1405\/ت\/\d+$/);
    const page2 = await t.call('letters.list', { filter: { status: ['issued', 'voided'] }, pageSize: 5, page: 1 });
    expect(page2.rows.map((r) => r.id)).not.toContain(all.rows[0].id);

    const byNumber = await t.call('letters.list', { filter: { q: '۱۴۰۵/ت/۳' } });
    expect(byNumber.rows.map((r) => r.number)).toContain('1405/ت/3');
    const bySubject = await t.call('letters.list', { filter: { q: 'همزمان ۷' } });
    expect(bySubject.rows.map((r) => r.subject)).toEqual(['همزمان 7']);
    // Arabic spelling (ي) finds Persian text (ی)
    const arabic = await t.call('letters.list', { filter: { q: 'براي چاپ', status: ['issued'] } });
    expect(arabic.total).toBe(1);
    const drafts = await t.call('letters.list', { filter: { status: ['draft'] } });
    expect(drafts.rows.every((r) => r.status === 'draft' && r.number === null)).toBe(true);
  });
});

describe('who may do what', () => {
  it('lets the secretary issue, the admin keep templates and letterhead, and everyone signed in read and verify', async () => {
    const d = await freeDraft('نقش‌ها');
    for (const who of [people.viewer, people.expert, people.admin, people.chair]) {
      expect((await t.as(who).fail('letters.issue', { id: d.id })).code).toBe('forbidden');
      expect((await t.as(who).fail('letters.createDraft', { kind: 'free' })).code).toBe('forbidden');
    }
    expect((await t.fail('letters.updateTemplate', { kind: 'free', body: '<p>x</p>' })).code).toBe('forbidden');
    expect((await t.fail('letters.importCertificate', { p12Base64: 'AA==', password: '' })).code).toBe('forbidden');
    const list = await t.as(people.viewer).call('letters.list', {});
    expect(list.total).toBeGreaterThan(0);
    expect((await t.as(people.viewer).call('letters.verify', { qrText: 'hello' })).verdict).toBe('unknown');
  });
});
