// Nothing sticks forever (issue 16 item 10), the office's half, against the real server and a real
// office database: councils the ministry renames into each other's names in one page apply; a
// change the office cannot apply is set aside with its reason (on the sync screen's status), the
// rest of the page applies and the cursor moves on; once its cause is gone it applies by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishCouncils, publishList } from '../../src-server/admin/publish';
import { ADMIN_ACTOR, openOffice, startTestServer, type TestOffice, type TestServer, DIALECTS } from './support';

describe.each(DIALECTS)('what an office cannot apply on %s', (dialect) => {
  let s: TestServer;
  let o: TestOffice;
  const now = () => new Date().toISOString();
  const council = (id: string, name: string) => ({ id, name, kind: 'village', county: 'کرمان', province: 'کرمان' });

  beforeAll(async () => {
    s = await startTestServer(dialect);
    o = await openOffice('0601');
    await o.engine.enroll(s.url, await s.newOffice('0601'), ADMIN_ACTOR);
  });
  afterAll(async () => {
    await o?.close();
    await s?.stop();
  });

  const names = async () => ((await o.t.call('councils.list', {})) as { name: string }[]).map((c) => c.name).sort();
  const cursor = async () =>
    ((await o.t.core.context.db.read.query('SELECT cursor FROM sync_state')) as { cursor: string }[])[0].cursor;

  describe('pulled changes that cannot be applied', () => {
    it('applies a rename published as a name swap in one page', async () => {
      await publishCouncils(s.db, [council('mc-a', 'الف‌آباد'), council('mc-b', 'بیدک')], now());
      expect((await o.engine.run()).error ?? 'ok').toBe('ok');
      expect(await names()).toEqual(['الف‌آباد', 'بیدک']);
      await publishCouncils(s.db, [council('mc-a', 'بیدک'), council('mc-b', 'الف‌آباد')], now());
      const before = await cursor();
      expect((await o.engine.run()).error ?? 'ok').toBe('ok');
      expect(await cursor()).not.toBe(before);
      const held = (await o.t.core.context.db.read.query(
        `SELECT s.id, c.name FROM sync_reference s JOIN council c ON c.id = s.local_id WHERE s.entity = 'council' ORDER BY s.id`,
      )) as { id: string; name: string }[];
      expect(held).toEqual([
        { id: 'mc-a', name: 'بیدک' },
        { id: 'mc-b', name: 'الف‌آباد' },
      ]);
      expect((await o.engine.status()).setAside).toEqual([]);
    });

    it('sets aside a change it cannot apply, shows why, applies the rest, and applies it once its cause is gone', async () => {
      // the office's own council holds the name the ministry now gives mc-a
      const mine = (await o.t.call('councils.create', {
        name: 'جوپار',
        kind: 'village',
        county: 'کرمان',
        province: 'کرمان',
      })) as { id: string; rev: number };
      await publishCouncils(s.db, [council('mc-a', 'جوپار')], now());
      await publishList(
        s.db,
        'legal_reference',
        [{ id: 'ref-after', law: 'قانون', article: '۱', subject: 'پس از' }],
        now(),
      );
      const before = await cursor();
      expect((await o.engine.run()).error ?? 'ok').toBe('ok');
      expect(await cursor()).not.toBe(before);
      const refs = (await o.t.core.context.db.read.query(
        `SELECT id FROM legal_reference WHERE id = 'ref-after'`,
      )) as unknown[];
      expect(refs).toHaveLength(1);
      const status = await o.engine.status();
      expect(status.setAside).toEqual([
        expect.objectContaining({
          entity: 'council',
          recordId: 'mc-a',
          description: 'جوپار',
          reason: expect.stringContaining('جوپار'),
        }),
      ]);
      expect(await names()).toEqual(['الف‌آباد', 'بیدک', 'جوپار']);
      // every later sync goes on
      expect((await o.engine.run()).error ?? 'ok').toBe('ok');
      // the office renames its own council: the set-aside change applies at the next sync
      await o.t.call('councils.update', {
        id: mine.id,
        rev: mine.rev,
        name: 'جوپار کهنه',
        kind: 'village',
        county: 'کرمان',
        province: 'کرمان',
        nationalCode: '',
        active: true,
      });
      expect((await o.engine.run()).error ?? 'ok').toBe('ok');
      expect((await o.engine.status()).setAside).toEqual([]);
      expect(await names()).toEqual(['الف‌آباد', 'جوپار', 'جوپار کهنه']);
    });
  });
});
