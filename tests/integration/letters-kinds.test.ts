// Issue 4: every kind of letter from its template — the no-objection notice, the referral to the
// dispute board, the reminder to a council and the minutes of a panel session — and the admin's
// templates and letterhead (organisation lines, signatory, scanned signature) with their preview.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatJalali } from '../../shared/dates/jalali';
import { councilAnswerDeadline } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { seedOffice, startCore, type People, type TestCore } from '../support/core';
import { registerOne, rule, toAwaitingRuling, toWithCouncil } from '../support/lifecycle';
import { pdfOf, pdfText, reads, savePages, signaturePng } from './letters-fixtures';

let t: TestCore;
let people: People;
let kermanId: string;

beforeAll(async () => {
  t = await startCore();
  const seeded = await seedOffice(t);
  people = seeded.people;
  kermanId = seeded.kerman.id;
});
afterAll(() => t.close());
// some steps move the clock (the council receives a letter, answers it); each test starts on 1405/09/02
beforeEach(() => {
  t.now.value = new Date('2026-11-23T08:00:00Z');
});

async function issue(id: string) {
  const issued = await t.call('letters.issue', { id });
  const pdf = pdfOf((await t.call('letters.pdf', { id })).dataBase64);
  return { ...issued, pdf, text: pdfText(pdf) };
}

describe('letters of each kind', () => {
  it('the no-objection notice makes the resolution enforceable', async () => {
    const r = await registerOne(t, kermanId);
    await toAwaitingRuling(t, people, r.id);
    await rule(t, people.secretary, r.id, 'compliant');
    // an objection letter is not for a resolution found compliant
    const wrong = await t.call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
    expect((await t.fail('letters.issue', { id: wrong.id })).code).toBe('invalid_state');
    await t.call('letters.discardDraft', { id: wrong.id });

    const d = await t.call('letters.createDraft', { kind: 'compliance_notice', resolutionId: r.id });
    const out = await issue(d.id);
    expect(out.lifecycle).toBe('recorded');
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('enforceable');
    savePages(out.pdf, 'compliance-notice');
    expect(reads(out.text, 'اعلام عدم مغایرت مصوبهٔ شمارهٔ')).toBe(true);
    expect(reads(out.text, 'لازم‌الاجرا')).toBe(true);
  });

  it('the reminder and the referral to the dispute board quote the objection letter and the council’s answer', async () => {
    const r = await registerOne(t, kermanId);
    await toWithCouncil(t, people, r.id, '2026-11-24');
    const reminder = await t.call('letters.createDraft', { kind: 'council_reminder', resolutionId: r.id });
    expect(reminder.body).toContain('۱۴۰۵/ت/۱۰۱');
    const rem = await issue(reminder.id);
    savePages(rem.pdf, 'council-reminder');
    expect(reads(rem.text, 'پیرو نامهٔ شمارهٔ ۱۴۰۵/ت/۱۰۱ مورخ ۱۴۰۵/۰۹/۰۲')).toBe(true);
    const deadline = formatJalali(councilAnswerDeadline('2026-11-24', DEFAULT_POLICY));
    expect(reads(rem.text, `در تاریخ ${deadline} به پایان می‌رسد`)).toBe(true);

    t.now.value = new Date('2026-11-25T08:00:00Z');
    await t.call('objection.councilAnswer', {
      resolutionId: r.id,
      answer: 'insist',
      answerDate: '2026-11-25',
      answerNumber: '۷۸۹',
      referral: { boardLevel: 'province', boardName: 'هیأت حل اختلاف استان کرمان', referralDate: '2026-11-25' },
    });
    const referral = await t.call('letters.createDraft', { kind: 'board_referral', resolutionId: r.id });
    expect(referral.recipient).toBe('ریاست محترم هیأت حل اختلاف استان کرمان');
    const ref = await issue(referral.id);
    savePages(ref.pdf, 'board-referral');
    expect(reads(ref.text, 'طی نامهٔ شمارهٔ ۷۸۹ مورخ ۱۴۰۵/۰۹/۰۴ بر مصوبهٔ خود اصرار ورزیده است')).toBe(true);
    expect(ref.lifecycle).toBe('none');
  });

  it('the minutes of a closed session list who attended and what was ruled', async () => {
    const a = await registerOne(t, kermanId, { title: 'نرخ عوارض پسماند' });
    await toAwaitingRuling(t, people, a.id);
    const b = await registerOne(t, kermanId, { title: 'تملک زمین برای فضای سبز' });
    await t.call('review.sendToPanel', { resolutionId: b.id });
    const s = await t.call('sessions.schedule', { date: '2026-11-23', time: '10:00', place: 'سالن جلسات فرمانداری' });
    let d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: [a.id, b.id] });
    const item = (rid: string) => d.items.find((i) => i.resolutionId === rid)!.id;
    for (const who of [people.chair, people.member1]) {
      await t.as(who).call('sessions.recordFinding', { itemId: item(a.id), finding: 'conflict' });
      await t.as(who).call('sessions.recordFinding', { itemId: item(b.id), finding: 'no_conflict' });
    }
    d = await t.call('sessions.recordAttendance', {
      id: s.session.id,
      presentMemberIds: [people.chair.id, people.member1.id],
    });
    await t.call('sessions.close', { id: s.session.id });

    const open = await t.call('sessions.schedule', { date: '2026-11-30', time: '10:00', place: 'فرمانداری' });
    const notYet = await t
      .call('letters.createDraft', { kind: 'session_minutes', sessionId: open.session.id })
      .catch((e) => e);
    expect(String(notYet)).toContain('invalid_state');

    const minutes = await t.call('letters.createDraft', { kind: 'session_minutes', sessionId: s.session.id });
    const out = await issue(minutes.id);
    savePages(out.pdf, 'session-minutes');
    expect(reads(out.text, 'صورتجلسهٔ هیأت تطبیق مصوبات — جلسهٔ شمارهٔ ۱ سال ۱۴۰۵')).toBe(true);
    expect(reads(out.text, 'محمد فرماندار — فرماندار و رئیس هیأت تطبیق')).toBe(true);
    expect(reads(out.text, 'غایبان: رضا نماینده — عضو هیأت')).toBe(true);
    expect(reads(out.text, 'نرخ عوارض پسماند')).toBe(true);
    // a table cell's text wraps inside its cell, so only its first words are sure to be on one line
    expect(reads(out.text, 'تملک زمین برای')).toBe(true);
    expect(reads(out.text, 'مغایرت ۲، عدم مغایرت ۰')).toBe(true);
    // the objection letter of a resolution ruled in a session names the session
    const obj = await t.call('letters.createDraft', { kind: 'objection', resolutionId: a.id });
    expect(obj.body).toContain('جلسهٔ شمارهٔ ۱ سال ۱۴۰۵ مورخ ۱۴۰۵/۰۹/۰۲');
  });
});

