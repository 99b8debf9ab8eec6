// Pure parts of sync: which pushed status changes the lifecycle table allows, retry delays, and
// the enrollment codes people type.
import { describe, expect, it } from 'vitest';
import { checkStatusChange, transitionPath } from '../../shared/sync/statusPath';
import { STATUS_CODES } from '../../shared/domain/statuses';
import { TRANSITIONS } from '../../shared/lifecycle/machine';
import { backoffDelay } from '../../src-main/core/sync/backoff';
import { canonicalCode, newEnrollmentCode } from '../../src-server/sync/tokens';

describe('status changes an office may push', () => {
  it('every single transition of the table is allowed, as a one-step path', () => {
    for (const [name, def] of Object.entries(TRANSITIONS)) {
      for (const from of def.from) {
        const path = transitionPath(from, def.to);
        expect(path, `${from} → ${def.to}`).not.toBeNull();
        expect(path!.length).toBe(1);
        expect(TRANSITIONS[path![0]].to).toBe(def.to);
        expect(name in TRANSITIONS).toBe(true);
      }
    }
  });

  it('steps taken offline arrive as one change along a chain of the table', () => {
    expect(transitionPath('received', 'compliant')).toEqual(['send_to_panel', 'rule_compliant']);
    expect(transitionPath('received', 'upheld')).not.toBeNull();
    expect(transitionPath('under_review', 'under_review')).toEqual([]);
  });

  it('nothing goes back, and nothing leaves the end states but a court annulment', () => {
    expect(transitionPath('enforceable', 'received')).toBeNull();
    expect(transitionPath('compliant', 'under_review')).toBeNull();
    for (const from of ['withdrawn', 'annulled'] as const) {
      for (const to of STATUS_CODES) if (to !== from) expect(transitionPath(from, to), `${from} → ${to}`).toBeNull();
    }
    expect(transitionPath('enforceable', 'annulled')).toEqual(['court_annuls']);
  });

  it('refuses in Persian, and refuses what is not a status at all', () => {
    const r = checkStatusChange('enforceable', 'received');
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('«لازم‌الاجرا»') });
    expect(checkStatusChange('nonsense', 'received').ok).toBe(false);
    expect(checkStatusChange(42, null).ok).toBe(false);
  });
});

describe('retry delays', () => {
  const policy = { baseMs: 100, capMs: 1_000 };
  it('grow exponentially up to the cap, with full jitter', () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.999)).toBe(799);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(10, policy, () => 0)).toBe(0);
  });
});

describe('enrollment codes', () => {
  it('are four groups of unambiguous symbols, read back however they are typed', () => {
    const code = newEnrollmentCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(canonicalCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(new Set(Array.from({ length: 50 }, newEnrollmentCode)).size).toBe(50);
  });
});
