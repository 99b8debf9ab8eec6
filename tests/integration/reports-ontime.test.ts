// A member's finding is on time when its Tehran day (UTC+03:30) is on or before the member's
// deadline. The report compares the instant with the deadline's Tehran midnight as text
// (reader.ts, findings): this moves one finding of the hand-computed history to either side of
// that midnight and checks the count against the day todayInTehran gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCore } from '../support/core';
import { PERIOD } from '../fixtures/reports-history';
import { reportsOffice } from '../fixtures/reports-history-load';
import { memberFindingDeadline } from '../../shared/deadlines/calculator';
import { todayInTehran } from '../../shared/dates/jalali';
import { currentPolicy } from '../../src-main/core/lifecycle/policy';

let t: TestCore;
beforeAll(async () => {
  t = await reportsOffice();
});
afterAll(() => t.close());

const onTimeOf = async (member: string) =>
  (await t.call('reports.get', { period: PERIOD })).members.find((m) => m.memberId === member)?.onTime;

describe("a member's finding on time, at the Tehran midnight of the deadline", () => {
  it('counts a finding recorded up to 23:59:59.999 in Tehran on the last day, and not one at midnight', async () => {
    const db = t.core.context.db;
    const [f]: { id: string; member: string; receipt: string; recordedAt: string }[] = await db.read.query(
      `SELECT f.id, f.member_id AS member, r.receipt_date AS receipt, f.recorded_at AS recordedAt
         FROM session_finding f JOIN resolution r ON r.id = f.resolution_id
         JOIN panel_session s ON s.id = f.session_id
        WHERE f.source = 'member' AND s.date >= '2026-11-22' AND s.date <= '2026-12-21'
        ORDER BY f.id LIMIT 1`,
    );
    const deadline = memberFindingDeadline(f.receipt, await currentPolicy(db.read));
    const onTime = (iso: string) => todayInTehran(new Date(iso)) <= deadline;
    const base = (await onTimeOf(f.member))! - (onTime(f.recordedAt) ? 1 : 0);
    const cases = [
      `${deadline}T20:29:59.999Z`, // 23:59:59.999 in Tehran on the last day
      `${deadline}T20:30:00.000Z`, // midnight in Tehran: the next day
      `${deadline}T23:00:00.000Z`,
      `${deadline}T00:00:00.000Z`,
    ];
    expect(cases.map(onTime)).toEqual([true, false, false, true]);
    for (const at of cases) {
      await db.write((tx) => tx.query('UPDATE session_finding SET recorded_at = ? WHERE id = ?', [at, f.id]));
      expect(await onTimeOf(f.member), at).toBe(base + (onTime(at) ? 1 : 0));
    }
  });
});
