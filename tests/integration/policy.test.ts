// A new deadline policy from the ministry: open windows move with it, closed ones stay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { objectionDeadline } from '../../shared/deadlines/calculator';
import { SYSTEM_ACTOR } from '../../src-main/core/context';
import { applyPolicy } from '../../src-main/core/lifecycle/recompute';
import { currentPolicy } from '../../src-main/core/lifecycle/policy';
import { resolutionInput, seedOffice, startCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await startCore();
});
afterEach(async () => t.close());

describe('deadline policy', () => {
  it('fixes the panel window at registration from the receipt date and the policy in force', async () => {
    const { kerman } = await seedOffice(t);
    const r = await t.call('resolutions.register', resolutionInput(kerman.id, { receiptDate: '2026-11-15' }));
    expect(r.objectionDeadline).toBe(objectionDeadline('2026-11-15', DEFAULT_POLICY));
    expect(r.dueDate).toBe(r.objectionDeadline);
    expect(r.dueKind).toBe('objection');
    // 14 calendar days, the receipt day not counted
    expect(r.objectionDeadline! >= '2026-11-29').toBe(true);
  });

  it('moves open windows when a holiday is declared on their last day, and leaves closed windows alone', async () => {
    const { kerman } = await seedOffice(t);
    const open = await t.call('resolutions.register', resolutionInput(kerman.id, { receiptDate: '2026-11-15' }));
    const old = await t.call(
      'resolutions.register',
      resolutionInput(kerman.id, {
        councilSessionDate: '2026-09-20',
        approvalDate: '2026-09-20',
        receiptDate: '2026-10-01',
        incomingNumber: '77',
        councilResolutionNumber: '9',
        confirmLate: true,
      }),
    );
    const declared = {
      ...DEFAULT_POLICY,
      version: 'test-closure',
      holidays: [...DEFAULT_POLICY.holidays, open.objectionDeadline!],
    };
    const report = await applyPolicy(t.core.context, SYSTEM_ACTOR, declared);
    expect(report).toEqual({ checked: 1, moved: 1 });
    const moved = await t.call('resolutions.get', { id: open.id });
    expect(moved.objectionDeadline! > open.objectionDeadline!).toBe(true);
    expect(moved.dueDate).toBe(moved.objectionDeadline);
    expect((await t.call('resolutions.get', { id: old.id })).objectionDeadline).toBe(old.objectionDeadline);
    expect((await currentPolicy(t.core.context.db.read)).version).toBe('test-closure');
    // installing the same policy again moves nothing
    expect(await applyPolicy(t.core.context, SYSTEM_ACTOR, declared)).toEqual({ checked: 1, moved: 0 });
  });
});
