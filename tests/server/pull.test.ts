// The change feed against the real server (on each database): an office reads national data, its
// province's and its own, in sequence order; pages are stable and resume from any cursor; a
// republished record is a new version, an unchanged one adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import {
  publish,
  publishCouncils,
  publishHolidays,
  publishList,
  publishPolicy,
  PublishError,
} from '../../src-server/admin/publish';
import { startTestServer, type TestServer, DIALECTS } from './support';
import { client } from './wire';

describe.each(DIALECTS)('the change feed on %s', (dialect) => {
  let s: TestServer;
  let api: ReturnType<typeof client>;
  let kerman: string;
  let yazd: string;
  let yazdOfficeId: string;
  const now = () => new Date().toISOString();

  beforeAll(async () => {
    s = await startTestServer(dialect);
    api = client(s.url);
    kerman = (await api.enroll(await s.newOffice('0801'), 'client-k')).body.token;
    const y = await api.enroll(await s.newOffice('0901', 'یزد', 'یزد'), 'client-y');
    yazd = y.body.token;
    yazdOfficeId = y.body.office.id;
    const refs = Array.from({ length: 23 }, (_, i) => ({
      id: `ref-${i}`,
      law: 'قانون شوراها',
      article: String(i),
      subject: `ماده ${i}`,
    }));
    await publishList(s.db, 'legal_reference', refs, now());
    await publishCouncils(
      s.db,
      [
        { id: 'mc-k1', name: 'جوپار', kind: 'village', county: 'کرمان', province: 'كرمان' },
        { id: 'mc-y1', name: 'مهریز', kind: 'city', county: 'یزد', province: 'یزد' },
      ],
      now(),
    );
    await publishPolicy(s.db, { ...DEFAULT_POLICY, version: 'ministry-1405-1', objectionDays: 10 }, now());
    await publish(
      s.db,
      'legal_reference',
      [
        {
          id: 'for-yazd',
          scope: `office:${yazdOfficeId}`,
          data: { id: 'for-yazd', law: 'بخشنامه', article: '', note: '', subject: 'ویژهٔ یزد', sortNo: 0, active: true },
        },
      ],
      now(),
    );
  });
  afterAll(() => s?.stop());

  async function pullAll(token: string, limit: number, since = '') {
    const pages: { entity: string; id: string; rev: number; scope: string }[][] = [];
    let cursor = since;
    for (;;) {
      const r = await api.pull(token, `since=${cursor}&limit=${limit}`);
      expect(r.status).toBe(200);
      pages.push(r.body.changes);
      cursor = r.body.cursor;
      if (!r.body.hasMore) return { pages, cursor };
    }
  }

  describe('pull', () => {
    it("gives an office national data and its province's, in pages, each record once", async () => {
      const { pages } = await pullAll(kerman, 7);
      expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
      const all = pages.flat();
      const keys = all.map((c) => `${c.entity}/${c.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toContain('council/mc-k1');
      expect(keys).not.toContain('council/mc-y1');
      expect(keys).not.toContain('legal_reference/for-yazd');
      expect(keys.filter((k) => k.startsWith('legal_reference/'))).toHaveLength(23);
      expect(keys).toContain('deadline_policy/current');
      // the scope names the province as stored, whichever spelling the admin typed
      expect(all.find((c) => c.id === 'mc-k1')?.scope).toBe('province:کرمان');
    });

    it('another province sees its own councils and records meant for it alone', async () => {
      const keys = (await pullAll(yazd, 100)).pages.flat().map((c) => `${c.entity}/${c.id}`);
      expect(keys).toContain('council/mc-y1');
      expect(keys).toContain('legal_reference/for-yazd');
      expect(keys).not.toContain('council/mc-k1');
    });

    it('pages are stable and resume from any cursor', async () => {
      const first = await api.pull(kerman, 'since=&limit=10');
      const again = await api.pull(kerman, 'since=&limit=10');
      expect(again.body).toEqual(first.body);
      const rest = await pullAll(kerman, 4, first.body.cursor);
      const whole = await pullAll(kerman, 100);
      expect([...first.body.changes, ...rest.pages.flat()]).toEqual(whole.pages.flat());
      // at the end: an empty page with the same cursor
      const end = await api.pull(kerman, `since=${whole.cursor}`);
      expect(end.body).toEqual({ changes: [], cursor: whole.cursor, hasMore: false });
    });

    it('a republished record is a new version after the cursor; an unchanged one adds nothing', async () => {
      const { cursor } = await pullAll(kerman, 100);
      const same = await publishList(
        s.db,
        'legal_reference',
        [{ id: 'ref-3', law: 'قانون شوراها', article: '3', subject: 'ماده 3' }],
        now(),
      );
      expect(same.published).toBe(0);
      await publishList(
        s.db,
        'legal_reference',
        [{ id: 'ref-3', law: 'قانون شوراها', article: '3', subject: 'مادهٔ سوم (اصلاحی)' }],
        now(),
      );
      const r = await api.pull(kerman, `since=${cursor}`);
      expect(r.body.changes).toEqual([expect.objectContaining({ entity: 'legal_reference', id: 'ref-3', rev: 2 })]);
    });

    it('a holiday table republishes the policy with its holidays replaced', async () => {
      const { cursor } = await pullAll(kerman, 100);
      await publishHolidays(s.db, ['2027-03-21', '2027-03-20', '2027-03-21'], now());
      const r = await api.pull(kerman, `since=${cursor}`);
      const policy = (r.body.changes[0] as unknown as { data: typeof DEFAULT_POLICY }).data;
      expect(policy.holidays).toEqual(['2027-03-20', '2027-03-21']);
      expect(policy.objectionDays).toBe(10);
      expect(policy.version).toMatch(/^ministry-1405-1 \+ holidays /);
    });

    it('the admin cannot publish what the shared schemas refuse', async () => {
      await expect(publishPolicy(s.db, { ...DEFAULT_POLICY, objectionDays: 0 }, now())).rejects.toThrow(PublishError);
      await expect(publishList(s.db, 'legal_reference', [{ id: 'x', law: '' }], now())).rejects.toThrow(/law/);
      await expect(
        publishCouncils(s.db, [{ id: 'c', name: 'x', kind: 'planet', county: 'x', province: 'x' }], now()),
      ).rejects.toThrow(/kind/);
    });
  });
});
