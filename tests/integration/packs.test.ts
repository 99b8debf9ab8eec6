// The session pack (issue 15 item 3) through real Chromium and pdf-lib: the agenda, then each
// item's text and expert opinion with the council's attachments after it, numbered pages and a
// bookmark per part; made once and served from the cache, made again when the agenda changes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, type PDFNumber, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, pdfText, reads } from '../support/pdf';
import { resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';

const OUT = path.resolve('test-output/packs');

let t: TestCore;
let people: People;
let sessionId = '';
let rev = 0;
const ids: string[] = [];

async function attachmentPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([420, 595]).drawText(`COUNCIL ATTACHMENT PAGE ${n}`, { x: 40, y: 500, size: 18, font });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  t = await startCore({ backups: false });
  const seeded = await seedOffice(t);
  people = seeded.people;
  const up = await t.call('attachments.upload', {
    name: 'صورتجلسهٔ شورا.pdf',
    dataBase64: (await attachmentPdf()).toString('base64'),
  });
  const first = await t.call(
    'resolutions.register',
    resolutionInput(seeded.kerman.id, {
      incomingNumber: '۱۴۰۵/ب/۱',
      attachments: [{ sha256: up.sha256, name: up.name }],
    }),
  );
  const assigned = await t.call('review.assign', {
    resolutionId: first.id,
    expertId: people.expert.id,
    rev: first.rev,
  });
  const [ref] = await t.call('references.list', {});
  await t.as(people.expert).call('review.submitOpinion', {
    resolutionId: assigned.id,
    conclusion: 'conflict',
    reasoning: 'اخذ عوارض از قبوض آب خارج از اختیارات شوراست.',
    clauses: ['بند ۱: افزودن عوارض پسماند به قبوض آب'],
    grounds: ['conflicts_with_law'],
    referenceIds: [ref.id],
  });
  const afterOpinion = await t.call('resolutions.get', { id: first.id });
  if (afterOpinion.status !== 'awaiting_ruling') {
    await t.call('review.sendToPanel', { resolutionId: first.id, rev: afterOpinion.rev });
  }
  const second = await t.call(
    'resolutions.register',
    resolutionInput(seeded.kerman.id, {
      councilResolutionNumber: '۲/۹',
      incomingNumber: '۱۴۰۵/ب/۲',
      title: 'نام‌گذاری بوستان محله‌ای',
      text: 'شورای اسلامی شهر کرمان نام بوستان محلهٔ شمالی را «بوستان لاله» تصویب کرد.',
    }),
  );
  await t.call('review.sendToPanel', { resolutionId: second.id, rev: second.rev });
  ids.push(first.id, second.id);
  const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'سالن جلسات فرمانداری' });
  const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: ids });
  sessionId = d.session.id;
  rev = d.session.rev;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the session pack', () => {
  it('holds the agenda, each item with its text, opinion and attachments, numbered and bookmarked', async () => {
    const started = Date.now();
    const pack = await t.as(people.member1).call('sessions.pack', { id: sessionId });
    const madeMs = Date.now() - started;
    expect(pack.cached).toBe(false);
    expect(pack.fileName).toBe('session-1405-1.pdf');
    const pdf = Buffer.from(pack.dataBase64, 'base64');
    // agenda, item 1, its two attachment pages, item 2
    expect(pack.pages).toBe(5);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'pack.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', path.join(OUT, 'pack.pdf'), path.join(OUT, 'pack')]);

    const page = (n: number) => pdfText(pdf, { page: n });
    expect(reads(page(1), 'دستور جلسه')).toBe(true);
    expect(reads(page(1), 'نام‌گذاری بوستان محله‌ای')).toBe(true);
    expect(reads(page(2), 'شورای اسلامی شهر کرمان مقرر می‌دارد')).toBe(true);
    expect(reads(page(2), 'اخذ عوارض از قبوض آب خارج از اختیارات شوراست')).toBe(true);
    expect(flat(page(3))).toContain('COUNCIL ATTACHMENT PAGE 1');
    expect(flat(page(4))).toContain('COUNCIL ATTACHMENT PAGE 2');
    expect(reads(page(5), 'بوستان لاله')).toBe(true);
    expect(reads(page(5), 'نظر کارشناسی برای این مصوبه ثبت نشده است')).toBe(true);
    for (const n of [1, 2, 3, 4, 5]) expect(reads(page(n), `${n} / 5`)).toBe(true);

    const doc = await PDFDocument.load(pdf);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect((outlines.get(PDFName.of('Count')) as PDFNumber).asNumber()).toBe(3);
    // within the budget (≈200 pages in ≤ 20 s); here two items
    expect(madeMs).toBeLessThan(20_000);

    const again = Date.now();
    const cached = await t.as(people.chair).call('sessions.pack', { id: sessionId });
    const cachedMs = Date.now() - again;
    expect(cached.cached).toBe(true);
    expect(cached.dataBase64).toBe(pack.dataBase64);
    expect(cachedMs).toBeLessThan(200);
    console.log(`pack made in ${madeMs} ms, served from cache in ${cachedMs} ms`);
  });

  it('is made again when the agenda changes, and refuses an unknown session', async () => {
    const before = await t.call('sessions.pack', { id: sessionId });
    await t.call('sessions.setAgenda', { id: sessionId, rev, resolutionIds: [ids[1]] });
    const after = await t.call('sessions.pack', { id: sessionId });
    expect(after.cached).toBe(false);
    expect(after.pages).toBe(2);
    expect(after.dataBase64).not.toBe(before.dataBase64);
    // the cache keeps the session's current pack only: the one made before the change is gone
    const cache = path.join(t.dir, 'cache', 'packs');
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
    expect((await t.call('sessions.pack', { id: sessionId })).cached).toBe(true);
    const missing = await t.fail('sessions.pack', { id: 'nope' });
    expect(missing.code).toBe('not_found');
  });
});
