// `npm run chaos [-- --kills N --seed S]`: the kill campaign; prints its figures and writes them
// to test-output/chaos/report.json. Exits 1 when anything acknowledged was lost or a check failed.
import fs from 'node:fs';
import path from 'node:path';
import { runCampaign } from './campaign';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const kills = arg('kills', 1000);
  const seed = arg('seed', 1);
  const minutes = arg('minutes', 0);
  console.log(
    `kill campaign: ${kills} SIGKILLs of dist/host/main.js (seed ${seed}${minutes ? `, at most ${minutes} min` : ''})`,
  );
  const r = await runCampaign({ kills, seed, minutes, log: (l) => console.log(l) });
  const out = path.join('test-output', 'chaos', 'report.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ ...r, finishedAt: new Date().toISOString() }, null, 2));
  console.log('');
  console.log(`kills                         ${r.kills}`);
  console.log(`acknowledged writes           ${r.acknowledged}`);
  console.log(`  resolutions registered      ${r.resolutions}`);
  console.log(`  sessions closed (rulings)   ${r.sessionsClosed}`);
  console.log(`  letters issued              ${r.lettersIssued}`);
  console.log(`  confirmed on the server     ${r.syncedChecked}`);
  console.log(`lookups after kills           ${r.lookups}`);
  console.log(`lost                          ${r.lost}`);
  console.log(`check failures                ${r.problems.length}`);
  console.log(`duration                      ${(r.durationMs / 60_000).toFixed(1)} min`);
  for (const p of r.problems.slice(0, 20)) console.log(`  ${p}`);
  console.log(`report: ${out}`);
  process.exit(r.lost === 0 && r.problems.length === 0 ? 0 : 1);
}

void main();
