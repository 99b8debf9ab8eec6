// An office's register in the console (officeRegister.ts) on both databases, over known records
// written straight into sync_record: the rows and the total of a period, newest first by receipt
// day (ties by id), paged; the rulings, letters and councils read with them; the account's scope
// refused as not found; and all of it in one statement.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from '../../src-server/db/database';
import { insertMany } from '../../src-server/db/sql';
import type { ConsoleAccount } from '../../src-server/console/accounts';
import { officeRegister } from '../../src-server/console/officeRegister';
import { HttpError } from '../../src-server/http/errors';
import { councilDisplayName } from '../../shared/domain/councils';
import { statusLabel } from '../../shared/domain/statuses';
import { tempDir } from '../support/core';
import { createPgDatabase, DIALECTS, type Dialect } from './support';

const NOW = '2026-12-01T08:00:00.000Z';
// 1405 is 2026-03-21 … 2027-03-20
const Y1405 = { year: 1405 };

const account = (
  scope: ConsoleAccount['scope'],
  provinceId: string | null,
  countyId: string | null,
): ConsoleAccount => ({
  id: `acc-${scope}-${provinceId ?? ''}-${countyId ?? ''}`,
  username: 'u',
  fullName: 'u',
  role: 'viewer',
  scope,
  provinceId,
  countyId,
  provinceName: null,
  countyName: null,
  active: 1,
});
const MINISTER = account('ministry', null, null);
const KERMAN = account('province', 'p1', null);
const YAZD = account('province', 'p2', null);
const BAM = account('county', 'p1', 'c1');
const RAFSANJAN = account('county', 'p1', 'c2');

type Doc = Record<string, unknown>;
const records: [string, string, string, Doc][] = [];
const add = (entity: string, office: string, d: Doc) => records.push([entity, String(d.id), office, d]);

const resolution = (office: string, id: string, receiptDate: string, over: Doc = {}) =>
  add('resolution', office, {
    id,
    councilId: `${office}-k1`,
    incomingNumber: `و/${id}`,
    title: `مصوبهٔ ${id}`,
    category: 'fees',
    status: 'received',
    receiptDate,
    // the approval and creation days lie on the other side of the year's bounds: the period is
    // the receipt day's
    approvalDate: '2026-03-01',
    objectionDeadline: null,
    createdAt: '2027-04-01T06:00:00.000Z',
    text: 'متن بلند مصوبه',
    attachments: [],
    ...over,
  });

// office o1 (بم): councils, resolutions around 1405's bounds, ties on a day, and their children
add('council', 'o1', { id: 'o1-k1', kind: 'city', name: 'بم' });
add('council', 'o1', { id: 'o1-k2', kind: 'village', name: 'دارستان' });
resolution('o1', 'r01', '2026-03-20'); // the last day of 1404
resolution('o1', 'r02', '2026-03-21'); // the first day of 1405
resolution('o1', 'r03', '2026-06-01', { councilId: 'o1-k2', status: 'objected', objectionDeadline: '2026-06-16' });
resolution('o1', 'r04', '2026-06-01', { status: 'compliant' });
resolution('o1', 'r05', '2026-06-01');
resolution('o1', 'r06', '2026-09-10');
resolution('o1', 'r07', '2027-03-20'); // the last day of 1405
resolution('o1', 'r08', '2027-03-21'); // the first day of 1406
add('ruling', 'o1', { id: 'g03', resolutionId: 'r03', outcome: 'compliant', recordedAt: '2026-06-05T07:00:00.000Z' });
// a correction of the first ruling: the one in force, ruled on the first one's day
add('ruling', 'o1', {
  id: 'g03b',
  resolutionId: 'r03',
  outcome: 'objected',
  objectionGrounds: '["conflicts_with_law"]',
  correctsId: 'g03',
  recordedAt: '2026-06-07T07:00:00.000Z',
});
add('council_letter', 'o1', { id: 'cl03', resolutionId: 'r03', kind: 'objection', councilReceivedDate: '2026-06-09' });
add('ruling', 'o1', { id: 'g04', resolutionId: 'r04', outcome: 'compliant', recordedAt: '2026-06-03T21:00:00.000Z' });
// another office's record that names r05 is not r05's
add('ruling', 'o2', {
  id: 'g05-other',
  resolutionId: 'r05',
  outcome: 'objected',
  recordedAt: '2026-06-02T07:00:00.000Z',
});
// office o2 (رفسنجان, the same province) and o3 (یزد)
add('council', 'o2', { id: 'o2-k1', kind: 'city', name: 'رفسنجان' });
resolution('o2', 'r51', '2026-05-01');
add('council', 'o3', { id: 'o3-k1', kind: 'city', name: 'یزد' });
resolution('o3', 'r91', '2026-05-02');

