// Issue 4: the office's certificate and verification. With a PKCS#12 file the admin imports,
// letters are signed (PAdES) as they are issued — poppler's pdfsig must find a valid signature —
// and the password is asked at signing, never stored. A letter on paper (its QR text) or as a PDF
// is checked against the register: unchanged, it matches; changed, the answer names what differs.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrPayloadText, parseQrPayload } from '../../shared/letters/qr';
import { freeLetterDraft, seedOffice, startCore, type People, type TestCore } from '../support/core';
import { pdfOf, pdfsig, pdfText, reads, savePages, selfSignedP12 } from './letters-fixtures';

const PASSWORD = 'p12-pass-۱۴۰۵';
let t: TestCore;
let people: People;

beforeAll(async () => {
  t = await startCore();
  ({ people } = await seedOffice(t));
});
afterAll(() => t.close());

async function issueFree(subject: string, over: Record<string, unknown> = {}) {
  const d = await freeLetterDraft(t, subject, {
    body: '<p>احتراماً، گزارش عملکرد سه‌ماههٔ سوم سال ۱۴۰۵ به پیوست ارسال می‌شود.</p>',
    attachments: '۱ برگ',
  });
  return t.call('letters.issue', { id: d.id, ...over });
}

describe('verification', () => {
  it('matches an unchanged letter from its QR text or its PDF, and names what differs when changed', async () => {
    const { letter } = await issueFree('نامهٔ آزمون تطبیق');
    const pdf = pdfOf((await t.call('letters.pdf', { id: letter.id })).dataBase64);
    const ok = await t.as(people.viewer).call('letters.verify', { pdfBase64: pdf.toString('base64') });
    expect(ok.verdict).toBe('match');
    expect(ok.letter).toMatchObject({ number: letter.number, status: 'issued' });
    expect(ok.message).toContain('مطابقت دارد');

    const qr = qrPayloadText({
      officeCode: '0801',
      number: letter.number!,
      jalaliDate: '1405/09/02',
      contentHash: letter.contentHash!,
    });
    expect((await t.call('letters.verify', { qrText: qr })).verdict).toBe('match');
    // scanned with Persian digits, the same
    expect((await t.call('letters.verify', { qrText: qr.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]) })).verdict).toBe(
      'match',
    );

    const wrongDate = await t.call('letters.verify', { qrText: qr.replace('1405/09/02', '1405/09/05') });
    expect(wrongDate.verdict).toBe('mismatch');
    expect(wrongDate.checks.find((c) => !c.ok)?.label).toBe('تاریخ نامه');
    const wrongHash = await t.call('letters.verify', { qrText: qr.replace(/\|[0-9a-f]{64}$/, `|${'a'.repeat(64)}`) });
    expect(wrongHash.verdict).toBe('mismatch');
    expect(wrongHash.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual(['متن نامه']);
    const unknownNumber = await t.call('letters.verify', { qrText: qr.replace(letter.number!, '1405/ت/999') });
    expect(unknownNumber.verdict).toBe('unknown');
    expect(unknownNumber.message).toContain('۱۴۰۵/ت/۹۹۹');
    const otherOffice = await t.call('letters.verify', { qrText: qr.replace('|0801|', '|0902|') });
    expect(otherOffice.verdict).toBe('unknown');

    // a tampered PDF: the same letter with a line written over it
    const doc = await PDFDocument.load(pdf);
    doc.getPage(0).drawText('PAID', { x: 300, y: 400, size: 30, font: await doc.embedFont(StandardFonts.Helvetica) });
    const tampered = Buffer.from(await doc.save());
    const bad = await t.call('letters.verify', { pdfBase64: tampered.toString('base64') });
    expect(bad.verdict).toBe('mismatch');
    expect(bad.letter?.number).toBe(letter.number);
    expect(bad.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual(['پروندهٔ PDF']);
    // a few bytes flipped inside the file: not the issued file either
    const flipped = Buffer.from(pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    expect((await t.call('letters.verify', { pdfBase64: flipped.toString('base64') })).verdict).not.toBe('match');
    // a PDF from elsewhere
    const foreign = await PDFDocument.create();
    foreign.addPage();
    const stranger = await t.call('letters.verify', {
      pdfBase64: Buffer.from(await foreign.save()).toString('base64'),
    });
    expect(stranger.verdict).toBe('unknown');

    // a voided letter no longer verifies as valid
    await t.call('letters.void', { id: letter.id, reason: 'صدور اشتباه' });
    const voided = await t.call('letters.verify', { pdfBase64: pdf.toString('base64') });
    expect(voided.verdict).toBe('mismatch');
    expect(voided.checks.find((c) => c.label === 'وضعیت')?.detail).toContain('صدور اشتباه');
  });

  it('carries number, date and content hash in the PDF and its QR payload', async () => {
    const { letter } = await issueFree('نامهٔ رمزینه');
    const pdf = pdfOf((await t.call('letters.pdf', { id: letter.id })).dataBase64);
    const doc = await PDFDocument.load(pdf);
    const payload = parseQrPayload(doc.getKeywords() ?? '');
    expect(payload).toEqual({
      officeCode: '0801',
      number: letter.number,
      jalaliDate: '1405/09/02',
      contentHash: letter.contentHash,
    });
    expect(doc.getTitle()).toBe(`نامهٔ شمارهٔ ${letter.number!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d])}`);
  });
});

describe('the digital signature', () => {
  it('signs issued letters with the imported certificate; the password is asked each time and never stored', async () => {
    const p12 = selfSignedP12(PASSWORD, t.now.value);
    const asAdmin = t.as(people.admin);
    const wrong = await asAdmin.fail('letters.importCertificate', {
      p12Base64: p12.toString('base64'),
      password: 'nope',
    });
    expect(wrong.code).toBe('validation');
    expect(wrong.message).toContain('رمز');
    const cert = await asAdmin.call('letters.importCertificate', {
      p12Base64: p12.toString('base64'),
      password: PASSWORD,
    });
    expect(cert.subject).toBe('Tatbiq Test Governor');
    expect((await t.call('letters.settings', {})).certificate?.fingerprint).toBe(cert.fingerprint);
    // the password is nowhere in the database
    const [{ n }] = await t.core.context.db.read.query(
      `SELECT count(*) AS n FROM audit_event WHERE after LIKE ? OR before LIKE ?`,
      [`%${PASSWORD}%`, `%${PASSWORD}%`],
    );
    expect(n).toBe(0);

    const before = (await t.call('letters.settings', {})).nextNumber;
    const noPassword = await t.fail('letters.issue', {
      id: (await t.call('letters.createDraft', { kind: 'free' })).id,
    });
    expect(noPassword.fields?.certificatePassword).toBeTruthy();
    const d = await t.call('letters.createDraft', { kind: 'free' });
    await t.call('letters.updateDraft', {
      ...d,
      recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
      subject: 'نامهٔ امضاشده',
      body: '<p>احتراماً، این نامه با امضای دیجیتال صادر می‌شود.</p>',
    });
    const badPassword = await t.fail('letters.issue', { id: d.id, certificatePassword: 'wrong' });
    expect(badPassword.code).toBe('validation');
    expect((await t.call('letters.settings', {})).nextNumber).toBe(before);

    const { letter } = await t.call('letters.issue', { id: d.id, certificatePassword: PASSWORD });
    expect(letter).toMatchObject({ signed: true, certificateSubject: 'Tatbiq Test Governor', number: before });
    const pdf = pdfOf((await t.call('letters.pdf', { id: d.id })).dataBase64);
    savePages(pdf, 'signed');
    const report = pdfsig(pdf);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Tatbiq Test Governor');
    expect(reads(pdfText(pdf), 'دارای امضای دیجیتال')).toBe(true);
    expect((await t.call('letters.verify', { pdfBase64: pdf.toString('base64') })).verdict).toBe('match');

    // one byte changed after signing: pdfsig sees it, and so does verification
    const flipped = Buffer.from(pdf);
    const at = flipped.indexOf('stream\n', 100) + 20;
    flipped[at] ^= 0x01;
    expect(pdfsig(flipped)).toContain('Digest Mismatch');

    // without signing, the office can still issue (signed by hand)
    const unsigned = await issueFree('بدون امضای دیجیتال', { sign: false });
    expect(unsigned.letter.signed).toBe(false);
    await asAdmin.call('letters.removeCertificate', {});
    expect((await t.call('letters.settings', {})).certificate).toBeNull();
    expect((await issueFree('پس از حذف گواهی')).letter.signed).toBe(false);
  });
});
