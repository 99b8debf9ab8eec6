// Child process of the reports bench: opens the bench's office and exports the whole register to
// Excel, as the app's own process would, so the memory figure is that of a process doing the
// export and nothing else the bench holds. Prints one JSON line: time, rows, file size, CPU, and
// the peak resident memory (the kernel's high-water mark, VmHWM, and 25 ms samples of RSS).
import fs from 'node:fs';
import type { ExportJob } from '../../shared/reports/exportJob';
import { startCore, tempDir } from '../support/core';

const hwm = () => Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;

async function main() {
  const [dir, now] = process.argv.slice(2);
  const t = await startCore({ dir, now, jobs: false });
  const out = tempDir('bench-export-');
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let job: ExportJob = await t.call('reports.exportRegister', { folder: out });
  while (job.state === 'running') {
    await new Promise((res) => setTimeout(res, 100));
    job = await t.call('reports.exportJob', { id: job.id });
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  if (job.state !== 'done') throw new Error(`register export ${job.state}: ${job.message}`);
  const size = fs.statSync(job.path!).size;
  fs.rmSync(out, { recursive: true, force: true });
  await t.close();
  const result = { ms, rows: job.written, size, cpuMs: (cpu.user + cpu.system) / 1000, before, peak, hwm: hwm() };
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
