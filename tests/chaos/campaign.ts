// The kill campaign (issue 16, item 14): the real browser-mode host (dist/host/main.js) is
// started on one office folder and SIGKILLed at random moments while it registers, rules, issues
// letters and syncs with a real ministry server on PostgreSQL; after each kill the database file
// is checked (checks.ts) before the host starts again on it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from './client';
import { checkOffice, checkServer } from './checks';
import { emptyAcked, runWorkload, type People } from './workload';
import { freePort, waitForLine } from '../server/processes';
import { startTestServer } from '../server/support';
import { tempDir } from '../support/core';
import { rng } from '../fixtures/generate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const HOST = path.join(ROOT, 'dist', 'host', 'main.js');
const STANDBY = path.join(ROOT, 'tests', 'chaos', 'standby.cjs');
const PASSWORD = 'pass-1405-word';

export interface CampaignOptions {
  kills: number;
  /** stop after this many minutes even if fewer kills were made (0: no limit) */
  minutes?: number;
  seed?: number;
  /** most kills land within this many ms of the host being ready (default 2500) */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

export interface CampaignReport {
  kills: number;
  /** writes whose response reached the client, over the whole campaign */
  acknowledged: number;
  /** acknowledged records looked up after the last kill (every one of them, each time) */
  checkedAtEnd: number;
  /** lookups of acknowledged records summed over every kill */
  lookups: number;
  lost: number;
  problems: string[];
  resolutions: number;
  sessionsClosed: number;
  lettersIssued: number;
  syncedChecked: number;
  durationMs: number;
}

/** Every process below pid (Chromium, which the host starts to print letters), from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

const signal = (pid: number, sig: NodeJS.Signals) => {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
};

/**
 * SIGKILL of the host and of what it started. The host is stopped first (SIGSTOP: frozen where it
 * stands, it can neither write nor start another process), so the kill lands at that very point.
 */
async function killHost(child: ChildProcess): Promise<void> {
  const pid = child.pid!;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  signal(pid, 'SIGSTOP');
  const tree = descendants(pid);
  for (const p of tree) signal(p, 'SIGSTOP');
  signal(pid, 'SIGKILL');
  for (const p of [...tree, ...descendants(pid)]) signal(p, 'SIGKILL');
  await gone;
}

/** A host process with the bundle loaded, waiting to be told to open the database. */
function loadHost(port: number, dir: string): { child: ChildProcess; loaded: Promise<string> } {
  const child = spawn(
    process.execPath,
    [STANDBY, HOST, '--port', String(port), '--data-dir', dir, '--log-level', 'error'],
    { cwd: ROOT, env: { ...process.env, TATBIQ_SYNC_INTERVAL_MINUTES: '600' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const loaded = waitForLine(child, /^loaded/, 120_000);
  loaded.catch(() => undefined); // a standby killed unused at the end
  return { child, loaded };
}

async function startHost(next: { child: ChildProcess; loaded: Promise<string> }): Promise<ChildProcess> {
  await next.loaded;
  const ready = waitForLine(next.child, /is ready/, 120_000);
  next.child.stdin!.write('go\n');
  await ready;
  return next.child;
}

async function setUp(base: string, serverUrl: string, code: string): Promise<People> {
  const client = () => Object.assign(new Client(), { base });
  const admin = client();
  await admin.must('office.setup', {
    name: 'دبیرخانه هیأت تطبیق شهرستان کرمان',
    organisation: 'فرمانداری شهرستان کرمان',
    ministry: 'وزارت کشور',
    province: 'کرمان',
    county: 'کرمان',
    code: '0801',
    admin: { username: 'admin', fullName: 'مدیر سامانه', password: PASSWORD },
  });
  const make = (username: string, role: string, extra: object = {}) =>
    admin.must<{ id: string }>('users.create', {
      username,
      fullName: `کاربر ${username}`,
      role,
      password: PASSWORD,
      ...extra,
    });
  await make('secretary', 'secretary');
  const memberIds: string[] = [];
  for (const [u, extra] of [
    ['chair', { isChair: true, title: 'فرماندار' }],
    ['member1', {}],
    ['member2', {}],
  ] as const)
    memberIds.push((await make(u, 'member', extra)).id);
  await admin.must('sync.enroll', { serverUrl, code });
  const login = async (username: string) => {
    const c = client();
    await c.must('auth.login', { username, password: PASSWORD });
    return c;
  };
  const secretary = await login('secretary');
  const members = [await login('chair'), await login('member1'), await login('member2')];
  const council = await secretary.must<{ id: string }>('councils.create', {
    name: 'کرمان',
    kind: 'city',
    county: 'کرمان',
    province: 'کرمان',
  });
  return { secretary, members, memberIds, councilId: council.id };
}

export async function runCampaign(opts: CampaignOptions): Promise<CampaignReport> {
  if (!fs.existsSync(HOST)) throw new Error(`${HOST} is missing: run \`npm run build\` first`);
  const log = opts.log ?? (() => undefined);
  const rnd = rng(opts.seed ?? 1);
  const maxDelay = opts.maxDelayMs ?? 2500;
  const until = opts.minutes ? Date.now() + opts.minutes * 60_000 : Infinity;
  const started = Date.now();
  const server = await startTestServer('postgres');
  const dir = tempDir('tatbiq-chaos-');
  const file = path.join(dir, 'tatbiq.sqlite');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const acked = emptyAcked();
  const problems: string[] = [];
  let lost = 0;
  let lookups = 0;
  let checkedAtEnd = 0;
  let kills = 0;
  const run = Date.now().toString(36);
  try {
    let host = await startHost(loadHost(port, dir));
    const people = await setUp(base, server.url, await server.newOffice('0801'));
    for (; kills < opts.kills;) {
      // the next host loads while this one works, is killed and checked
      const next = loadHost(port, dir);
      // mostly soon after start; some later, and enough long enough for a session to close, a
      // letter to be printed and a sync run to finish (a 2% share left those nearly untested)
      const dice = rnd();
      const delay =
        dice < 0.05 ? 15_000 + rnd() * 10_000 : dice < 0.18 ? maxDelay + rnd() * maxDelay * 4 : rnd() * maxDelay;
      const work = runWorkload(people, acked, run, rnd).catch((e: unknown) => {
        problems.push(`workload: ${e instanceof Error ? e.message : String(e)}`);
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      await killHost(host);
      kills++;
      await work;
      const office = await checkOffice(file, acked);
      const onServer = await checkServer((sql, params) => server.db.read.query(sql, params), acked);
      lookups += office.checked + onServer.checked;
      checkedAtEnd = office.checked + onServer.checked;
      lost += office.lost + onServer.lost;
      problems.push(...office.problems.map((p) => `after kill ${kills}: ${p}`));
      problems.push(...onServer.problems.map((p) => `after kill ${kills}: ${p}`));
      if (kills % 25 === 0 || kills === opts.kills || Date.now() > until)
        log(
          `${kills} kills, ${acked.writes} acknowledged writes, ${acked.letters.size} letters, ` +
            `${acked.onServer.size} synced, lost ${lost}, problems ${problems.length}, ${Math.round((Date.now() - started) / 1000)} s`,
        );
      if (problems.length > 50 || kills === opts.kills || Date.now() > until) {
        next.child.kill('SIGKILL');
        break;
      }
      try {
        host = await startHost(next);
      } catch (e) {
        problems.push(`after kill ${kills}: the host did not start again: ${String(e).slice(0, 500)}`);
        next.child.kill('SIGKILL');
        break;
      }
    }
  } finally {
    await server.stop();
  }
  return {
    kills,
    acknowledged: acked.writes,
    checkedAtEnd,
    lookups,
    lost,
    problems,
    resolutions: acked.resolutions.size,
    sessionsClosed: acked.sessions.size,
    lettersIssued: acked.letters.size,
    syncedChecked: acked.onServer.size,
    durationMs: Date.now() - started,
  };
}
