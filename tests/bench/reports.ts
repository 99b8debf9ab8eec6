// The reports at scale (issue 12): any report for a whole year (p95 ≤ 300 ms), each alone as a
// tab of the page asks for it and all of them at once as the exports read them, and the register's
// export to Excel at the bench's size (200,000 rows: ≤ 20 s, process memory ≤ 500 MB), on the
// register section's generated office given five years of sessions, findings, rulings, council
// answers, referrals and expert assignments (history.ts). BENCH_REPORT_RUNS sets how many year
// reports are timed.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { jalaliYear, todayInTehran } from '../../shared/dates/jalali';
import { REPORT_PARTS } from '../../shared/reports/schema';
import type { TestCore } from '../support/core';
import { buildHistory } from './history';
import { ms, percentile, timeMany } from './stats';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20);
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;

interface ExportFigures {
  ms: number;
  rows: number;
  size: number;
  cpuMs: number;
  before: number;
  peak: number;
  hwm: number;
}

function exportInChild(dir: string, now: Date): Promise<ExportFigures> {
  const child = path.resolve('tests/bench/registerExportChild.ts');
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [...process.execArgv, child, dir, now.toISOString()],
      { maxBuffer: 1 << 20 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    ),
  );
}

/**
 * The median CPU time of the process (every thread: JavaScript and SQLite's) for one call: what a
 * report costs whatever else the machine runs, which the wall time does not say on a shared one.
 */
async function cpuOf(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    samples.push((c.user + c.system) / 1000);
  }
  return percentile(samples, 50);
}

export async function benchReports(t: TestCore, n: number): Promise<[string, string, string?][]> {
  const today = todayInTehran(t.core.context.clock());
  const h0 = performance.now();
  const h = await t.core.context.db.write((tx) => buildHistory(tx, today));
  const history: [string, string, string?] = [
    "the office's history (generated, straight SQL)",
    `${((performance.now() - h0) / 1000).toFixed(1)} s`,
    `${h.sessions} sessions, ${h.rulings} rulings, ${h.findings} findings, ${h.letters} objection letters, ` +
      `${h.answers} answers, ${h.referrals} referrals, ${h.assignments} expert assignments`,
  ];
  return [history, ...(await benchReportFigures(t, n))];
}

/** The figures on an office that already has its history. */
export async function benchReportFigures(t: TestCore, n: number): Promise<[string, string, string?][]> {
  const rows: [string, string, string?][] = [];
  const today = todayInTehran(t.core.context.clock());
  const year = jalaliYear(today) - 1;
  const period = { kind: 'year', year } as const;
  const r = await t.call('reports.get', { period });
  const y = await timeMany(RUNS, () => t.call('reports.get', { period }));
  rows.push([
    `reports for the year ${year}, all at once (the exports' read, no filter)`,
    `p95 ${ms(y.p95)}`,
    `p50 ${ms(y.p50)}, CPU ${ms(await cpuOf(() => t.call('reports.get', { period })))}; ` +
      `${r.compliance.received} received, ${r.members.reduce((s, m) => s + m.findings + m.silent, 0)} findings in the year`,
  ]);
  for (const part of REPORT_PARTS) {
    const one = { period, part };
    const p = await timeMany(RUNS, () => t.call('reports.part', one));
    rows.push([
      `  the ${part} report alone (a tab of the page)`,
      `p95 ${ms(p.p95)}`,
      `p50 ${ms(p.p50)}, CPU ${ms(await cpuOf(() => t.call('reports.part', one)))}`,
    ]);
  }
  const village = { period, filters: { councilKind: 'village' } } as const;
  const f = await timeMany(RUNS, () => t.call('reports.get', village));
  rows.push([
    'reports for the year, all at once, village councils',
    `p95 ${ms(f.p95)}`,
    `p50 ${ms(f.p50)}, CPU ${ms(await cpuOf(() => t.call('reports.get', village)))}`,
  ]);

  // in a child process of its own, so its memory is that of the export (the bench holds far more)
  const e = await exportInChild(t.dir, t.core.context.clock());
  rows.push([
    `register to Excel, streamed (${e.rows} of ${n} rows)`,
    `${(e.ms / 1000).toFixed(1)} s`,
    `${Math.round(e.rows / (e.ms / 1000))} rows/s, file ${mb(e.size)}; CPU ${(e.cpuMs / 1000).toFixed(1)} s (a loaded machine inflates the wall time, not this)`,
  ]);
  rows.push([
    'register to Excel: peak RSS of the exporting process',
    mb(Math.max(e.hwm, e.peak)),
    `kernel high-water mark (VmHWM) ${mb(e.hwm)}, sampled ${mb(e.peak)}; ${mb(e.before)} before the export`,
  ]);
  return rows;
}
