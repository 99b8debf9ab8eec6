// The kill campaign's short run (`npm run chaos` makes 1,000 kills): the real browser-mode host,
// built (dist/host/main.js), SIGKILLed at random moments while it registers, rules, issues letters
// and syncs with a ministry server on PostgreSQL; after every kill the database passes SQLite's
// integrity and foreign-key checks, the FTS index matches the register, the audit chain verifies,
// and every write whose HTTP response reached the client is there.
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../chaos/campaign';

describe('the kill campaign (short)', () => {
  it('loses no acknowledged write and leaves a consistent database after each of 10 kills', async () => {
    const r = await runCampaign({ kills: 10, seed: 7, maxDelayMs: 1500, minutes: 5 });
    expect(r.problems).toEqual([]);
    expect(r.lost).toBe(0);
    expect(r.kills).toBeGreaterThanOrEqual(10);
    expect(r.acknowledged).toBeGreaterThan(0);
  }, 600_000);
});
