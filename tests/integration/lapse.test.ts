// Enforceable by lapse (DESIGN.md §2): once the panel's window has passed with no ruling, the
// system moves the resolution on by itself — at start and every five minutes — one audit event
// each, idempotently, leaving everything past the panel's review alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatJalali } from '../../shared/dates/jalali';
import { SYSTEM_ACTOR } from '../../src-main/core/context';
import { DUE_FOR_LAPSE, LAPSE_BATCH, runLapseCheck } from '../../src-main/core/lifecycle/lapse';
import { verifyAuditChain } from '../../src-main/core/audit/log';
import { startCore, startSeededCore, type People, type TestCore } from '../support/core';
import {
  assign,
  expectRefused,
  failure,
  registerOne,
  rule,
  toAwaitingRuling,
  toWithCouncil,
} from '../support/lifecycle';

let t: TestCore;
let people: People;
let councilId: string;
beforeEach(async () => ({ t, people, councilId } = await startSeededCore()));
afterEach(async () => t.close());

const status = async (id: string) => (await t.call('resolutions.get', { id })).status;
const AFTER_WINDOW = new Date('2026-12-10T08:00:00Z');

describe('the lapse check', () => {
  it('lapses open resolutions past their window, once, and leaves the rest alone', async () => {
    const received = await registerOne(t, councilId);
    const underReview = await registerOne(t, councilId);
    await assign(t, people, underReview.id);
    const awaiting = await registerOne(t, councilId);
    await toAwaitingRuling(t, people, awaiting.id);
    const objected = await registerOne(t, councilId);
    await toAwaitingRuling(t, people, objected.id);
    await rule(t, people.secretary, objected.id, 'objected');
    const compliant = await registerOne(t, councilId);
    await toAwaitingRuling(t, people, compliant.id);
    await rule(t, people.secretary, compliant.id, 'compliant');
    const withCouncil = await registerOne(t, councilId);
    await toWithCouncil(t, people, withCouncil.id, '2026-11-24');
    // received later: its window is still open on the day the others lapse
    const later = await registerOne(t, councilId, {
      councilSessionDate: '2026-11-24',
      approvalDate: '2026-11-24',
      receiptDate: '2026-11-24',
    });

    // nothing is due today
    expect(await runLapseCheck(t.core.context)).toEqual({ lapsed: 0 });

    const events = await t.count('audit_event');
    t.now.value = new Date('2026-12-05T08:00:00Z');
    expect(later.objectionDeadline! >= '2026-12-05').toBe(true);
    expect(await runLapseCheck(t.core.context)).toEqual({ lapsed: 3 });
    for (const r of [received, underReview, awaiting]) {
      const after = await t.call('resolutions.get', { id: r.id });
      expect(after).toMatchObject({ status: 'enforceable_by_lapse', dueDate: null, dueKind: null });
      const history = await t.call('audit.history', { resolutionId: r.id });
      expect(history[history.length - 1]).toMatchObject({
        action: 'lapse',
        actorId: SYSTEM_ACTOR.id,
        actorName: 'سامانه',
      });
    }
    expect(await t.count('audit_event')).toBe(events + 3);
    expect(await status(objected.id)).toBe('objected');
    expect(await status(compliant.id)).toBe('compliant');
    expect(await status(withCouncil.id)).toBe('with_council');
    expect(await status(later.id)).toBe('received');

    // idempotent
    expect(await runLapseCheck(t.core.context)).toEqual({ lapsed: 0 });
    expect(await t.count('audit_event')).toBe(events + 3);
    // and through the contract, for the secretary (not for a viewer)
    expect(await t.call('lifecycle.runLapseCheck', {})).toEqual({ lapsed: 0, withdrawn: 0 });
    expect((await t.as(people.viewer).fail('lifecycle.runLapseCheck', {})).code).toBe('forbidden');
  });

  it('refuses a ruling after the window even before the check has run, naming the deadline', async () => {
    const r = await registerOne(t, councilId);
    await toAwaitingRuling(t, people, r.id);
    t.now.value = AFTER_WINDOW;
    await expectRefused(
      t,
      r.id,
      () => failure(rule(t, people.secretary, r.id, 'objected')),
      'invalid_state',
      `مهلت قانونی اعتراض هیأت در ${formatJalali(r.objectionDeadline!)} به پایان رسیده است`,
    );
    await runLapseCheck(t.core.context);
    // after the lapse the state itself says why
    await expectRefused(
      t,
      r.id,
      () => failure(rule(t, people.secretary, r.id, 'objected')),
      'invalid_state',
      /لازم‌الاجرا به علت انقضای مهلت/,
    );
  });

  it('works through many due resolutions in batches, reading them through the partial index', async () => {
    const r = await registerOne(t, councilId);
    const n = LAPSE_BATCH * 2 + 37;
    await t.core.context.db.write((tx) =>
      tx.query(
        `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
         INSERT INTO resolution (id, office_id, council_id, council_resolution_number, number_key,
           council_session_number, council_session_date, approval_date, approval_year, receipt_date, receipt_year,
           incoming_number, incoming_key, title, category, status, created_by, rev, created_at, updated_at,
           objection_deadline, due_date, due_kind)
         SELECT 'bulk-' || i, office_id, council_id, 'B' || i, 'b' || i, council_session_number, council_session_date,
           approval_date, approval_year, receipt_date, receipt_year, 'IB' || i, 'ib' || i, title, category,
           CASE i % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'awaiting_ruling' ELSE 'with_council' END,
           created_by, 1, created_at, updated_at, objection_deadline, due_date, due_kind
         FROM resolution, seq WHERE resolution.id = ?`,
        [n, r.id],
      ),
    );
    const plan: { detail: string }[] = await t.core.context.db.read.query(`EXPLAIN QUERY PLAN ${DUE_FOR_LAPSE}`, [
      '2026-12-10',
      LAPSE_BATCH,
    ]);
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX resolution_lapse/);
    expect(plan.map((p) => p.detail).join(' ')).not.toMatch(/TEMP B-TREE/);

    t.now.value = AFTER_WINDOW;
    const open = n - Math.floor((n + 1) / 3) + 1; // every i % 3 != 2, and r itself
    expect(await runLapseCheck(t.core.context)).toEqual({ lapsed: open });
    const [{ left }] = await t.core.context.db.read.query(
      `SELECT count(*) AS left FROM resolution WHERE status IN ('received', 'under_review', 'awaiting_ruling')`,
    );
    expect(left).toBe(0);
    const [{ lapses }] = await t.core.context.db.read.query(
      `SELECT count(*) AS lapses FROM audit_event WHERE action = 'lapse'`,
    );
    expect(lapses).toBe(open);
    // written a batch at a time, the events still form one unbroken chain
    expect(await verifyAuditChain(t.core.context.db.read)).toMatchObject({ ok: true });
    expect(await runLapseCheck(t.core.context)).toEqual({ lapsed: 0 });
  });

  it('runs by itself when the core opens, and close waits for it', async () => {
    const r = await registerOne(t, councilId);
    await t.close();
    t = await startCore({ dir: t.dir, now: '2026-12-10T08:00:00Z' });
    // the check at start runs in the background: poll until it has written (or time out)
    await expect
      .poll(
        async () =>
          (await t.core.context.db.read.query('SELECT status FROM resolution WHERE id = ?', [r.id]))[0].status,
        { timeout: 10_000, interval: 50 },
      )
      .toBe('enforceable_by_lapse');
  });
});
