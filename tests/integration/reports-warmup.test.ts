// A few seconds after the core starts, it reads the reports page's first view once
// (src-main/core/reports/warmup.ts) so the first person to open «گزارش‌ها» does not pay for cold
// caches. It runs once, after its delay, never after the core has stopped it, and a failure is a
// logged warning, not a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { reportsOffice } from '../fixtures/reports-history-load';
import type { CoreContext } from '../../src-main/core/context';
import { startReportWarmup } from '../../src-main/core/reports/warmup';

let t: TestCore;
beforeAll(async () => {
  t = await reportsOffice();
});
afterAll(() => t.close());

/** the core's context with a log that keeps what it is told */
function listening(base: CoreContext) {
  const lines: { level: string; msg: string; obj: Record<string, unknown> }[] = [];
  const at = (level: string) => (obj: Record<string, unknown>, msg: string) => lines.push({ level, msg, obj });
  const log = { ...base.log, info: at('info'), warn: at('warn'), error: at('error') } as unknown as CoreContext['log'];
  return { core: { ...base, log }, lines };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the reports warm-up', () => {
  it('reads the current season once after its delay', async () => {
    const { core, lines } = listening(t.core.context);
    const warmup = startReportWarmup(core, 10);
    expect(lines).toEqual([]);
    await pause(50);
    await warmup.stop();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([['info', 'reports warmed']]);
    expect(lines[0].obj.ms).toEqual(expect.any(Number));
  });

  it('does nothing once stopped before its delay', async () => {
    const { core, lines } = listening(t.core.context);
    await startReportWarmup(core, 20).stop();
    await pause(60);
    expect(lines).toEqual([]);
  });

  it('logs a failure as a warning and lets the core go on', async () => {
    const { core, lines } = listening(t.core.context);
    const broken = { ...core, db: { ...core.db, read: { query: () => Promise.reject(new Error('disk gone')) } } };
    const warmup = startReportWarmup(broken as unknown as CoreContext, 0);
    await pause(30);
    await warmup.stop();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([['warn', 'reports warm-up failed']]);
    expect((await t.call('reports.part', { period: { kind: 'year', year: 1405 }, part: 'experts' })).part).toBe(
      'experts',
    );
  });
});