/** r01 … r08 of o1 in 1405, newest first: by receipt day, then by id. */
const YEAR_IDS = ['r07', 'r06', 'r05', 'r04', 'r03', 'r02'];

async function openDb(dialect: Dialect): Promise<{ db: ServerDb; drop(): Promise<unknown> }> {
  if (dialect === 'postgres') {
    const created = await createPgDatabase();
    return { db: await openServerDb({ url: created.url, poolSize: 2 }), drop: created.drop };
  }
  const db = await openServerDb({ url: path.join(tempDir('tatbiq-register-'), 'server.sqlite') });
  return { db, drop: async () => undefined };
}

describe.each<Dialect>(DIALECTS)('an office’s register on %s', (dialect) => {
  let db: ServerDb;
  let drop: () => Promise<unknown>;

  beforeAll(async () => {
    ({ db, drop } = await openDb(dialect));
    await db.tx(async (tx) => {
      await insertMany(
        tx,
        'province',
        ['id', 'name', 'created_at'],
        [
          ['p1', 'کرمان', NOW],
          ['p2', 'یزد', NOW],
        ],
      );
      await insertMany(
        tx,
        'county',
        ['id', 'province_id', 'name', 'created_at'],
        [
          ['c1', 'p1', 'بم', NOW],
          ['c2', 'p1', 'رفسنجان', NOW],
          ['c3', 'p2', 'یزد', NOW],
        ],
      );
      await insertMany(
        tx,
        'office',
        ['id', 'code', 'name', 'county_id', 'enrolled_at', 'last_push_at', 'created_at'],
        [
          ['o1', '0801', 'دبیرخانه بم', 'c1', NOW, NOW, NOW],
          ['o2', '0802', 'دبیرخانه رفسنجان', 'c2', NOW, null, NOW],
          ['o3', '0901', 'دبیرخانه یزد', 'c3', null, null, NOW],
        ],
      );
      await insertMany(
        tx,
        'sync_record',
        ['entity', 'id', 'office_id', 'rev', 'change_id', 'data', 'updated_at'],
        records.map(([entity, id, office, d]) => [entity, id, office, 1, `ch-${id}`, JSON.stringify(d), NOW]),
      );
    });
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('gives a period’s resolutions newest first by receipt day, with their rulings, letters and councils', async () => {
    const r = await officeRegister(db, MINISTER, 'o1', Y1405);
    expect(r.office).toEqual({
      id: 'o1',
      code: '0801',
      name: 'دبیرخانه بم',
      countyId: 'c1',
      county: 'بم',
      provinceId: 'p1',
      province: 'کرمان',
      lastPushAt: NOW,
      lastPullAt: null,
      enrolledAt: NOW,
    });
    expect(r).toMatchObject({ total: 6, page: 1, pageSize: 100, period: { from: '2026-03-21', to: '2027-03-20' } });
    expect(r.rows.map((x) => x.id)).toEqual(YEAR_IDS);
    const byId = Object.fromEntries(r.rows.map((x) => [x.id, x]));
    expect(byId.r03).toEqual({
      id: 'r03',
      incomingNumber: 'و/r03',
      title: 'مصوبهٔ r03',
      councilName: councilDisplayName({ kind: 'village', name: 'دارستان' }),
      category: 'fees',
      status: 'objected',
      statusLabel: statusLabel('objected'),
      receiptDate: '2026-06-01',
      objectionDeadline: '2026-06-16',
      // the first ruling's day; the outcome of the one in force
      rulingDate: '2026-06-05',
      rulingOutcome: 'objected',
    });
    // a ruling recorded at 21:00 UTC is the next day in Tehran
    expect(byId.r04).toMatchObject({ rulingDate: '2026-06-04', rulingOutcome: 'compliant', status: 'compliant' });
    expect(byId.r04.councilName).toBe(councilDisplayName({ kind: 'city', name: 'بم' }));
    // o2's ruling that names r05 is not read with o1's r05
    expect(byId.r05).toMatchObject({ rulingDate: null, rulingOutcome: null });
  });

  it('filters by the receipt day, bounds included, in any period', async () => {
    const ids = async (q: Record<string, unknown>) =>
      (await officeRegister(db, MINISTER, 'o1', q)).rows.map((x) => x.id);
    expect(await ids({ year: 1404 })).toEqual(['r01']);
    expect(await ids({ year: 1406 })).toEqual(['r08']);
    expect(await ids({ from: '2026-06-01', to: '2026-06-01' })).toEqual(['r05', 'r04', 'r03']);
    expect(await ids({ from: '2026-03-20', to: '2026-03-21' })).toEqual(['r02', 'r01']);
    // 1405's third month (خرداد) is 2026-05-22 … 2026-06-21
    expect(await ids({ year: 1405, month: 3 })).toEqual(['r05', 'r04', 'r03']);
    const none = await officeRegister(db, MINISTER, 'o1', { year: 1403 });
    expect(none).toMatchObject({ total: 0, rows: [] });
    expect(none.office.id).toBe('o1');
  });

  it('follows a resolution whose receipt day is corrected (the column is the document’s)', async () => {
    const move = (day: string) =>
      db.tx(async (tx) => {
        const [row] = await tx.query<{ data: string }>(
          "SELECT data FROM sync_record WHERE office_id = 'o1' AND entity = 'resolution' AND id = 'r06'",
        );
        const d = { ...(JSON.parse(row.data) as Doc), receiptDate: day };
        await tx.query(
          "UPDATE sync_record SET data = $1 WHERE office_id = 'o1' AND entity = 'resolution' AND id = 'r06'",
          [JSON.stringify(d)],
        );
      });
    await move('2027-04-01');
    try {
      expect((await officeRegister(db, MINISTER, 'o1', Y1405)).rows.map((x) => x.id)).toEqual(
        YEAR_IDS.filter((id) => id !== 'r06'),
      );
      expect((await officeRegister(db, MINISTER, 'o1', { year: 1406 })).rows.map((x) => x.id)).toEqual(['r06', 'r08']);
    } finally {
      await move('2026-09-10');
    }
    expect((await officeRegister(db, MINISTER, 'o1', Y1405)).total).toBe(6);
  });

  it('pages in the database: each page in order, the same total, nothing past the end', async () => {
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await officeRegister(db, MINISTER, 'o1', { ...Y1405, page }, 2));
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6, 6]);
    expect(pages.map((p) => p.rows.map((x) => x.id))).toEqual([['r07', 'r06'], ['r05', 'r04'], ['r03', 'r02'], []]);
    expect(pages[3]).toMatchObject({ page: 4, pageSize: 2, office: { id: 'o1' } });
    // a page's councils and rulings are its own rows' however the page falls
    expect(pages[2].rows[0]).toMatchObject({ id: 'r03', rulingOutcome: 'objected' });
    expect(pages[2].rows[0].councilName).toBe(councilDisplayName({ kind: 'village', name: 'دارستان' }));
  });

  it('reads the page in one statement', async () => {
    const sent: string[] = [];
    const counted: ServerDb = {
      ...db,
      dialect: db.dialect,
      read: {
        query: (sql, params, opts) => {
          sent.push(sql);
          return db.read.query(sql, params, opts);
        },
      },
    };
    expect((await officeRegister(counted, KERMAN, 'o1', Y1405)).rows).toHaveLength(6);
    expect(sent).toHaveLength(1);
    await expect(officeRegister(counted, YAZD, 'o1', Y1405)).rejects.toThrow(HttpError);
    expect(sent).toHaveLength(2);
  });

  it('refuses an office outside the account’s scope as not found, and reads nothing of it', async () => {
    const refused = async (a: ConsoleAccount, office: string, q: Record<string, unknown> = Y1405) => {
      const e = await officeRegister(db, a, office, q).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(HttpError);
      expect(e).toMatchObject({ status: 404, code: 'out_of_scope' });
    };
    await refused(YAZD, 'o1');
    await refused(RAFSANJAN, 'o1');
    await refused(BAM, 'o2');
    await refused(KERMAN, 'o3');
    await refused(MINISTER, 'o9');
    await refused(MINISTER, "o1' OR 'a'='a");
    await refused(MINISTER, '');
    // outside the scope comes before a bad period: the answer does not tell the office exists
    await refused(YAZD, 'o1', { year: 1200 });
    await expect(officeRegister(db, BAM, 'o1', { year: 1200 })).rejects.toMatchObject({ status: 400 });
    expect((await officeRegister(db, BAM, 'o1', Y1405)).total).toBe(6);
    expect((await officeRegister(db, KERMAN, 'o2', Y1405)).rows.map((x) => x.id)).toEqual(['r51']);
    expect((await officeRegister(db, RAFSANJAN, 'o2', Y1405)).total).toBe(1);
    expect((await officeRegister(db, YAZD, 'o3', Y1405)).rows.map((x) => x.id)).toEqual(['r91']);
  });
});
