// Enrollment, tokens and the request boundary, against the real server on each database: codes work
// once, tokens are stored hashed and can be revoked, and a malformed, oversized or unknown-field
// request is refused with a reason before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCode, listOffices, revokeCode, revokeTokens } from '../../src-server/admin/commands';
import { hashSecret } from '../../src-server/sync/tokens';
import { startTestServer, type TestServer, DIALECTS } from './support';
import { change, client, councilData, loadWireSamples } from './wire';

describe.each(DIALECTS)('enrollment and the request boundary on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let code: string;

  beforeAll(async () => {
    await loadWireSamples();
    s = await startTestServer(dialect);
    api = client(s.url);
    code = await s.newOffice('0801');
  });
  afterAll(() => s?.stop());

  const count = async (table: string) =>
    Number((await s.db.read.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  describe('health', () => {
    it('answers with the protocol, the version and the database', async () => {
      const r = await api.call('GET', '/v1/health');
      expect(r).toMatchObject({ status: 200, body: { ok: true, protocol: 1, database: dialect } });
    });
  });

  describe('enrollment', () => {
    let token: string;

    it('refuses an unknown code, in Persian', async () => {
      const r = await api.enroll('AAAA-BBBB-CCCC-DDDD', 'client-a');
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ error: { code: 'invalid_code', message: expect.stringContaining('کد ثبت') } });
    });

    it('turns a one-time code into a token bound to the office, stored only as a hash', async () => {
      // typed in lower case without dashes: still the same code
      const r = await api.enroll(code.toLowerCase().replace(/-/g, ''), 'client-a');
      expect(r.status).toBe(200);
      token = r.body.token;
      expect(token).toMatch(/^tq1_/);
      const rows = await s.db.read.query<{ token_hash: string }>('SELECT token_hash FROM access_token');
      expect(rows.map((x) => x.token_hash)).toEqual([hashSecret(token)]);
      const [office] = await listOffices(s.db, new Date().toISOString());
      expect(office.enrolledAt).not.toBeNull();
    });

    it('the code works once', async () => {
      const r = await api.enroll(code, 'client-a');
      expect(r.status).toBe(401);
    });

    it('refuses a revoked code and an expired one', async () => {
      const revoked = (await issueCode(s.db, '0801', 7, new Date())).code;
      await revokeCode(s.db, revoked, new Date().toISOString());
      expect((await api.enroll(revoked, 'client-a')).status).toBe(401);
      const expired = (await issueCode(s.db, '0801', 1, new Date())).code;
      await s.db.tx((tx) =>
        tx.query('UPDATE enrollment_code SET expires_at = $1 WHERE code_hash = $2', [
          '2000-01-01T00:00:00Z',
          hashSecret(expired),
        ]),
      );
      const r = await api.enroll(expired, 'client-a');
      expect(r).toMatchObject({ status: 401, body: { error: { code: 'expired_code' } } });
    });

    it('an office already enrolled from one database refuses another database', async () => {
      const again = (await issueCode(s.db, '0801', 7, new Date())).code;
      const r = await api.enroll(again, 'client-other');
      expect(r).toMatchObject({ status: 409, body: { error: { code: 'office_bound' } } });
      // the same database enrolling again (a new computer with the restored file) gets a new token
      const same = (await issueCode(s.db, '0801', 7, new Date())).code;
      const renewed = await api.enroll(same, 'client-a');
      expect(renewed.status).toBe(200);
      // and the token it had before stops working (issue 16 item 11; enrollTrust.test.ts)
      expect((await api.pull(token, '')).status).toBe(401);
      token = renewed.body.token;
    });

    it('a request without a valid token is refused; a revoked token stops working', async () => {
      const c = change('council', councilData('client-a', 'c-1'));
      expect((await api.push('', [c])).status).toBe(401);
      expect((await api.push('tq1_not-a-real-token-at-all', [c])).status).toBe(401);
      expect((await api.push(token, [c])).status).toBe(200);
      await revokeTokens(s.db, '0801', new Date().toISOString());
      const r = await api.push(token, [c]);
      expect(r).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
      expect((await api.pull(token, '')).status).toBe(401);
      // a request both unauthorized and malformed is refused for its token first
      const bad = await api.call('POST', '/v1/sync/push', { token, json: { batchId: 'b', changes: [] } });
      expect(bad.status).toBe(401);
      expect((await api.pull(token, 'since=abc')).status).toBe(401);
    });
  });

  describe('scopes', () => {
    it('a token is refused what its scopes do not cover', async () => {
      const token = (await api.enroll((await issueCode(s.db, '0801', 7, new Date())).code, 'client-a')).body.token;
      await s.db.tx((tx) =>
        tx.query(`UPDATE access_token SET scopes = 'sync:pull' WHERE token_hash = $1`, [hashSecret(token)]),
      );
      expect((await api.pull(token, '')).status).toBe(200);
      const r = await api.push(token, [change('council', councilData('client-a', 'c-scope'))]);
      expect(r).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    });
  });

  describe('the request boundary', () => {
    let token: string;
    beforeAll(async () => {
      token = (await api.enroll((await issueCode(s.db, '0801', 7, new Date())).code, 'client-a')).body.token;
    });

    it('refuses unknown fields in the envelope and in a change, writing nothing', async () => {
      const before = await count('applied_change');
      const c = change('council', councilData('client-a', 'c-2'));
      let r = await api.call('POST', '/v1/sync/push', {
        token,
        json: { batchId: 'batch-0001', changes: [c], extra: 1 },
      });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: { code: 'invalid', message: expect.stringContaining('درخواست نامعتبر') } });
      r = await api.call('POST', '/v1/sync/push', {
        token,
        json: { batchId: 'batch-0002', changes: [{ ...c, op: 'upsert' }] },
      });
      expect(r.status).toBe(400);
      expect((await api.call('POST', '/v1/enroll', { json: { code: 'x', officeId: 'y', role: 'admin' } })).status).toBe(
        400,
      );
      expect((await api.pull(token, 'since=0&limit=5&scope=national')).status).toBe(400);
      expect(await count('applied_change')).toBe(before);
      expect(await count('sync_record')).toBe(1);
    });

    it('refuses malformed JSON, a wrong content type and an oversized body', async () => {
      let r = await api.call('POST', '/v1/sync/push', { token, raw: '{"batchId": "b", "changes": [' });
      expect(r).toMatchObject({ status: 400, body: { error: { code: 'malformed_json' } } });
      r = await api.call('POST', '/v1/sync/push', { token, raw: 'hello', type: 'text/plain' });
      expect(r.status).toBe(415);
      const huge = {
        batchId: 'batch-huge',
        changes: [change('council', councilData('client-a', 'c-3', { name: 'x'.repeat(17 * 1024 * 1024) }))],
      };
      r = await api.call('POST', '/v1/sync/push', { token, json: huge });
      expect(r).toMatchObject({ status: 413, body: { error: { code: 'too_large' } } });
      expect(await count('sync_record')).toBe(1);
    });

    it('refuses bad pull parameters and unknown addresses', async () => {
      expect((await api.pull(token, 'since=abc')).status).toBe(400);
      expect((await api.pull(token, 'limit=100000')).status).toBe(400);
      expect((await api.call('GET', '/v1/nothing-here')).status).toBe(404);
      expect((await api.call('GET', '/v1/blobs/not-a-hash', { token })).status).toBe(400);
    });
  });
});
