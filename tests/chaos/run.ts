// `npm run chaos [-- --kills N --seed S --minutes M --parallel P]`: the kill campaign; prints its
// figures and writes them to test-output/chaos/report.json. Exits 1 when anything acknowledged
// was lost or a check failed. --parallel runs P campaigns at once (each its own office folder,
// port and server database, seeds S..S+P-1) sharing the kills: on a machine whose cores sit idle
// while one host starts, the same number of kills takes less time.
import fs from 'node:fs';
import path from 'node:path';
import { runCampaign, type CampaignReport } from './campaign';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const kills = arg('kills', 1000);
  const seed = arg('seed', 1);
  const minutes = arg('minutes', 0);
  const parallel = Math.max(1, arg('parallel', 1));
  console.log(
    `kill campaign: ${kills} SIGKILLs of dist/host/main.js (seed ${seed}${minutes ? `, at most ${minutes} min` : ''}` +
      `${parallel > 1 ? `, ${parallel} campaigns at once` : ''})`,
  );
  const share = Math.ceil(kills / parallel);
  const parts = await Promise.all(
    Array.from({ length: parallel }, (_, i) =>
      runCampaign({
        kills: share,
        seed: seed + i,
        minutes,
        log: (l) => console.log(parallel > 1 ? `[${i + 1}] ${l}` : l),
      }),
    ),
  );
  const r = combine(parts);
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

/** One report for campaigns run side by side: counts add up, the duration is the longest. */
function combine(parts: CampaignReport[]): CampaignReport {
  const sum = (k: keyof CampaignReport) => parts.reduce((n, p) => n + (p[k] as number), 0);
  return {
    kills: sum('kills'),
    acknowledged: sum('acknowledged'),
    checkedAtEnd: sum('checkedAtEnd'),
    lookups: sum('lookups'),
    lost: sum('lost'),
    problems: parts.flatMap((p, i) => p.problems.map((x) => (parts.length > 1 ? `[${i + 1}] ${x}` : x))),
    resolutions: sum('resolutions'),
    sessionsClosed: sum('sessionsClosed'),
    lettersIssued: sum('lettersIssued'),
    syncedChecked: sum('syncedChecked'),
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
  };
}

void main();
