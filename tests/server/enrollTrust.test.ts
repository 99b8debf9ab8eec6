// Enrollment under attack (issue 16 item 11), on both databases: enrolling again revokes the
// office's earlier tokens, and an address that sends many wrong codes is throttled (in the
// database, so every server process counts the same failures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROLL_FAILURES_ALLOWED } from '../../src-server/sync/enroll';
import { startTestServer, type Dialect, type TestServer } from './support';
import { change, client, councilData, loadWireSamples } from './wire';

describe.each<Dialect>(['postgres', 'sqlite'])('enrollment on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    await loadWireSamples();
    s = await startTestServer(dialect);
    api = client(s.url);
  });
  afterAll(() => s?.stop());

  it("enrolling again revokes the office's older tokens", async () => {
    const first = (await api.enroll(await s.newOffice('0301'), 'client-t')).body.token;
    const push = (token: string) =>
      api.push(token, [change('council', councilData('client-t', `t-${token.slice(-6)}`))]);
    expect((await push(first)).status).toBe(200);
    const { issueCode } = await import('../../src-server/admin/commands');
    const again = (await api.enroll((await issueCode(s.db, '0301', 7, new Date())).code, 'client-t')).body.token;
    expect((await push(again)).status).toBe(200);
    expect((await push(first)).status).toBe(401);
  });

  it('throttles an address after many wrong codes, the right one included, and keeps nothing else', async () => {
    const right = await s.newOffice('0302');
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const wrong = `WRNG-${String(i).padStart(4, '0')}-CCCC-DDDD`;
      statuses.push((await api.enroll(wrong, 'client-w')).status);
    }
    expect(statuses.slice(0, ENROLL_FAILURES_ALLOWED).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(ENROLL_FAILURES_ALLOWED).every((x) => x === 429)).toBe(true);
    const r = await api.enroll(right, 'client-w');
    expect(r).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } });
    expect(r.body).toMatchObject({ error: { message: expect.stringContaining('دوباره تلاش کنید') } });
    // only the window's failures are kept, not one row per refused request
    const [{ n }] = await s.db.read.query<{ n: string | number }>('SELECT count(*) AS n FROM enroll_failure');
    expect(Number(n)).toBe(ENROLL_FAILURES_ALLOWED);
  });
});