describe('templates and letterhead', () => {
  it('lets the admin edit a template, refuses unknown fields, previews it, and resets it', async () => {
    const admin = t.as(people.admin);
    const [notice] = (await admin.call('letters.templates', {})).filter((x) => x.kind === 'compliance_notice');
    expect(notice.custom).toBe(false);
    const unknown = await admin.fail('letters.updateTemplate', { ...notice, body: '<p>{{resolution.colour}}</p>' });
    expect(unknown.fields?.body).toContain('{{resolution.colour}}');
    const foreign = await admin.fail('letters.updateTemplate', { ...notice, body: '<p>{{session.place}}</p>' });
    expect(foreign.fields?.body).toContain('محل جلسه');

    const body =
      '<p>احتراماً، مصوبهٔ شمارهٔ {{resolution.number}} {{council.name}} مغایرتی ندارد.</p><img src=x onerror=alert(1)>';
    const saved = await admin.call('letters.updateTemplate', {
      ...notice,
      body,
      copies: ['{{council.head}} محترم {{council.place}}'],
    });
    expect(saved.custom).toBe(true);
    expect(saved.body).not.toContain('img');
    const preview = await admin.call('letters.previewTemplate', { kind: 'compliance_notice', template: saved });
    expect(preview.html).toContain('شورای اسلامی شهر کرمان');
    expect(preview.html).toContain('<svg');

    const r = await registerOne(t, kermanId, { councilResolutionNumber: '۷۷/۱' });
    await toAwaitingRuling(t, people, r.id);
    await rule(t, people.secretary, r.id, 'compliant');
    const d = await t.call('letters.createDraft', { kind: 'compliance_notice', resolutionId: r.id });
    expect(d.body).toBe('<p>احتراماً، مصوبهٔ شمارهٔ <nobr>۷۷/۱</nobr> شورای اسلامی شهر کرمان مغایرتی ندارد.</p>');
    expect(d.copies).toEqual(['شهردار محترم کرمان']);
    expect((await admin.call('letters.resetTemplate', { kind: 'compliance_notice' })).custom).toBe(false);
  });

  it('prints the letterhead the admin sets, with the scanned signature; issued letters keep theirs', async () => {
    const admin = t.as(people.admin);
    const png = await signaturePng();
    const notImage = await admin.fail('letters.uploadImage', { dataBase64: Buffer.from('<svg/>').toString('base64') });
    expect(notImage.code).toBe('unsupported_type');
    const sig = await admin.call('letters.uploadImage', { dataBase64: png.toString('base64') });
    expect(sig.mimeType).toBe('image/png');
    const settings = await admin.call('letters.updateSettings', {
      letterhead: {
        organisationLines: ['وزارت کشور', 'استانداری کرمان', 'فرمانداری شهرستان کرمان'],
        signatoryName: 'علی‌رضا محمدی',
        signatoryTitle: 'فرماندار و رئیس هیأت تطبیق',
        emblemSha256: null,
        signatureSha256: sig.sha256,
      },
      numbering: { pattern: '{year}/{prefix}/{serial}', prefix: 'ت', pad: 0 },
    });
    expect(settings.letterhead.signatoryName).toBe('علی‌رضا محمدی');
    const d = await t.call('letters.createDraft', { kind: 'free' });
    await t.call('letters.updateDraft', {
      ...d,
      recipient: 'مدیرکل محترم دفتر امور شهری و شوراهای استانداری کرمان',
      subject: 'ارسال گزارش',
      body: '<p>احتراماً، گزارش به پیوست تقدیم می‌شود.</p>',
      copies: ['دبیرخانهٔ هیأت، جهت بایگانی'],
    });
    const out = await issue(d.id);
    savePages(out.pdf, 'letterhead-signature');
    expect(reads(out.text, 'استانداری کرمان')).toBe(true);
    expect(reads(out.text, 'علی‌رضا محمدی')).toBe(true);
    // a later change of signatory does not alter the issued letter
    await admin.call('letters.updateSettings', {
      letterhead: { ...settings.letterhead, signatoryName: 'نفر بعدی' },
      numbering: settings.numbering,
    });
    const preview = await t.call('letters.preview', { id: d.id });
    expect(preview.html).toContain('علی‌رضا محمدی');
    expect(preview.html).not.toContain('نفر بعدی');
    expect((await t.call('letters.get', { id: d.id })).signatoryName).toBe('علی‌رضا محمدی');
  });
});
