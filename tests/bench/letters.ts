// Letters (issue 4): PDFs per second with one warm renderer (Chromium through playwright-core,
// the same pipeline an issue runs: HTML → PDF → finishing), and a batch of 500 letters issued one
// transaction each, as the batch dialog does. Targets: ≤ 150 ms per warm PDF; 500 letters < 90 s.
import { buildView, renderPdf } from '../../src-main/core/letters/compose';
import { letterhead } from '../../src-main/core/letters/settings';
import { seedOffice, startCore } from '../support/core';
import { ms, percentile } from './stats';

const BATCH = Number(process.env.BENCH_LETTERS ?? 500);
const WARM = 40;

const BODY =
  '<p>احتراماً، مصوبهٔ شمارهٔ <nobr>۱۲۳/۴۵</nobr> مورخ ۱۴۰۵/۰۸/۱۹ آن شورا (جلسهٔ شمارهٔ ۴۵) با موضوع «اخذ عوارض بهای خدمات پسماند» ' +
  'که در تاریخ ۱۴۰۵/۰۸/۲۴ واصل شد، در جلسهٔ هیأت بررسی و به شرح زیر مورد اعتراض قرار گرفت:</p>' +
  '<blockquote>بند ۲: افزودن عوارض پسماند به قبوض آب</blockquote>' +
  '<p><strong>مستند قانونی:</strong> قانون درآمد پایدار و هزینه شهرداری‌ها و دهیاری‌ها — مادهٔ ۲</p>' +
  '<p>خواهشمند است ظرف مدت ۱۰ روز از تاریخ وصول این نامه در مصوبهٔ یادشده تجدیدنظر فرمایید.</p>';

export async function benchLetters(): Promise<[string, string, string?][]> {
  const t = await startCore();
  await seedOffice(t);
  const core = t.core.context;
  const head = await letterhead(core.db.read);
  const view = await buildView(core, {
    record: {
      kind: 'objection',
      number: '1405/ت/123',
      letterDate: '2026-11-23',
      recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
      subject: 'اعتراض به مصوبهٔ شمارهٔ ۱۲۳/۴۵ و درخواست تجدیدنظر',
      salutation: 'با سلام و احترام',
      body: BODY,
      closing: '',
      attachments: 'ندارد',
      copies: JSON.stringify(['استانداری کرمان — دفتر امور شهری و شوراها', 'شهردار محترم کرمان']),
      certificateSubject: null,
    },
    head,
    mode: { kind: 'original', qrText: `TATBIQ-LETTER|v1|0801|1405/ت/123|1405/09/02|${'a'.repeat(64)}` },
  });
  const identity = { title: view.title, subject: 'bench', keywords: 'bench' };

  const c0 = performance.now();
  await renderPdf(core, view, identity);
  const cold = performance.now() - c0;
  const samples: number[] = [];
  for (let i = 0; i < WARM; i++) {
    const s = performance.now();
    await renderPdf(core, view, identity);
    samples.push(performance.now() - s);
  }
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;

  const drafts: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const d = await t.call('letters.createDraft', { kind: 'free' });
    await t.call('letters.updateDraft', {
      id: d.id,
      rev: d.rev,
      recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
      subject: `نامهٔ دسته‌ای ${i + 1}`,
      salutation: 'با سلام و احترام',
      body: BODY,
      closing: '',
      attachments: '',
      copies: ['شهردار محترم کرمان، جهت اطلاع'],
    });
    drafts.push(d.id);
  }
  const b0 = performance.now();
  for (const id of drafts) await t.call('letters.issue', { id });
  const batch = (performance.now() - b0) / 1000;
  const [{ gaps }] = await core.db.read.query(
    `SELECT max(serial) - count(*) AS gaps FROM letter WHERE status = 'issued' AND year = 1405`,
  );
  await t.close();
  return [
    ['first PDF (starts Chromium)', ms(cold)],
    ['warm PDF, p50', ms(percentile(samples, 50)), 'target ≤ 150 ms'],
    ['warm PDF, p95', ms(percentile(samples, 95))],
    ['warm PDFs per second', (1000 / mean).toFixed(1), `one renderer reused, ${WARM} renders`],
    [
      `issue ${BATCH} letters`,
      `${batch.toFixed(1)} s`,
      `target < 90 s; ${((batch * 1000) / BATCH).toFixed(0)} ms per letter, numbers without gaps: ${gaps === 0}`,
    ],
  ];
}
