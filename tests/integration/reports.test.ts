// The reports of issue 12 computed by the office core from a real SQLite file holding the
// hand-computed history (tests/fixtures/reports-history.ts): the same figures as the pure
// definitions, the filters, who may read them and what bad input gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCore } from '../support/core';
import { PERIOD } from '../fixtures/reports-history';
import { ABAN, EXPECTED, EXPECTED_BY_EVENT_DATE, EXPECTED_VILLAGE, LAST_DAYS } from '../fixtures/reports-expected';
import { reportsOffice } from '../fixtures/reports-history-load';
import { RANGE_BACKWARDS } from '../../shared/reports/period';
import type { Actor } from '../../src-main/core';

const secretary: Actor = { id: 'u-sec', name: 'زهرا دبیری', role: 'secretary' };
const chair: Actor = { id: 'm1', name: 'محمد فرماندار', role: 'member', isChair: true };
const member: Actor = { id: 'm2', name: 'حسن قاضی', role: 'member' };
const expert: Actor = { id: 'e1', name: 'علی کارشناس', role: 'expert' };
const viewer: Actor = { id: 'v', name: 'ناظر', role: 'viewer' };

let t: TestCore;
beforeAll(async () => {
  t = await reportsOffice();
});
afterAll(() => t.close());

describe('reports from the office database', () => {
  it('gives the hand-computed figures for Azar 1405', async () => {
    const r = await t.as(secretary).call('reports.get', { period: PERIOD });
    expect(r.compliance).toEqual(EXPECTED.compliance);
    expect(r.outcomes).toEqual(EXPECTED.outcomes);
    expect(r.members).toEqual(EXPECTED.members);
    expect(r.experts).toEqual(EXPECTED.experts);
    expect(r.councils).toEqual(EXPECTED.councils);
    // no citizen complained in this fixture (complaints are counted from the office's own table)
    expect(r).toEqual({ ...EXPECTED, complaints: { received: 0, answered: 0 } });
  });

  it('the same figures for the same days given as a custom range', async () => {
    const r = await t
      .as(viewer)
      .call('reports.get', { period: { kind: 'range', from: '2026-11-22', to: '2026-12-21' } });
    expect(r.compliance).toEqual(EXPECTED.compliance);
    expect(r.members).toEqual(EXPECTED.members);
  });

  it('filters by council kind reach the resolutions, findings and assignments', async () => {
    const r = await t.as(chair).call('reports.get', { period: PERIOD, filters: { councilKind: 'village' } });
    expect(r.compliance).toMatchObject(EXPECTED_VILLAGE.compliance);
    expect(r.outcomes).toMatchObject(EXPECTED_VILLAGE.outcomes);
    expect(Object.fromEntries(r.experts.map((e) => [e.expertId, e.assigned]))).toEqual(EXPECTED_VILLAGE.experts);
    for (const m of r.members) expect(m).toMatchObject(EXPECTED_VILLAGE.members[m.memberId as 'm1']);
  });

  it('filters by council, category and status', async () => {
    const kerman = await t.call('reports.get', { period: PERIOD, filters: { councilId: 'c-kerman' } });
    expect(kerman.compliance.received).toBe(4);
    expect(kerman.councils.map((c) => c.councilId)).toEqual(['c-kerman']);
    const fees = await t.call('reports.get', { period: PERIOD, filters: { category: 'fees' } });
    expect(fees.compliance.received).toBe(6); // r1 r2 r7 r8 r9 r12
    expect(fees.outcomes.objectionRate).toBe(1);
    const withdrawn = await t.call('reports.get', { period: PERIOD, filters: { status: 'withdrawn' } });
    expect(withdrawn.outcomes.afterObjection).toMatchObject({ amended: 1, withdrawn: 1 });
  });

  it("counts councils' answers and board referrals in the period of their own dates", async () => {
    const aban = await t.call('reports.get', { period: ABAN });
    expect(aban.compliance.received).toBe(1); // r0
    expect(aban.compliance).toMatchObject(EXPECTED_BY_EVENT_DATE.aban);
    expect(aban.councils[0]).toMatchObject({ councilId: 'c-kerman', answersDue: 0, insisted: 0, insistenceRate: null });
    const last = await t.call('reports.get', { period: LAST_DAYS });
    expect(last.compliance).toMatchObject(EXPECTED_BY_EVENT_DATE.lastDays);
    // c-kerman answered late (r2) in these days though it sent nothing in them
    expect(last.councils.find((c) => c.councilId === 'c-kerman')).toMatchObject({ sent: 0, answersLate: 1 });
  });

  it('a period with no records answers zeros, not an error', async () => {
    const r = await t.as(secretary).call('reports.get', { period: { kind: 'month', year: 1404, month: 1 } });
    expect(r.compliance).toMatchObject({ received: 0, ruled: 0, pending: 0, daysToRuling: { average: null } });
    expect(r.outcomes.objectionRate).toBeNull();
    expect(r.councils).toEqual([]);
    expect(r.experts.map((e) => e.assigned)).toEqual([0, 0, 0]);
  });
});

