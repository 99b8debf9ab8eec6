// The member's workspace (issue 15 item 3): the caller's waiting findings with deadlines, gone once
// recorded through the sessions' own action; only members ask; the query never scans the register.
import { afterEach, describe, expect, it } from 'vitest';
import { WAITING_SQL } from '../../src-main/core/workspace/service';
import { resolutionInput, seedOffice, startCore, type TestCore } from '../support/core';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

describe('the member workspace', () => {
  it('lists my next sessions and the items waiting for my finding, nearest deadline first', async () => {
    t = await startCore();
    const { kerman, people } = await seedOffice(t);
    const ids = [];
    for (const [n, receipt] of [
      [1, '2026-11-20'],
      [2, '2026-11-15'],
    ] as const) {
      const r = await t.call(
        'resolutions.register',
        resolutionInput(kerman.id, {
          councilResolutionNumber: `${n}/۹`,
          incomingNumber: `۱۴۰۵/ک/${n}`,
          receiptDate: receipt,
        }),
      );
      ids.push((await t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev })).id);
    }
    const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'فرمانداری' });
    const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: ids });

    const member = t.as(people.member1);
    const w = await member.call('workspace.get', {});
    expect(w.today).toBe('2026-11-23');
    expect(w.sessions).toEqual([
      expect.objectContaining({ id: s.session.id, itemCount: 2, waitingCount: 2, daysLeft: 2 }),
    ]);
    expect(w.waitingCount).toBe(2);
    // the older receipt has the nearer deadline
    expect(w.waiting.map((x) => x.resolutionId)).toEqual([ids[1], ids[0]]);
    expect(w.waiting[0].deadline < w.waiting[1].deadline).toBe(true);
    expect(w.waiting[0].countdownFa).toMatch(/روز/);

    await member.call('sessions.recordFinding', { itemId: w.waiting[0].itemId, finding: 'conflict' });
    const after = await member.call('workspace.get', {});
    expect(after.waiting.map((x) => x.resolutionId)).toEqual([ids[0]]);
    expect(after.sessions[0].waitingCount).toBe(1);
    // another member's list is their own
    expect((await t.as(people.member2).call('workspace.get', {})).waitingCount).toBe(2);
    expect(d.items).toHaveLength(2);

    for (const other of [people.secretary, people.admin, people.expert, people.viewer]) {
      expect((await t.as(other).fail('workspace.get', {})).code).toBe('forbidden');
    }
  });

  it('reads by index: no table in its plan is scanned whole, the register only by primary key', async () => {
    t = await startCore();
    const plan: { detail: string }[] = await t.core.context.db.read.query(`EXPLAIN QUERY PLAN ${WAITING_SQL}`, [
      'm',
      'm',
    ]);
    const scans = plan.map((p) => p.detail).filter((x) => /^SCAN /.test(x) && !/USING (COVERING )?INDEX/.test(x));
    expect(scans, plan.map((p) => p.detail).join('\n')).toEqual([]);
    expect(plan.some((p) => /resolution|\br\b/.test(p.detail) && /PRIMARY KEY|autoindex/.test(p.detail))).toBe(true);
  });
});
