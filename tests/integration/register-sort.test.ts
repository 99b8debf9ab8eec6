// Issue 11 item 11: the register sorts council names in Persian alphabetical order (ی/ي and ک/ك
// alike) and numbers as numbers (۴ < ۱۲ < ۱۰۱), through its SQL with the sort keys of migration
// 0009, kept up to date as rows are registered, edited and renamed, and filled for old rows.
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFFICE, resolutionInput, startCore, tempDir, type TestCore } from '../support/core';
import { SCHEMA_VERSION } from '../../src-main/core/storage/migrations';
import type { ResolutionSortField } from '../../shared/schemas/resolution';

function exec(file: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file);
    db.exec(sql, (err) => db.close(() => (err ? reject(err) : resolve([]))));
  });
}

// in the order they are made; the Arabic «ك» of «كرمان» must sort as «ک»
const PLACES = ['یزد', 'گلباف', 'كرمان', 'پاریز', 'زرند', 'آباده', 'بافت', 'چترود', 'اختیارآباد', 'ژیان'];
const ALPHABETICAL = ['آباده', 'اختیارآباد', 'بافت', 'پاریز', 'چترود', 'زرند', 'ژیان', 'کرمان', 'گلباف', 'یزد'];
const NUMBERS = ['۱۰۱', '12', '۴', '۱۲/۵', '۹۹۹', '1000', '۲۰', '۳', '۱۲/۴۵', '۷'];
const NUMBERS_SORTED = ['۳', '۴', '۷', '12', '۱۲/۵', '۱۲/۴۵', '۲۰', '۱۰۱', '۹۹۹', '1000'];

let t: TestCore;
let dir: string;
const ids: Record<string, string> = {};

async function seed() {
  await t.call('office.setup', OFFICE);
  for (const [i, name] of PLACES.entries()) {
    const c = await t.call('councils.create', {
      name,
      kind: i % 2 ? 'village' : 'city',
      county: 'کرمان',
      province: 'کرمان',
    });
    ids[name] = c.id;
    await t.call(
      'resolutions.register',
      resolutionInput(c.id, {
        councilResolutionNumber: NUMBERS[i],
        incomingNumber: `۱۴۰۵/${NUMBERS[(i + 3) % NUMBERS.length].replace('/', '')}`,
        attachments: [],
      }),
    );
  }
}

const list = (field: ResolutionSortField, dir: 'asc' | 'desc', filter: Record<string, unknown> = {}) =>
  t.call('resolutions.list', { sort: { field, dir }, pageSize: 100, filter });
const placeOf = (name: string) => name.replace(/^شورای اسلامی (شهر|روستای?) /, '');

beforeEach(async () => {
  dir = tempDir();
  t = await startCore({ dir });
  await seed();
});
afterEach(async () => t.close());

describe('sorting the register (issue 11)', () => {
  it('orders councils alphabetically in Persian, both ways', async () => {
    const asc = await list('councilName', 'asc');
    expect(asc.rows.map((r) => placeOf(r.councilDisplayName))).toEqual(ALPHABETICAL);
    const desc = await list('councilName', 'desc');
    expect(desc.rows.map((r) => placeOf(r.councilDisplayName))).toEqual([...ALPHABETICAL].reverse());
    // a page in the middle is the same slice
    const page = await t.call('resolutions.list', { sort: { field: 'councilName', dir: 'asc' }, page: 1, pageSize: 3 });
    expect(page.rows.map((r) => placeOf(r.councilDisplayName))).toEqual(ALPHABETICAL.slice(3, 6));
  });

  it('orders council resolution numbers and incoming numbers by value, filtered or not', async () => {
    const asc = await list('councilResolutionNumber', 'asc');
    expect(asc.rows.map((r) => r.councilResolutionNumber)).toEqual(NUMBERS_SORTED);
    const desc = await list('councilResolutionNumber', 'desc');
    expect(desc.rows.map((r) => r.councilResolutionNumber)).toEqual([...NUMBERS_SORTED].reverse());
    const filtered = await list('councilResolutionNumber', 'asc', { status: ['received'], category: 'fees' });
    expect(filtered.rows.map((r) => r.councilResolutionNumber)).toEqual(NUMBERS_SORTED);
    const searched = await list('councilResolutionNumber', 'asc', { q: 'پسماند' });
    expect(searched.rows.map((r) => r.councilResolutionNumber)).toEqual(NUMBERS_SORTED);
    const incoming = await list('incomingNumber', 'asc');
    const values = incoming.rows.map((r) =>
      Number(r.incomingNumber.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).split('/')[1]),
    );
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('follows a renamed council and an edited number', async () => {
    const c = (await t.call('councils.list', {})).find((x) => x.id === ids['یزد'])!;
    await t.call('councils.update', { ...c, name: 'اسفندقه', rev: c.rev, active: true });
    const asc = await list('councilName', 'asc');
    expect(asc.rows.map((r) => placeOf(r.councilDisplayName)).slice(0, 3)).toEqual(['آباده', 'اختیارآباد', 'اسفندقه']);

    const r = (await list('councilResolutionNumber', 'asc')).rows[0]; // ۳
    const full = await t.call('resolutions.get', { id: r.id });
    await t.call('resolutions.update', {
      ...resolutionInput(full.councilId),
      ...pickFields(full),
      councilResolutionNumber: '۵۰۰',
      id: full.id,
      rev: full.rev,
      attachments: [],
    });
    const after = await list('councilResolutionNumber', 'asc');
    expect(after.rows.map((x) => x.councilResolutionNumber)).toEqual([
      ...NUMBERS_SORTED.slice(1, 8),
      '۵۰۰',
      '۹۹۹',
      '1000',
    ]);
  });

  it('fills the keys of rows registered before the upgrade', async () => {
    await t.close();
    const file = path.join(dir, 'tatbiq.sqlite');
    await exec(
      file,
      `DROP TABLE resolution_sort; DROP TABLE council_sort; DELETE FROM schema_migrations WHERE name = 'RegisterSortKeys1796225102897'; PRAGMA user_version = ${SCHEMA_VERSION - 1};`,
    );
    t = await startCore({ dir });
    expect(await t.count('resolution_sort')).toBe(PLACES.length);
    expect((await list('councilResolutionNumber', 'asc')).rows.map((r) => r.councilResolutionNumber)).toEqual(
      NUMBERS_SORTED,
    );
    expect((await list('councilName', 'asc')).rows.map((r) => placeOf(r.councilDisplayName))).toEqual(ALPHABETICAL);
  });
});

function pickFields(r: Record<string, unknown>) {
  const keys = [
    'councilId',
    'councilResolutionNumber',
    'councilSessionNumber',
    'councilSessionDate',
    'approvalDate',
    'receiptDate',
    'incomingNumber',
    'title',
    'text',
    'category',
  ];
  return Object.fromEntries(keys.map((k) => [k, r[k]]));
}
