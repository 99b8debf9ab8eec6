// `npm run bench`: performance figures on generated data (BENCH_ROWS, default 200,000).
import { benchRegister, N } from './register';
import { printTable } from './stats';

async function main() {
  console.log(`Tatbiq benchmark — ${N} resolutions, node ${process.version}, ${new Date().toISOString()}`);
  const { t, rows } = await benchRegister();
  printTable('Register and search (core side)', rows);
  await t.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
