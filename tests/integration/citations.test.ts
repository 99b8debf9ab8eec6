// Issue 11, item 13: what opinions and rulings cite. The national catalog covers the subjects
// panels meet most, a citation may be written out (law, article, text) by the expert and the
// panel, and the office keeps its own catalog of citations it uses often.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../shared/text/persian';
import { fieldValues } from '../../src-main/core/letters/values';
import { startSeededCore, type People, type TestCore } from '../support/core';
import { assign, registerOne, rule } from '../support/lifecycle';

let t: TestCore;
let people: People;
let councilId: string;

beforeAll(async () => {
  ({ t, people, councilId } = await startSeededCore());
});
afterAll(() => t?.close());

/** What the citation picker finds for a typed word: law, article and subject, any spelling. */
const finds = <R extends { text: string; subject: string }>(refs: R[], word: string) =>
  refs.filter((r) => searchKey(`${r.text} ${r.subject}`).includes(searchKey(word)));

describe('the national catalog', () => {
  it('has entries for fees, land use and the plan, budget, staffing and municipal transactions', async () => {
    const refs = await t.as(people.viewer).call('references.list', {});
    for (const word of ['عوارض', 'کاربری', 'تفصیلی', 'حریم شهر', 'بودجه', 'استخدام', 'معاملات']) {
      expect(finds(refs, word).length, word).toBeGreaterThan(0);
    }
    expect(refs.find((r) => r.id === 'farmland-1')?.text).toBe('قانون حفظ کاربری اراضی زراعی و باغ‌ها — مادهٔ ۱');
    expect(refs.find((r) => r.id === 'municipalities-law-55-24')?.text).toBe('قانون شهرداری — مادهٔ ۵۵، بند ۲۴');
    expect(refs.every((r) => r.source === 'national')).toBe(true);
    // the seed's «village council duties» was cited as Article 76; it is Article 68
    expect(refs.find((r) => r.id === 'councils-law-68')?.subject).toBe('وظایف و اختیارات شورای اسلامی روستا');
    expect(refs.some((r) => r.id === 'councils-law-76')).toBe(false);
    const all = await t.call('references.list', { includeInactive: true });
    expect(all.find((r) => r.id === 'councils-law-76')?.active).toBe(false);
  });
});

describe('a citation written out', () => {
  const written = { law: 'قانون حفظ کاربری اراضی زراعی و باغ‌ها', article: 'مادهٔ ۱، تبصرهٔ ۱', text: 'کمیسیون تشخیص' };

  it("stands alone in the expert's opinion, goes into the ruling taken from it, and prints in the letter", async () => {
    const r = await registerOne(t, councilId, { title: 'تغییر کاربری باغ‌های حاشیهٔ شهر' });
    await assign(t, people, r.id);
    const opinion = await t.as(people.expert).call('review.submitOpinion', {
      resolutionId: r.id,
      conclusion: 'conflict',
      reasoning: 'تغییر کاربری باغ در صلاحیت کمیسیون تبصرهٔ ۱ است، نه شورا.',
      clauses: ['بند ۱: تغییر کاربری باغ‌ها به مسکونی'],
      grounds: ['beyond_powers'],
      citations: [written],
    });
    expect(opinion.citations).toEqual([written]);
    expect((await t.call('review.get', { resolutionId: r.id })).opinions[0].citations).toEqual([written]);
    await rule(t, people.secretary, r.id, 'objected');
    const [ruling] = await t.call('rulings.list', { resolutionId: r.id });
    expect(ruling.objection).toMatchObject({ referenceIds: [], citations: [written] });
    const { values } = await t.core.context.db.read.transaction((m) =>
      fieldValues(t.core.context, m, 'objection', { resolutionId: r.id }),
    );
    expect(values['ruling.references']?.text).toBe('قانون حفظ کاربری اراضی زراعی و باغ‌ها — مادهٔ ۱، تبصرهٔ ۱');
  });

  it('is refused without its law, and an objection needs a citation of one kind or the other', async () => {
    const r = await registerOne(t, councilId);
    await assign(t, people, r.id);
    const base = {
      resolutionId: r.id,
      conclusion: 'conflict' as const,
      reasoning: 'مغایر است.',
      clauses: ['بند ۱'],
      grounds: ['conflicts_with_law' as const],
    };
    const noLaw = await t
      .as(people.expert)
      .fail('review.submitOpinion', { ...base, citations: [{ law: ' ', article: '۱' }] });
    expect(noLaw.fields?.['citations.0.law']).toBe('نام قانون یا مقرره را وارد کنید.');
    const none = await t.as(people.expert).fail('review.submitOpinion', base);
    expect(none.fields?.referenceIds).toContain('متن آن را بنویسید');
  });
});

describe("the office's own catalog", () => {
  it('takes entries from the secretariat, lists them beside the national ones, and keeps withdrawn ones', async () => {
    const entry = { law: 'آیین‌نامهٔ معاملات شهرداری کرمان', article: '۱۲', text: 'مزایدهٔ اموال غیرمنقول' };
    const refused = await t.as(people.viewer).fail('references.saveOffice', entry);
    expect(refused.code).toBe('forbidden');
    expect((await t.as(people.expert).fail('references.saveOffice', entry)).code).toBe('forbidden');
    const saved = await t.call('references.saveOffice', entry);
    expect(saved).toMatchObject({
      source: 'office',
      text: 'آیین‌نامهٔ معاملات شهرداری کرمان — مادهٔ ۱۲',
      subject: entry.text,
    });
    const again = await t.fail('references.saveOffice', { ...entry, text: 'دیگر' });
    expect(again.code).toBe('duplicate');
    const listed = await t.as(people.expert).call('references.list', {});
    expect(finds(listed, 'مزایده').map((r) => r.id)).toEqual([saved.id]);

    const withdrawn = await t.as(people.admin).call('references.saveOffice', { ...entry, id: saved.id, active: false });
    expect(withdrawn.active).toBe(false);
    expect((await t.call('references.list', {})).some((r) => r.id === saved.id)).toBe(false);
    expect((await t.call('references.list', { includeInactive: true })).find((r) => r.id === saved.id)?.active).toBe(
      false,
    );
    const events: { action: string }[] = await t.core.context.db.read.query(
      `SELECT action FROM audit_event WHERE entity = 'office_reference' AND entity_id = ? ORDER BY seq`,
      [saved.id],
    );
    expect(events.map((e) => e.action)).toEqual(['create', 'update']);
  });
});
