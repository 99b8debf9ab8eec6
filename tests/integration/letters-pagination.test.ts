// The chair's signature block never starts a page alone: minutes grown line by line across the
// end of page 1, rendered through real Chromium, always have body text on the page that carries
// the signature (the members' signature table and the paragraph introducing it go with it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../shared/text/persian';
import { seedOffice, startCore, type People, type TestCore } from '../support/core';
import { registerOne, toAwaitingRuling } from '../support/lifecycle';
import { pdfOf, pdfText, savePages } from './letters-fixtures';

let t: TestCore;
let people: People;
let minutesId = '';
let baseBody = '';
const SIGNATORY = 'امضاکنندهٔ صورتجلسه';

beforeAll(async () => {
  t = await startCore();
  const seeded = await seedOffice(t);
  people = seeded.people;
  const settings = await t.call('letters.settings', {});
  await t.as(people.admin).call('letters.updateSettings', {
    letterhead: { ...settings.letterhead, signatoryName: SIGNATORY, signatoryTitle: 'رئیس جلسه' },
    numbering: settings.numbering,
  });
  const r = await registerOne(t, seeded.kerman.id, { title: 'نرخ عوارض پسماند' });
  await toAwaitingRuling(t, people, r.id);
  const s = await t.call('sessions.schedule', { date: '2026-11-23', time: '10:00', place: 'سالن جلسات فرمانداری' });
  const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: [r.id] });
  for (const who of [people.chair, people.member1]) {
    await t.as(who).call('sessions.recordFinding', { itemId: d.items[0].id, finding: 'conflict' });
  }
  await t.call('sessions.recordAttendance', {
    id: s.session.id,
    presentMemberIds: [people.chair.id, people.member1.id],
  });
  await t.call('sessions.close', { id: s.session.id });
  const minutes = await t.call('letters.createDraft', { kind: 'session_minutes', sessionId: s.session.id });
  minutesId = minutes.id;
  baseBody = minutes.body;
}, 120_000);
afterAll(() => t.close());

/** The minutes with `lines` one-line paragraphs of discussion before the members' signatures. */
async function minutesWith(lines: number): Promise<Buffer> {
  const d = await t.call('letters.get', { id: minutesId });
  const extra = Array.from(
    { length: lines },
    (_, i) => `<p>بند ${toPersianDigits(i + 1)}- گزارش کارشناس دربارهٔ مصوبه قرائت و بحث شد.</p>`,
  ).join('');
  const at = baseBody.indexOf('<p><strong>امضای اعضای حاضر');
  await t.call('letters.updateDraft', {
    id: d.id,
    rev: d.rev,
    recipient: d.recipient,
    subject: d.subject,
    salutation: d.salutation,
    body: baseBody.slice(0, at) + extra + baseBody.slice(at),
    closing: d.closing,
    attachments: d.attachments,
    copies: d.copies,
  });
  return pdfOf((await t.call('letters.pdf', { id: minutesId })).dataBase64);
}

const pageCount = (pdf: Buffer) => (pdfText(pdf).match(/\f/g) ?? []).length;

describe('the minutes across a page break', () => {
  it('keeps the signature with the members’ signature table at every length around the break', async () => {
    // the fewest lines that take the minutes to a second page
    let lo = 0;
    let hi = 60;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pageCount(await minutesWith(mid)) > 1) hi = mid;
      else lo = mid + 1;
    }
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThan(60);
    for (let lines = lo - 1; lines <= lo + 4; lines++) {
      const pdf = await minutesWith(lines);
      const pages = pageCount(pdf);
      const signed = Array.from({ length: pages }, (_, i) => pdfText(pdf, { page: i + 1 })).find((p) =>
        p.includes(SIGNATORY),
      );
      expect(signed, `${lines} lines: no page carries the signature`).toBeDefined();
      if (lines === lo) savePages(pdf, 'minutes-signature-break');
      // body text with the signature: the members' signature rows («امضا:») and their heading
      expect(signed, `${lines} lines: the signature is alone on its page:\n${signed}`).toContain('امضا:');
      expect(signed).toContain('امضای اعضای حاضر');
    }
  });
});
