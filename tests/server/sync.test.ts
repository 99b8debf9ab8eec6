// Two offices and the ministry server (on each database), through the contract as the sync screen uses
// it: enrollment, who may do what, pushing records with their files, pulling what the ministry
// published (the deadline policy moves open windows, which go back to the server), refusals shown
// with the server's reason, and a page of bad reference data that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { publishCouncils, publishList, publishPolicy } from '../../src-server/admin/publish';
import { revokeTokens, issueCode } from '../../src-server/admin/commands';
import { resolutionInput, tinyPdf } from '../support/core';
import { currentPolicy } from '../../src-main/core/lifecycle/policy';
import {
  ADMIN_ACTOR,
  localRecords,
  openOffice,
  serverRecords,
  startTestServer,
  type TestOffice,
  type TestServer,
  DIALECTS,
} from './support';

describe.each(DIALECTS)('two offices syncing on %s', (dialect) => {
  let s: TestServer;
  let k: TestOffice;
  let r: TestOffice;
  const codes: Record<string, string> = {};
  const now = () => new Date().toISOString();
  const viewer = { id: 'v', name: 'ناظر', role: 'viewer' as const };
  const expert = { id: 'e', name: 'کارشناس', role: 'expert' as const };

  beforeAll(async () => {
    s = await startTestServer(dialect);
    codes.k = await s.newOffice('0801', 'کرمان');
    codes.r = await s.newOffice('0802', 'رفسنجان');
    k = await openOffice('0801', { county: 'کرمان' });
    r = await openOffice('0802', { county: 'رفسنجان' });
  });
  afterAll(async () => {
    await k?.close();
    await r?.close();
    await s?.stop();
  });

  const expectSame = async (o: TestOffice) => {
    const mine = await localRecords(o);
    const held = await serverRecords(s, o.serverCode);
    expect([...held.keys()].sort()).toEqual([...mine.keys()].sort());
    for (const [key, v] of mine) expect(held.get(key), key).toEqual(v);
  };

  describe('enrollment through the contract', () => {
    it('only the admin enrolls; a wrong code or address is refused on its field', async () => {
      expect((await k.t.as(expert).fail('sync.enroll', { serverUrl: s.url, code: codes.k })).code).toBe('forbidden');
      const bad = await k.t.as(ADMIN_ACTOR).fail('sync.enroll', { serverUrl: s.url, code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
      expect(bad).toMatchObject({ code: 'validation', fields: { code: expect.stringContaining('کد ثبت') } });
      const url = await k.t.as(ADMIN_ACTOR).fail('sync.enroll', { serverUrl: 'ftp://x', code: codes.k });
      expect(url.fields?.serverUrl).toContain('https://');
      const down = await k.t.as(ADMIN_ACTOR).fail('sync.enroll', { serverUrl: 'http://127.0.0.1:9', code: codes.k });
      expect(down.fields?.serverUrl).toContain('در دسترس نیست');
      // plain HTTP would carry the token and every record in the clear: only on this machine
      const clear = await k.t.as(ADMIN_ACTOR).fail('sync.enroll', { serverUrl: 'http://0.0.0.0:9', code: codes.k });
      expect(clear.fields?.serverUrl).toContain('https://');
      expect(clear.fields?.serverUrl).not.toContain('در دسترس نیست');
      // the engine refuses it too, whoever calls it
      await expect(k.engine.enroll('http://0.0.0.0:9', codes.k, ADMIN_ACTOR)).rejects.toMatchObject({
        fields: { serverUrl: expect.stringContaining('https://') },
      });
    });

    it('enrolls with the one-time code', async () => {
      const st = await k.t.as(ADMIN_ACTOR).call('sync.enroll', { serverUrl: `${s.url}/`, code: codes.k });
      expect(st).toMatchObject({ enrolled: true, serverUrl: s.url, serverOffice: { code: '0801', county: 'کرمان' } });
      // the office row itself waits to be pushed
      expect(st.waiting).toEqual([{ entity: 'office', label: 'مشخصات دبیرخانه', count: 1 }]);
      await r.engine.enroll(s.url, codes.r, ADMIN_ACTOR);
    });

    it('everyone signed in sees the state; the secretariat and the admin sync', async () => {
      expect((await k.t.as(viewer).call('sync.status', {})).enrolled).toBe(true);
      expect((await k.t.as(viewer).fail('sync.now', {})).code).toBe('forbidden');
    });
  });

  describe('pushing', () => {
    it("sends an office's records and files; the server holds exactly them", async () => {
      const council = await k.t.call('councils.create', {
        name: 'کرمان',
        kind: 'city',
        county: 'کرمان',
        province: 'کرمان',
      });
      const pdf = await k.t.call('attachments.upload', {
        name: 'صورتجلسه.pdf',
        dataBase64: tinyPdf('k1').toString('base64'),
      });
      await k.t.call(
        'resolutions.register',
        resolutionInput(council.id, { attachments: [{ sha256: pdf.sha256, name: 'صورتجلسه.pdf' }] }),
      );
      await k.t.call(
        'resolutions.register',
        resolutionInput(council.id, { councilResolutionNumber: '۲', incomingNumber: '۱۴۰۵/۲' }),
      );
      await k.t.call('sync.now', {});
      const result = await k.engine.run();
      expect(result).toMatchObject({ ok: true });
      await expectSame(k);
      const [blob] = await s.db.read.query<{ size: number }>('SELECT size FROM blob WHERE sha256 = $1', [pdf.sha256]);
      expect(blob.size).toBe(tinyPdf('k1').length);
      const st = await k.t.call('sync.status', {});
      expect(st).toMatchObject({ waitingTotal: 0, rejected: [], lastError: null, running: false });
      expect(st.lastSuccessAt).not.toBeNull();
    });

    it('shows a refused change with the server reason until it is retried and accepted', async () => {
      const [res] = await k.t.core.context.db.read.query(`SELECT id, rev FROM resolution ORDER BY row_no LIMIT 1`);
      // the ministry's copy has moved on (say, a court annulment entered centrally)
      await s.db.tx((tx) =>
        tx.query(
          `UPDATE sync_record SET data = replace(data, '"status":"received"', '"status":"annulled"') WHERE id = $1`,
          [res.id],
        ),
      );
      const cur = await k.t.call('resolutions.get', { id: res.id });
      await k.t.call('resolutions.update', {
        ...resolutionInput(cur.councilId),
        id: cur.id,
        rev: cur.rev,
        title: 'عنوان اصلاح‌شده',
      });
      await k.engine.run();
      let st = await k.t.call('sync.status', {});
      expect(st.rejected).toEqual([
        expect.objectContaining({
          entity: 'resolution',
          label: 'مصوبه',
          code: 'transition',
          description: expect.stringContaining('عنوان اصلاح‌شده'),
        }),
      ]);
      expect(st.rejected[0].reason).toContain('مجاز نیست');
      expect(st.waitingTotal).toBe(0);
      // the ministry corrects its copy; the secretary sends the record again
      await s.db.tx((tx) =>
        tx.query(
          `UPDATE sync_record SET data = replace(data, '"status":"annulled"', '"status":"received"') WHERE id = $1`,
          [res.id],
        ),
      );
      st = await k.t.call('sync.retry', { entity: 'resolution', recordId: res.id });
      expect(st.rejected).toEqual([]);
      await k.engine.run();
      await expectSame(k);
    });
  });

  describe('pulling what the ministry published', () => {
    it('applies the policy (moving open windows, which go back up), references, templates and councils', async () => {
      await publishPolicy(s.db, { ...DEFAULT_POLICY, version: 'ministry-1405-2', objectionDays: 20 }, now());
      await publishList(
        s.db,
        'legal_reference',
        [{ id: 'circular-1405-7', law: 'بخشنامهٔ وزارت کشور', subject: 'عوارض پسماند' }],
        now(),
      );
      await publishList(
        s.db,
        'letter_template',
        [
          {
            id: 'council_reminder',
            recipient: 'ریاست محترم {{council.name}}',
            subject: 'یادآوری',
            salutation: 'با سلام',
            body: '<p>یادآوری وزارت</p><script>x</script>',
            closing: '',
            attachments: 'ندارد',
            copies: [],
          },
        ],
        now(),
      );
      await publishCouncils(
        s.db,
        [
          { id: 'mc-1', name: 'هنزا', kind: 'village', county: 'کرمان', province: 'کرمان', nationalCode: '77' },
          { id: 'mc-2', name: 'کشکوئیه', kind: 'village', county: 'رفسنجان', province: 'کرمان' },
          { id: 'mc-3', name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان', nationalCode: '88' },
        ],
        now(),
      );
      expect(await k.engine.run()).toMatchObject({ ok: true, pulled: 6 });
      const m = k.t.core.context.db.read;
      expect((await currentPolicy(m)).version).toBe('ministry-1405-2');
      const [open] = await m.query(
        `SELECT objection_deadline AS d FROM resolution WHERE status = 'received' ORDER BY row_no DESC LIMIT 1`,
      );
      expect(open.d > '2026-11-29').toBe(true);
      expect(await m.query(`SELECT subject FROM legal_reference WHERE id = 'circular-1405-7'`)).toEqual([
        { subject: 'عوارض پسماند' },
      ]);
      const [tpl] = await m.query(`SELECT body, updated_by AS by FROM letter_template WHERE kind = 'council_reminder'`);
      expect(tpl).toEqual({ body: '<p>یادآوری وزارت</p>', by: 'ministry' });
      const councils = (await k.t.call('councils.list', {})).map((c) => `${c.name}:${c.nationalCode}`).sort();
      // a new council for this county, the office's own «کرمان» matched and updated, none of Rafsanjan
      expect(councils).toEqual(['هنزا:77', 'کرمان:88']);
      // the moved windows and the new council went back to the server in the same run
      await k.engine.run();
      await expectSame(k);
      expect(await r.engine.run()).toMatchObject({ ok: true });
      expect((await r.t.call('councils.list', {})).map((c) => c.name)).toEqual(['کشکوئیه']);
      await expectSame(r);
    });

    it('a record the shared schema refuses is set aside with why; the rest goes on, and a fixed version applies', async () => {
      const cursorBefore = (await k.t.core.context.db.read.query('SELECT cursor FROM sync_state'))[0].cursor;
      const insert = (rev: number, data: string) =>
        s.db.tx((tx) =>
          tx.query(
            `INSERT INTO feed (scope, entity, id, rev, data, at) VALUES ('national', 'legal_reference', 'bad', $1, $2, $3)`,
            [rev, data, now()],
          ),
        );
      await insert(1, '{"id":"bad"}');
      const run = await k.engine.run();
      expect(run).toMatchObject({ ok: true });
      const st = await k.t.call('sync.status', {});
      expect(st.setAside).toEqual([
        expect.objectContaining({
          entity: 'legal_reference',
          recordId: 'bad',
          reason: expect.stringContaining('نامعتبر'),
        }),
      ]);
      // the cursor moved past it: one record never stops the feed
      expect((await k.t.core.context.db.read.query('SELECT cursor FROM sync_state'))[0].cursor).not.toBe(cursorBefore);
      await insert(
        2,
        JSON.stringify({
          id: 'bad',
          law: 'قانون',
          article: '۱',
          note: '',
          subject: 'اصلاح‌شده',
          sortNo: 1,
          active: true,
        }),
      );
      expect(await k.engine.run()).toMatchObject({ ok: true });
      expect((await k.t.call('sync.status', {})).setAside).toEqual([]);
    });
  });

  describe('losing access', () => {
    it('a revoked token stops sync with a message to enroll again; a new code resumes it', async () => {
      await revokeTokens(s.db, '0802', now());
      await r.t.call('councils.create', { name: 'نوق', kind: 'city', county: 'رفسنجان', province: 'کرمان' });
      const run = await r.engine.run();
      expect(run.ok).toBe(false);
      expect((await r.t.call('sync.status', {})).lastError).toContain('دوباره ثبت');
      // nothing waiting was lost
      expect((await r.t.call('sync.status', {})).waitingTotal).toBe(1);
      await r.engine.enroll(s.url, (await issueCode(s.db, '0802', 7, new Date())).code, ADMIN_ACTOR);
      expect(await r.engine.run()).toMatchObject({ ok: true });
      await expectSame(r);
    });
  });

  describe('scheduling', () => {
    it('runs at start and then periodically by itself', async () => {
      const o = await openOffice('0803', {
        county: 'کرمان',
        sync: { schedule: true, startDelayMs: 10, intervalMs: 150 },
      });
      try {
        await o.engine.enroll(s.url, await s.newOffice('0803', 'کرمان'), ADMIN_ACTOR);
        await expect.poll(async () => (await o.engine.status()).lastSuccessAt, { timeout: 5_000 }).not.toBeNull();
        const first = (await o.engine.status()).lastAttemptAt;
        o.t.now.value = new Date(o.t.now.value.getTime() + 60_000);
        await expect.poll(async () => (await o.engine.status()).lastAttemptAt, { timeout: 5_000 }).not.toBe(first);
        expect((await o.engine.status()).nextRunAt).not.toBeNull();
      } finally {
        await o.close();
      }
    });
  });
});
