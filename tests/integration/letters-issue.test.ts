// Issuing renders and signs the PDF outside the write transaction (issue 16, item 7): the office's
// other writes go on while Chromium works, and the register stays gapless. The renderer here is
// the real one (Chromium through playwright-core) behind a gate the test opens and closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumRenderer, type PdfRenderer } from '../../src-main/core/letters/renderer';
import { toPersianDigits } from '../../shared/text/persian';
import { seedOffice, startCore, type TestCore } from '../support/core';
import { freeLetterDraft, pdfOf, pdfText, reads } from './letters-fixtures';

/** Chromium behind a gate: `hold()` stops the next render until `release()`. */
function gatedRenderer() {
  const real = createChromiumRenderer();
  let gate: Promise<void> | null = null;
  let arrived: (() => void) | null = null;
  let failNext = false;
  const state = { renders: 0 };
  const renderer: PdfRenderer = {
    async pdf(html) {
      state.renders++;
      arrived?.();
      if (gate) await gate;
      if (failNext) {
        failNext = false;
        throw new Error('the renderer stopped (test)');
      }
      return real.pdf(html);
    },
    close: () => real.close(),
  };
  return {
    renderer,
    state,
    failOnce: () => (failNext = true),
    /** closes the gate; `reached` resolves once a render waits at it */
    hold() {
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      const reached = new Promise<void>((r) => (arrived = r));
      return {
        reached,
        release: () => {
          gate = null;
          arrived = null;
          open();
        },
      };
    },
  };
}

const gated = gatedRenderer();
let t: TestCore;

beforeAll(async () => {
  t = await startCore({ pdf: gated.renderer });
  await seedOffice(t);
});
afterAll(() => t.close());

const freeDraft = (subject: string) => freeLetterDraft(t, subject);

/** `p`, or a failure naming what did not finish within `ms`. */
function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms)),
  ]);
}

const issuedCount = async () =>
  (await t.core.context.db.read.query(`SELECT count(*) AS n FROM letter WHERE status = 'issued'`))[0].n as number;

/** The issued letter's PDF says the number and date the register committed. */
async function printsItsNumber(id: string) {
  const letter = await t.call('letters.get', { id });
  const text = pdfText(pdfOf((await t.call('letters.pdf', { id })).dataBase64));
  expect(reads(text, `شماره ${toPersianDigits(letter.number!)}`), text).toBe(true);
  expect(reads(text, 'تاریخ ۱۴۰۵/۰۹/۰۲'), text).toBe(true);
  return { letter, text };
}

describe('issuing a letter while Chromium renders it', () => {
  it('lets other writes finish meanwhile, and numbers the letter only once it is rendered', async () => {
    const draft = await freeDraft('نامهٔ در حال چاپ');
    const other = await freeDraft('نامهٔ دیگر');
    const { reached, release } = gated.hold();
    const issuing = t.call('letters.issue', { id: draft.id });
    await reached;
    // a secretary registers a council and edits another draft while the PDF is being made
    const council = await within(
      10_000,
      t.call('councils.create', { name: 'زرند', kind: 'city', county: 'زرند', province: 'کرمان' }),
      'a council created during a render',
    );
    expect(council.name).toBe('زرند');
    await within(10_000, t.call('letters.updateDraft', { ...other, subject: 'نامهٔ دیگر، ویرایش‌شده' }), 'an edit');
    expect(await issuedCount()).toBe(0);
    release();
    const { letter } = await issuing;
    expect(letter).toMatchObject({ status: 'issued', serial: 1, number: '1405/ت/1' });
    await printsItsNumber(draft.id);
  });

  it('uses no number when the render fails', async () => {
    const draft = await freeDraft('چاپ ناموفق');
    gated.failOnce();
    expect((await t.fail('letters.issue', { id: draft.id })).code).toBe('internal');
    expect((await t.call('letters.get', { id: draft.id })).status).toBe('draft');
    expect((await t.call('letters.issue', { id: draft.id })).letter.serial).toBe(2);
  });

  it('refuses a letter edited during its render when the issue named its revision', async () => {
    const draft = await freeDraft('پیش از ویرایش');
    const { reached, release } = gated.hold();
    const issuing = t.fail('letters.issue', { id: draft.id, rev: draft.rev });
    await reached;
    const edited = await t.call('letters.updateDraft', { ...draft, subject: 'پس از ویرایش' });
    release();
    expect(await issuing).toMatchObject({ code: 'conflict' });
    expect((await t.call('letters.get', { id: draft.id })).status).toBe('draft');
    // issued again, it prints the edited subject under the next number: no number was used up
    const { letter } = await t.call('letters.issue', { id: draft.id, rev: edited.rev });
    expect(letter.serial).toBe(3);
    expect(reads((await printsItsNumber(draft.id)).text, 'پس از ویرایش')).toBe(true);
  });

  it('renders again, with the new text, a letter edited during its render when no revision was named', async () => {
    const draft = await freeDraft('متن نخست');
    const before = gated.state.renders;
    const { reached, release } = gated.hold();
    const issuing = t.call('letters.issue', { id: draft.id });
    await reached;
    await t.call('letters.updateDraft', { ...draft, subject: 'متن دوم' });
    release();
    expect((await issuing).letter).toMatchObject({ serial: 4, subject: 'متن دوم' });
    expect(gated.state.renders - before).toBe(2);
    const { text } = await printsItsNumber(draft.id);
    expect(reads(text, 'موضوع: متن دوم')).toBe(true);
    expect(reads(text, 'موضوع: متن نخست')).toBe(false);
  });

  it('gives letters issued at once consecutive numbers, each printed with its committed number', async () => {
    const drafts = await Promise.all(Array.from({ length: 5 }, (_, i) => freeDraft(`همزمان ${i + 1}`)));
    const { reached, release } = gated.hold();
    const issuing = Promise.all(drafts.map((d) => t.call('letters.issue', { id: d.id })));
    await reached;
    // while the first waits in Chromium, nothing is numbered and writes go on
    expect(await issuedCount()).toBe(4);
    await within(10_000, t.call('letters.createDraft', { kind: 'free' }), 'a draft made during renders');
    release();
    const issued = await issuing;
    expect(issued.map((x) => x.letter.serial!).sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9]);
    for (const d of drafts) await printsItsNumber(d.id);
  });
});
