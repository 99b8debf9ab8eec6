// The financial side of a resolution (issue 12): optional fields saved, read back, edited and
// cleared through the contract; bad amounts refused in Persian with nothing written; the record
// goes on the wire with them, and a record from an office that has not upgraded is still valid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUSHED_ENTITIES } from '../../shared/sync/records';
import { collectBatch } from '../../src-main/core/sync/push';
import { resolutionInput, startSeededCore, type TestCore } from '../support/core';

let t: TestCore;
let councilId: string;
beforeAll(async () => {
  ({ t, councilId } = await startSeededCore());
});
afterAll(() => t.close());

const project = {
  kind: 'project',
  amountRials: '۴۰٬۰۰۰٬۰۰۰٬۰۰۰',
  budgetYear: '۱۴۰۵',
  budgetLine: 'طرح ۳۰۲۱',
  projectDurationMonths: '18',
  projectCostRials: '45,000,000,000',
  projectScope: 'آسفالت ۱۲ کیلومتر معابر',
};

describe('a resolution with a financial side', () => {
  it('is saved with amounts typed in any digits, read back as numbers, edited and cleared', async () => {
    const r = await t.call('resolutions.register', resolutionInput(councilId, { financial: project }));
    expect(r.financial).toEqual({
      kind: 'project',
      amountRials: 40_000_000_000,
      budgetYear: 1405,
      budgetLine: 'طرح ۳۰۲۱',
      projectDurationMonths: 18,
      projectCostRials: 45_000_000_000,
      projectScope: 'آسفالت ۱۲ کیلومتر معابر',
    });
    // an edit that does not send the financial side keeps it
    const kept = await t.call('resolutions.update', {
      ...resolutionInput(councilId),
      id: r.id,
      rev: r.rev,
      title: 'دوم',
    });
    expect(kept.financial?.amountRials).toBe(40_000_000_000);
    // a budget amendment carries no project fields
    const amended = await t.call('resolutions.update', {
      ...resolutionInput(councilId),
      id: r.id,
      rev: kept.rev,
      financial: { kind: 'budget_amendment', amountRials: 12_500_000_000, budgetYear: 1405 },
    });
    expect(amended.financial).toMatchObject({ kind: 'budget_amendment', projectCostRials: null, projectScope: '' });
    const cleared = await t.call('resolutions.update', {
      ...resolutionInput(councilId),
      id: r.id,
      rev: amended.rev,
      financial: null,
    });
    expect(cleared.financial).toBeNull();
  });

  it('refuses a negative or non-numeric amount, a year out of range and project fields on an amendment', async () => {
    const before = await t.count('resolution');
    const bad = (financial: Record<string, unknown>) =>
      t.fail('resolutions.register', resolutionInput(councilId, { incomingNumber: 'F-9', financial }));
    const e1 = await bad({ kind: 'other', amountRials: 'دوازده' });
    expect(e1.code).toBe('validation');
    expect(e1.fields?.['financial.amountRials']).toBe('مبلغ باید عدد باشد.');
    expect((await bad({ kind: 'other', amountRials: -5 })).fields?.['financial.amountRials']).toContain('منفی');
    expect((await bad({ kind: 'other', budgetYear: 1500 })).fields?.['financial.budgetYear']).toContain('۱۳۹۰');
    expect((await bad({ kind: 'budget_amendment', projectCostRials: 5 })).fields?.['financial.projectCostRials']).toBe(
      'مدت، هزینه و دامنهٔ کار فقط برای طرح ثبت می‌شود.',
    );
    expect((await bad({ amountRials: 5 })).fields?.['financial.kind']).toBe('نوع مصوبهٔ مالی را انتخاب کنید.');
    expect(await t.count('resolution')).toBe(before);
  });

  it('goes on the wire with its financial fields; a record without them is still valid', async () => {
    const r = await t.call(
      'resolutions.register',
      resolutionInput(councilId, { incomingNumber: 'F-2', councilResolutionNumber: 'F-2', financial: project }),
    );
    const batch = await collectBatch(t.core.context, 0, 100);
    const change = batch!.changes.find((c) => c.entity === 'resolution' && c.id === r.id)!;
    expect(change.data).toMatchObject({ financialKind: 'project', amountRials: 40_000_000_000, budgetYear: 1405 });
    const schema = PUSHED_ENTITIES.resolution.schema;
    expect(schema.safeParse(change.data).success).toBe(true);
    const old = Object.fromEntries(
      Object.entries(change.data).filter(([k]) => !/^(financialKind|amountRials|budget|project)/.test(k)),
    );
    expect(schema.safeParse(old).success).toBe(true);
    expect(schema.safeParse({ ...change.data, financialKind: 'gift' }).success).toBe(false);
  });
});
