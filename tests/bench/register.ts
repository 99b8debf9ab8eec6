// The register at scale (issue: foundation): bulk insert through the app vs raw SQL, the
// register's page queries, full-text search vs a LIKE scan, database size and memory.
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';

import { bulkInsertResolutions } from '../../src-main/core/resolutions/bulk';
import { listResolutions } from '../../src-main/core/resolutions/query';
import { resolutionListInput } from '../../shared/schemas/resolution';
import { ftsDocument, likePattern, searchKey } from '../../shared/text/persian';
import { jalaliYear } from '../../shared/dates/jalali';
import { councilDisplayName } from '../../shared/domain/councils';
import { generateCouncils, generateResolutions, rng } from '../fixtures/generate';
import { startCore, tempDir, OFFICE, type TestCore } from '../support/core';
import { ms, timeMany } from './stats';

export const N = Number(process.env.BENCH_ROWS ?? 200_000);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const COUNCILS = 150;

function run(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((res, rej) => db.run(sql, params, (e) => (e ? rej(e) : res())));
}

async function rawInsert(dir: string, rows: ReturnType<typeof rowsFor>): Promise<number> {
  const file = path.join(dir, 'raw.sqlite');
  const db = new sqlite3.Database(file);
  await run(db, 'PRAGMA journal_mode = WAL');
  await run(db, 'PRAGMA cache_size = -65536');
  await run(
    db,
    `CREATE TABLE resolution (row_no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, council_id TEXT, number TEXT, number_key TEXT,
    session_no TEXT, session_date TEXT, approval_date TEXT, approval_year INTEGER, receipt_date TEXT, receipt_year INTEGER,
    incoming TEXT, incoming_key TEXT, title TEXT, category TEXT, status TEXT)`,
  );
  await run(db, 'CREATE TABLE body (id TEXT PRIMARY KEY, text TEXT NOT NULL)');
  for (const ix of [
    'receipt_date, row_no',
    'council_id, receipt_date',
    'status, receipt_date',
    'category, receipt_date',
    'approval_date',
    'council_id, number_key',
    'receipt_year, incoming_key',
  ])
    await run(db, `CREATE INDEX ix_${ix.replace(/\W+/g, '_')} ON resolution (${ix})`);
  await run(
    db,
    `CREATE VIRTUAL TABLE fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
  );
  const t0 = performance.now();
  await run(db, 'BEGIN');
  const ins = db.prepare('INSERT INTO resolution VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  const body = db.prepare('INSERT INTO body VALUES (?, ?)');
  const fts = db.prepare('INSERT INTO fts (rowid, body) VALUES (?, ?)');
  let i = 0;
  for (const r of rows) {
    i++;
    await new Promise<void>((res, rej) => ins.run(r.values, (e) => (e ? rej(e) : res())));
    await new Promise<void>((res, rej) => body.run([r.values[0], r.text], (e) => (e ? rej(e) : res())));
    await new Promise<void>((res, rej) => fts.run([i, r.doc], (e) => (e ? rej(e) : res())));
  }
  await run(db, 'COMMIT');
  const elapsed = performance.now() - t0;
  await new Promise((r) => db.close(r));
  return elapsed;
}

function* rowsFor(
  gen: Iterable<ReturnType<typeof generateResolutions> extends Generator<infer T> ? T : never>,
  councilIds: string[],
) {
  let i = 0;
  for (const g of gen) {
    const council = { kind: g.councilIndex < 10 ? 'city' : 'village', name: `c${g.councilIndex}` };
    yield {
      values: [
        `raw-${i++}`,
        councilIds[g.councilIndex],
        g.councilResolutionNumber,
        searchKey(g.councilResolutionNumber),
        g.councilSessionNumber,
        g.councilSessionDate,
        g.approvalDate,
        jalaliYear(g.approvalDate),
        g.receiptDate,
        jalaliYear(g.receiptDate),
        g.incomingNumber,
        searchKey(g.incomingNumber),
        g.title,
        g.category,
        'received',
      ],
      text: g.text,
      doc: ftsDocument(g.title, g.text, g.councilResolutionNumber, g.incomingNumber, councilDisplayName(council)),
    };
  }
}

export async function benchRegister(): Promise<{ t: TestCore; rows: [string, string, string?][] }> {
  const rows: [string, string, string?][] = [];
  // the lapse job would fire mid-measurement; the lifecycle section runs the check itself
  const t = await startCore({ now: '2026-11-23T08:00:00Z', jobs: false });
  await t.call('office.setup', OFFICE);
  const councilIds: string[] = [];
  for (const c of generateCouncils(COUNCILS)) councilIds.push((await t.call('councils.create', c)).id);

  // app path: validation, normalization, TypeORM insert and the FTS row, in chunks
  const items = [...generateResolutions(N, COUNCILS)].map((g) => ({ ...g, councilId: councilIds[g.councilIndex] }));
  const t0 = performance.now();
  await bulkInsertResolutions(t.core.context, t.actor, items);
  const appMs = performance.now() - t0;
  rows.push([
    'bulk insert (app: zod + normalize + TypeORM + FTS)',
    `${Math.round(N / (appMs / 1000))} rows/s`,
    `${(appMs / 1000).toFixed(1)} s for ${N}`,
  ]);
  // BENCH_SKIP=raw,like leaves out the slow baselines when only the register's pages are wanted
  if (!SKIP.has('raw')) {
    const rawMs = await rawInsert(tempDir('raw-'), rowsFor(generateResolutions(N, COUNCILS), councilIds));
    rows.push([
      'bulk insert (raw SQL prepared, precomputed)',
      `${Math.round(N / (rawMs / 1000))} rows/s`,
      `app/raw time ratio ${(appMs / rawMs).toFixed(2)}×`,
    ]);
  }

  const core = t.core.context;
  const r = rng(3);
  const list = (input: unknown) => listResolutions(core, resolutionListInput.parse(input));
  const first = await timeMany(100, () => list({}));
  rows.push(['register first page (newest first, 50 rows + total)', `p50 ${ms(first.p50)}`, `p95 ${ms(first.p95)}`]);
  const sorts = [
    'receiptDate',
    'approvalDate',
    'councilName',
    'councilResolutionNumber',
    'incomingNumber',
    'status',
    'category',
  ] as const;
  const sorted = await timeMany(140, (i) =>
    list({ page: Math.floor(r() * 20), sort: { field: sorts[i % sorts.length], dir: i % 2 ? 'asc' : 'desc' } }),
  );
  rows.push(['register page, each sort field, pages 1–20', `p50 ${ms(sorted.p50)}`, `p95 ${ms(sorted.p95)}`]);
  const filtered = await timeMany(100, (i) =>
    list({
      filter: [
        { councilId: councilIds[Math.floor(r() * COUNCILS)] },
        { category: 'fees', status: ['received'] },
        { receivedFrom: '2024-03-20', receivedTo: '2024-09-22' },
        { councilId: councilIds[0], receivedFrom: '2025-01-01' },
      ][i % 4],
      sort: { field: 'receiptDate', dir: 'desc' },
    }),
  );
  rows.push([
    'register page, filtered (council / category+status / date range)',
    `p50 ${ms(filtered.p50)}`,
    `p95 ${ms(filtered.p95)}`,
  ]);

  const [{ n: commonHits }] = await core.db.read.query(
    `SELECT count(*) AS n FROM resolution_fts WHERE resolution_fts MATCH '"عوارض"*'`,
  );
  const common = await timeMany(100, () => list({ filter: { q: 'عوارض' } }));
  rows.push([`FTS search, common word «عوارض» (${commonHits} hits)`, `p50 ${ms(common.p50)}`, `p95 ${ms(common.p95)}`]);
  const [{ n: rareHits }] = await core.db.read.query(
    `SELECT count(*) AS n FROM resolution_fts WHERE resolution_fts MATCH '"5196"*'`,
  );
  const rare = await timeMany(100, () => list({ filter: { q: '۵۱۹۶' } }));
  rows.push([`FTS search, rare number «۵۱۹۶» (${rareHits} hits)`, `p50 ${ms(rare.p50)}`, `p95 ${ms(rare.p95)}`]);
  const arabic = await timeMany(100, () => list({ filter: { q: 'كرمان' } }));
  rows.push(['FTS search, Arabic spelling «كرمان»', `p50 ${ms(arabic.p50)}`, `p95 ${ms(arabic.p95)}`]);

  const like = async (word: string) => {
    const p = likePattern(word);
    await core.db.read.query(
      `SELECT r.id FROM resolution r JOIN resolution_body b ON b.resolution_id = r.id
        WHERE r.title LIKE ? ESCAPE '\\' OR b.text LIKE ? ESCAPE '\\' ORDER BY r.receipt_date DESC LIMIT 50`,
      [p, p],
    );
    await core.db.read.query(
      `SELECT count(*) FROM resolution r JOIN resolution_body b ON b.resolution_id = r.id
        WHERE r.title LIKE ? ESCAPE '\\' OR b.text LIKE ? ESCAPE '\\'`,
      [p, p],
    );
  };
  if (!SKIP.has('like')) {
    const likeCommon = await timeMany(10, () => like('عوارض'));
    const likeRare = await timeMany(10, () => like('5196'));
    rows.push([
      'LIKE scan baseline, common word',
      `p50 ${ms(likeCommon.p50)}`,
      `LIKE/FTS p50 ratio ${(likeCommon.p50 / common.p50).toFixed(1)}×`,
    ]);
    rows.push([
      'LIKE scan baseline, rare number',
      `p50 ${ms(likeRare.p50)}`,
      `LIKE/FTS p50 ratio ${(likeRare.p50 / rare.p50).toFixed(1)}×`,
    ]);
  }

  await core.db.write((tx) => tx.query('PRAGMA wal_checkpoint(TRUNCATE)'));
  const size = fs.statSync(core.db.file).size;
  rows.push([
    'database size',
    `${(size / 1024 / 1024).toFixed(0)} MiB`,
    `${(size / N).toFixed(0)} bytes per resolution`,
  ]);
  rows.push(['RSS after the run', `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`]);
  return { t, rows };
}
