// Administration in the console on both server databases: places and offices made within the
// admin's scope (a refusal writes nothing), an enrollment code an office enrolls with, revoking an
// office, sync health, and reference data checked and previewed before it is published, then
// received by an office. Every action lands in the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { currentPolicy } from '../../src-main/core/lifecycle/policy';
import { addCounty, addProvince } from '../../src-server/admin/commands';
import { ConsoleClient, cliAccount } from './consoleClient';
import { ADMIN_ACTOR, openOffice, startTestServer, type Dialect, type TestServer } from './support';

type Err = { error: { code: string; message: string } };
type Health = {
  offices: { code: string; enrolledAt: string | null; openCodes: number; refused: number; appVersion: string | null }[];
};

describe.each<Dialect>(['sqlite', 'postgres'])('console administration on %s', (dialect) => {
  let server: TestServer;
  const minister = new ConsoleClient('');
  const kerman = new ConsoleClient('');
  const bam = new ConsoleClient('');
  const viewer = new ConsoleClient('');
  const count = async (sql: string) => Number((await server.db.read.query<{ n: number }>(sql))[0].n);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const at = new Date().toISOString();
    await addProvince(server.db, 'کرمان', at);
    await addProvince(server.db, 'یزد', at);
    await addCounty(server.db, 'کرمان', 'بم', at);
    await addCounty(server.db, 'یزد', 'میبد', at);
    const sign = async (c: ConsoleClient, user: string, password: string) => {
      Object.assign(c, { base: server.url });
      expect((await c.signIn(user, password)).status).toBe(200);
    };
    await sign(minister, 'minister', await cliAccount(server.dbUrl, 'minister', 'ministry'));
    await sign(
      kerman,
      'kerman.admin',
      await cliAccount(server.dbUrl, 'kerman.admin', 'province', { province: 'کرمان' }),
    );
    await sign(
      bam,
      'bam.admin',
      await cliAccount(server.dbUrl, 'bam.admin', 'county', { province: 'کرمان', county: 'بم' }),
    );
    await sign(viewer, 'nat.viewer', await cliAccount(server.dbUrl, 'nat.viewer', 'ministry', { role: 'viewer' }));
  });
  afterAll(() => server?.stop());

  it('makes places and offices only inside the admin’s scope, and a refusal writes nothing', async () => {
    expect((await minister.post('/console/api/admin/provinces', { name: 'فارس' })).status).toBe(200);
    const dup = await minister.post<Err>('/console/api/admin/provinces', { name: 'فارس' });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toContain('پیش‌تر ثبت شده');
    expect((await kerman.post('/console/api/admin/provinces', { name: 'گیلان' })).status).toBe(403);

    expect((await kerman.post('/console/api/admin/counties', { province: 'کرمان', name: 'رفسنجان' })).status).toBe(200);
    expect((await kerman.post('/console/api/admin/counties', { province: 'یزد', name: 'اردکان' })).status).toBe(403);
    expect((await bam.post('/console/api/admin/counties', { province: 'کرمان', name: 'جیرفت' })).status).toBe(403);
    expect(await count(`SELECT count(*) AS n FROM county WHERE name IN ('اردکان', 'جیرفت')`)).toBe(0);

    const office = (code: string, county: string, province = 'کرمان') => ({
      code,
      name: `دبیرخانه ${county}`,
      province,
      county,
    });
    expect((await bam.post('/console/api/admin/offices', office('0901', 'بم'))).status).toBe(200);
    expect((await bam.post('/console/api/admin/offices', office('0902', 'رفسنجان'))).status).toBe(403);
    expect((await kerman.post('/console/api/admin/offices', office('0903', 'میبد', 'یزد'))).status).toBe(403);
    expect((await kerman.post('/console/api/admin/offices', office('0904', 'رفسنجان'))).status).toBe(200);
    expect(await count(`SELECT count(*) AS n FROM office WHERE code IN ('0902', '0903')`)).toBe(0);
    const bad = await kerman.post<Err>('/console/api/admin/offices', office('', 'رفسنجان'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/کد دبیرخانه/);

    const places = (
      await bam.get<{ provinces: { name: string; counties: { name: string }[] }[] }>('/console/api/admin/places')
    ).body.provinces;
    expect(places).toEqual([
      { id: expect.any(String), name: 'کرمان', counties: [{ id: expect.any(String), name: 'بم' }] },
    ]);
    const seen = (c: ConsoleClient) =>
      c.get<Health>('/console/api/admin/offices').then((r) => r.body.offices.map((o) => o.code).sort());
    expect(await seen(bam)).toEqual(['0901']);
    expect(await seen(kerman)).toEqual(['0901', '0904']);
    expect((await viewer.get<Err>('/console/api/admin/offices')).status).toBe(403);
  });

  it('issues an enrollment code once, with its QR, that enrolls the office; revoking ends its access', async () => {
    expect((await bam.post('/console/api/admin/offices/0904/enrollment', { days: 7 })).status).toBe(404);
    const r = await bam.post<{ code: string; qrSvg: string; expiresAt: string }>(
      '/console/api/admin/offices/0901/enrollment',
      { days: 7 },
    );
    expect(r.status).toBe(200);
    expect(r.body.qrSvg).toMatch(/^<svg/);
    expect((await bam.post<Err>('/console/api/admin/offices/0901/enrollment', { days: 0 })).status).toBe(400);
    let health = (await bam.get<Health>('/console/api/admin/offices')).body.offices[0];
    expect(health).toMatchObject({ code: '0901', enrolledAt: null, openCodes: 1, appVersion: null });

    const o = await openOffice('0901', { county: 'بم' });
    try {
      await o.engine.enroll(server.url, r.body.code, ADMIN_ACTOR);
      expect(await o.engine.run()).toMatchObject({ ok: true });
      health = (await bam.get<Health>('/console/api/admin/offices')).body.offices[0];
      expect(health.enrolledAt).not.toBeNull();
      expect(health.openCodes).toBe(0);
      // the version the office app sent with its sync, for the console to show who runs an old app
      expect(health.appVersion).toBe(o.t.core.context.version);

      expect((await kerman.post('/console/api/admin/offices/0901/revoke')).status).toBe(200);
      const after = await o.engine.run();
      expect(after.ok).toBe(false);
    } finally {
      await o.close();
    }
  });

  it('checks and previews reference data before publishing it, and an office receives what was published', async () => {
    const feed = () => count('SELECT count(*) AS n FROM feed');
    const before = await feed();
    const wrong = await minister.post<Err>('/console/api/admin/publish/policy', {
      data: { ...DEFAULT_POLICY, objectionDays: 0 },
      confirm: true,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('مهلت اعتراض هیأت دست‌کم یک روز است');
    const policy = { ...DEFAULT_POLICY, version: 'ministry-1406-1', objectionDays: 21 };
    const preview = await minister.post<{ published: number; changes: { kind: string }[] }>(
      '/console/api/admin/publish/policy',
      { data: policy, confirm: false },
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ published: 0, changes: [{ kind: 'new' }] });
    expect(await feed()).toBe(before);
    expect((await kerman.post('/console/api/admin/publish/policy', { data: policy, confirm: true })).status).toBe(403);
    const done = await minister.post<{ published: number }>('/console/api/admin/publish/policy', {
      data: policy,
      confirm: true,
    });
    expect(done.body.published).toBe(1);
    expect(await feed()).toBe(before + 1);
    expect((await minister.get<{ policy: { version: string } }>('/console/api/admin/policy')).body.policy.version).toBe(
      'ministry-1406-1',
    );

    const councils = [{ id: 'yz-1', name: 'میبد', kind: 'city', county: 'میبد', province: 'یزد' }];
    const foreign = await kerman.post<Err>('/console/api/admin/publish/councils', { data: councils, confirm: true });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('در حوزهٔ شما نیست');
    const own = [{ id: 'km-1', name: 'بم', kind: 'city', county: 'بم', province: 'کرمان' }];
    expect((await kerman.post('/console/api/admin/publish/councils', { data: own, confirm: true })).status).toBe(200);
    expect((await minister.post('/console/api/admin/publish/nothing', { data: [], confirm: false })).status).toBe(404);

    const code = (await kerman.post<{ code: string }>('/console/api/admin/offices/0904/enrollment', { days: 7 })).body
      .code;
    const o = await openOffice('0904', { county: 'رفسنجان' });
    try {
      await o.engine.enroll(server.url, code, ADMIN_ACTOR);
      expect(await o.engine.run()).toMatchObject({ ok: true });
      expect((await currentPolicy(o.t.core.context.db.read)).version).toBe('ministry-1406-1');
    } finally {
      await o.close();
    }
  });

  it('audits every admin action and refuses a state change without the session’s CSRF token', async () => {
    const forged = new ConsoleClient(server.url);
    forged.cookie = minister.cookie;
    expect((await forged.post('/console/api/admin/provinces', { name: 'گیلان' })).status).toBe(403);
    expect(await count(`SELECT count(*) AS n FROM province WHERE name = 'گیلان'`)).toBe(0);
    const entries = (
      await minister.get<{ entries: { action: string; target: string | null }[] }>('/console/api/audit')
    ).body.entries.map((e) => `${e.action}:${e.target ?? ''}`);
    for (const e of [
      'province.create:فارس',
      'county.create:رفسنجان',
      'office.create:0901',
      'office.code:0901',
      'office.revoke:0901',
      'publish.policy:policy',
      'publish.councils:councils',
    ])
      expect(entries).toContain(e);
    expect(entries.filter((e) => e.startsWith('publish.policy')).length).toBe(1);
  });
});