describe('one report at a time (a tab of the page)', () => {
  const PARTS = ['compliance', 'outcomes', 'members', 'experts', 'councils', 'financial'] as const;

  it('gives each report alone exactly as in the whole, with the count received and nothing else', async () => {
    for (const part of PARTS) {
      const r = await t.as(chair).call('reports.part', { period: PERIOD, part });
      expect(r[part]).toEqual(EXPECTED[part]);
      expect(r.received).toBe(EXPECTED.compliance.received);
      expect(r).toMatchObject({ part, period: EXPECTED.period, asOf: EXPECTED.asOf });
      // only the asked-for report is there; the complaints go with the compliance
      const others = PARTS.filter((p) => p !== part && r[p] !== undefined);
      expect(others).toEqual([]);
      expect(r.complaints).toEqual(part === 'compliance' ? { received: 0, answered: 0 } : undefined);
    }
  });

  it('filters and periods reach a report alone as they reach the whole', async () => {
    const village = { period: PERIOD, filters: { councilKind: 'village' } } as const;
    const whole = await t.call('reports.get', village);
    for (const part of PARTS) expect((await t.call('reports.part', { ...village, part }))[part]).toEqual(whole[part]);
    for (const period of [ABAN, LAST_DAYS]) {
      const all = await t.call('reports.get', { period });
      const councils = await t.call('reports.part', { period, part: 'councils' });
      expect(councils.councils).toEqual(all.councils);
      expect((await t.call('reports.part', { period, part: 'compliance' })).compliance).toEqual(all.compliance);
    }
    const empty = await t.call('reports.part', { period: { kind: 'month', year: 1404, month: 1 }, part: 'members' });
    expect(empty.received).toBe(0);
  });

  it('refuses a member who is not the chair, and a report it does not know, in Persian', async () => {
    expect((await t.as(member).fail('reports.part', { period: PERIOD, part: 'members' })).code).toBe('forbidden');
    const e = await t.fail('reports.part', { period: PERIOD, part: 'salaries' });
    expect(e.code).toBe('validation');
    expect(e.message).toContain('گزارش خواسته‌شده نامعتبر است');
  });
});

describe('who may read the reports, and bad input', () => {
  it('refuses a member who is not the chair, and an expert, in Persian', async () => {
    const m = await t.as(member).fail('reports.get', { period: PERIOD });
    expect(m.code).toBe('forbidden');
    expect(m.message).toContain('رئیس هیأت');
    expect((await t.as(expert).fail('reports.get', { period: PERIOD })).code).toBe('forbidden');
  });

  it('refuses a range that ends before it starts, and a missing period', async () => {
    const e = await t.fail('reports.get', { period: { kind: 'range', from: '2026-12-10', to: '2026-12-01' } });
    expect(e.code).toBe('validation');
    expect(e.message).toBe(RANGE_BACKWARDS);
    expect((await t.fail('reports.get', {})).code).toBe('validation');
  });
});
