// `npm run bench`: performance figures on generated data (BENCH_ROWS, default 200,000).
// BENCH_SKIP=letters (comma-separated section names; page: the reports page in Chromium) leaves
// sections out of a quick run; inside the console section, `dashboards` leaves out the dashboards,
// what is overdue and the Excel files, and `console-sync` the offices' sync (drill-down pages only).
import { benchRegister, N } from './register';
import { benchLetters } from './letters';
import { benchLifecycle } from './lifecycle';
import { benchSync } from './sync';
import { benchCouncilImport } from './councils';
import { benchReports } from './reports';
import { benchReportPage } from './reportPage';
import { benchConsole } from './console';
import { printTable } from './stats';

const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

async function main() {
  console.log(`Tatbiq benchmark — ${N} resolutions, node ${process.version}, ${new Date().toISOString()}`);
  const { t, rows } = await benchRegister();
  printTable('Register and search (core side)', rows);
  if (!skip.has('lifecycle')) printTable('Legal clock and desk (core side)', await benchLifecycle(t, N));
  if (!skip.has('reports')) printTable('Reports and the register export (core side)', await benchReports(t, N));
  const now = t.core.context.clock();
  await t.close();
  // the page needs the history the reports section gives the office
  if (!skip.has('reports') && !skip.has('page'))
    printTable('Reports page (Chromium, browser mode)', await benchReportPage(t.dir, now));
  if (!skip.has('import')) printTable('Council import (worker thread, streaming)', await benchCouncilImport());
  if (!skip.has('letters')) printTable('Letters (PDF through Chromium)', await benchLetters());
  if (!skip.has('sync')) printTable('Sync with the ministry server (one server process, loopback)', await benchSync());
  if (!skip.has('console'))
    printTable('The ministry console at national scale (PostgreSQL, one server process)', await benchConsole(skip));
}

let finished = false;
// a section awaiting something that can no longer happen (a child process gone without a word)
// empties the event loop: say so and fail instead of ending quietly with half the figures
process.on('beforeExit', () => {
  if (finished) return;
  console.error('the benchmark stopped before its end: a section waited on something that never came');
  process.exit(1);
});

main()
  .then(() => (finished = true))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
