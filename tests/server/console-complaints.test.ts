// Citizens' complaints in the console's monitoring (issue 14 item 8), on both databases: filed on
// the real public form and answered by the offices' real pushes, counted by unit (country →
// province → county → office) over a Jalali period by their day in Tehran, with the Excel export;
// and a province or county official never reads another's complaint counts, whatever it asks.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCounty, addOffice, addProvince, issueCode } from '../../src-server/admin/commands';
import { ConsoleClient } from './consoleClient';
import { fileComplaint, KERMAN, signInCountryAccounts, YAZD } from './country';
import { DIALECTS, startTestServer, type TestServer } from './support';
import { change, client } from './wire';

// 1405/09/12 in Tehran; the year before is 1404
const NOW = new Date('2026-12-03T08:00:00.000Z');
const LAST_YEAR = new Date('2025-12-03T08:00:00.000Z');

interface Figures {
  kind: string;
  id: string | null;
  name: string;
  offices: number;
  received: number;
  answered: number;
}
interface Complaints {
  unit: { kind: string; name: string };
  totals: Figures;
  children: Figures[];
}

describe.each(DIALECTS)('complaints in the console’s monitoring on %s', (dialect) => {
  let s: TestServer;
  const clock = { value: NOW };
  const offices: Record<string, { id: string; token: string }> = {};
  const counties: Record<string, string> = {};
  const provinces: Record<string, string> = {};
  const as: Record<string, ConsoleClient> = {};

  const file = async (code: string) => {
    const tracking = await fileComplaint(s.url, offices[code].id);
    const [row] = await s.db.read.query<{ id: string }>('SELECT id FROM complaint WHERE tracking_code = $1', [
      tracking,
    ]);
    return row.id;
  };
  const answer = async (code: string, id: string, at: Date) => {
    const when = at.toISOString();
    const r = await client(s.url).push(offices[code].token, [
      change('complaint_answer', {
        id,
        officeId: `client-${code}`,
        resolutionId: null,
        answer: 'بررسی شد.',
        letterId: null,
        answeredBy: 'u-1',
        answeredByName: 'دبیر',
        answeredAt: when,
        rev: 1,
        createdAt: when,
        updatedAt: when,
      }),
    ]);
    expect(r.body.rejected).toEqual([]);
  };

  beforeAll(async () => {
    s = await startTestServer(dialect, { clock: () => clock.value });
    const at = NOW.toISOString();
    for (const p of [KERMAN, YAZD]) provinces[p] = (await addProvince(s.db, p, at)).id;
    for (const [p, c] of [
      [KERMAN, 'بم'],
      [KERMAN, KERMAN],
      [YAZD, 'میبد'],
    ])
      counties[c] = (await addCounty(s.db, p, c, at)).id;
    for (const [code, p, c] of [
      ['0801', KERMAN, 'بم'],
      ['0802', KERMAN, KERMAN],
      ['0901', YAZD, 'میبد'],
    ]) {
      const id = (await addOffice(s.db, { code, name: `دبیرخانه ${c}`, province: p, county: c }, at)).id;
      const enrol = (await issueCode(s.db, code, 7, NOW)).code;
      offices[code] = { id, token: (await client(s.url).enroll(enrol, `client-${code}`)).body.token };
    }
    // بم: two this year, one answered this year and one filed last year, answered this year
    clock.value = LAST_YEAR;
    const old = await file('0801');
    clock.value = NOW;
    const bam = [await file('0801'), await file('0801')];
    await answer('0801', bam[0], NOW);
    await answer('0801', old, NOW);
    // کرمان: one, not answered; میبد: one, answered last year's day (a clock the office got wrong)
    await file('0802');
    await answer('0901', await file('0901'), LAST_YEAR);
    Object.assign(as, await signInCountryAccounts(s));
  });
  afterAll(() => s?.stop());

  const get = (who: string, q: string) => as[who].get<Complaints>(`/console/api/complaints?${q}`);
  const counts = (f: Figures) => [f.name, f.offices, f.received, f.answered];

  it('counts the country by province, each complaint in the year it was filed or answered', async () => {
    const r = await get('minister', 'year=1405');
    expect(r.status).toBe(200);
    expect(counts(r.body.totals)).toEqual(['کل کشور', 3, 4, 2]);
    expect(r.body.children.map(counts).sort()).toEqual(
      [
        [KERMAN, 2, 3, 2],
        [YAZD, 1, 1, 0],
      ].sort(),
    );
    const before = await get('minister', 'year=1404');
    // filed then: بم's old one; answered then: میبد's
    expect(counts(before.body.totals)).toEqual(['کل کشور', 3, 1, 1]);
    // a month: Azar 1405 holds all of this year's
    expect(counts((await get('minister', 'year=1405&month=9')).body.totals)).toEqual(['کل کشور', 3, 4, 2]);
    expect(counts((await get('minister', 'year=1405&month=8')).body.totals)).toEqual(['کل کشور', 3, 0, 0]);
  });

  it('gives a province its counties and a county its offices', async () => {
    const k = await get('kerman', 'year=1405');
    expect(k.body.unit).toMatchObject({ kind: 'province', name: KERMAN });
    expect(counts(k.body.totals)).toEqual([KERMAN, 2, 3, 2]);
    expect(k.body.children.map(counts).sort()).toEqual(
      [
        ['بم', 1, 2, 2],
        [KERMAN, 1, 1, 0],
      ].sort(),
    );
    const b = await get('bam', 'year=1405');
    expect(b.body.unit).toMatchObject({ kind: 'county', name: 'بم' });
    expect(b.body.children.map(counts)).toEqual([['دبیرخانه بم (0801)', 1, 2, 2]]);
    const o = await get('minister', `year=1405&unit=office:${offices['0901'].id}`);
    expect(o.body.children).toEqual([]);
    expect(counts(o.body.totals)).toEqual(['دبیرخانه میبد', 1, 1, 0]);
  });

  it('never gives an official another province’s or county’s counts', async () => {
    const refused = [
      ['kerman', 'unit=country'],
      ['kerman', `unit=province:${provinces[YAZD]}`],
      ['kerman', `unit=county:${counties['میبد']}`],
      ['kerman', `unit=office:${offices['0901'].id}`],
      ['yazd', `unit=province:${provinces[KERMAN]}`],
      ['yazd', `unit=office:${offices['0801'].id}`],
      ['bam', `unit=county:${counties[KERMAN]}`],
      ['bam', `unit=office:${offices['0802'].id}`],
      ['bam', `unit=province:${provinces[KERMAN]}`],
    ];
    for (const [who, q] of refused) {
      const r = await get(who, `year=1405&${q}`);
      expect({ who, q, status: r.status }).toEqual({ who, q, status: 404 });
      expect(JSON.stringify(r.body)).not.toContain('received');
      const x = await as[who].get(`/console/api/export/complaints.xlsx?year=1405&${q}`);
      expect({ who, q, status: x.status }).toEqual({ who, q, status: 404 });
    }
    // the province's own view holds its counties only
    const y = await get('yazd', 'year=1405');
    expect(counts(y.body.totals)).toEqual([YAZD, 1, 1, 0]);
    expect(y.body.children.map((c) => c.name)).toEqual(['میبد']);
  });

  it('refuses absurd periods and anyone signed out', async () => {
    expect((await get('minister', 'year=1200')).status).toBe(400);
    expect((await get('minister', 'year=1405&month=13')).status).toBe(400);
    expect((await get('minister', 'year=1405&page=1')).status).toBe(400);
    expect((await new ConsoleClient(s.url).get('/console/api/complaints?year=1405')).status).toBe(401);
  });

  it('exports the table as Excel: the units below, then the unit’s total', async () => {
    const r = await fetch(`${s.url}/console/api/export/complaints.xlsx?year=1405`, {
      headers: { cookie: as.kerman.cookie },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('شکایات شهروندان');
    expect(ws.views[0]).toMatchObject({ rightToLeft: true });
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['واحد', 'دبیرخانه‌ها', 'شکایت رسیده', 'پاسخ داده‌شده']);
    expect(rows.slice(1, -1).sort()).toEqual(
      [
        ['بم', 1, 2, 2],
        [KERMAN, 1, 1, 0],
      ].sort(),
    );
    expect(rows.at(-1)).toEqual([KERMAN, 2, 3, 2]);
  });
});
