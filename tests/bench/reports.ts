// The reports at scale (issue 12): a whole year's reports (p95 ≤ 300 ms) and the register's
// export to Excel at the bench's size (200,000 rows: ≤ 20 s, process memory ≤ 500 MB), on the
// register section's generated office. BENCH_REPORT_RUNS sets how many year reports are timed.
import fs from 'node:fs';
import { jalaliYear } from '../../shared/dates/jalali';
import type { ExportJob } from '../../shared/reports/exportJob';
import { tempDir, type TestCore } from '../support/core';
import { ms, timeMany } from './stats';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20);
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;

export async function benchReports(t: TestCore, n: number): Promise<[string, string, string?][]> {
  const rows: [string, string, string?][] = [];
  const today = t.core.context.clock().toISOString().slice(0, 10);
  const year = jalaliYear(today) - 1;
  const period = { kind: 'year', year } as const;
  const r = await t.call('reports.get', { period });
  const y = await timeMany(RUNS, () => t.call('reports.get', { period }));
  rows.push([
    `reports for the year ${year} (all reports, no filter)`,
    `p95 ${ms(y.p95)}`,
    `p50 ${ms(y.p50)}, ${r.compliance.received} received in the year`,
  ]);
  const f = await timeMany(RUNS, () => t.call('reports.get', { period, filters: { councilKind: 'village' } }));
  rows.push(['reports for the year, village councils', `p95 ${ms(f.p95)}`, `p50 ${ms(f.p50)}`]);

  const dir = tempDir('bench-export-');
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let job: ExportJob = await t.call('reports.exportRegister', { folder: dir });
  while (job.state === 'running') {
    await new Promise((res) => setTimeout(res, 100));
    job = await t.call('reports.exportJob', { id: job.id });
  }
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  if (job.state !== 'done') throw new Error(`register export ${job.state}: ${job.message}`);
  const size = fs.statSync(job.path!).size;
  rows.push([
    `register to Excel, streamed (${job.written} of ${n} rows)`,
    `${(elapsed / 1000).toFixed(1)} s`,
    `${Math.round(job.written / (elapsed / 1000))} rows/s, file ${mb(size)}; CPU of the process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (a loaded machine inflates the wall time, not this)`,
  ]);
  rows.push(['register to Excel: peak RSS of the process', mb(peak), `RSS before ${mb(before)}`]);
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
