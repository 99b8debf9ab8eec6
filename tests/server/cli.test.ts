// `npm run server -- <command>` as the ministry admin runs it, on the embedded default (no
// configuration: a SQLite file in TATBIQ_SERVER_DATA), and the server's graceful shutdown: SIGTERM
// lets a request in flight finish, refuses new ones, and exits cleanly.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { tempDir } from '../support/core';
import { runCli } from '../../src-server/admin/cli';
import { DEFAULT_DB_POOL, serverConfig } from '../../src-server/config';
import { exited, freePort, serverListening, spawnServerCli, waitForLine } from './processes';

/** As a separate process, exactly as `npm run server -- …` runs (the built server; used sparingly). */
function spawned(dataDir: string, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawnServerCli(args, { TATBIQ_SERVER_DATA: dataDir, TATBIQ_SERVER_DB: '' });
  let out = '';
  let err = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  return exited(child).then((code) => ({ code, out, err }));
}

/** The same commands in this process, on the data folder's embedded database. */
async function cli(dataDir: string, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const db = path.join(dataDir, 'tatbiq-server.sqlite');
  const code = await runCli(
    [...args, '--db', db],
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the admin command line', () => {
  const data = tempDir('tatbiq-server-cli-');

  it('works on a bare machine: the embedded database appears in the data folder', async () => {
    const r = await spawned(data, 'migrate');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ migrated: true, database: 'sqlite' });
    expect(fs.existsSync(path.join(data, 'tatbiq-server.sqlite'))).toBe(true);
  });

  it('creates the map, an office and a one-time code, and lists offices', async () => {
    expect((await cli(data, 'province:add', 'كرمان')).code).toBe(0);
    expect((await cli(data, 'county:add', 'کرمان', 'کرمان')).code).toBe(0);
    const office = await cli(data, 'office:add', '۰۸۰۱', 'دبیرخانه کرمان', '--province', 'کرمان', '--county', 'کرمان');
    expect(JSON.parse(office.out)).toMatchObject({ code: '0801' });
    const dup = await cli(data, 'office:add', '0801', 'دوباره', '--province', 'کرمان', '--county', 'کرمان');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');
    const code = await cli(data, 'code:issue', '0801', '--days', '3');
    expect(code.out).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    const list = await cli(data, 'offices');
    expect(list.out).toContain('0801\tدبیرخانه کرمان\tکرمان / کرمان\tnot enrolled');
    expect(list.out).toContain('1 open codes');
  });

  it('publishes reference data, refusing a file the shared schemas reject', async () => {
    const good = path.join(data, 'policy.json');
    fs.writeFileSync(good, JSON.stringify({ ...DEFAULT_POLICY, version: 'ministry-1' }));
    expect(JSON.parse((await cli(data, 'publish:policy', good)).out)).toMatchObject({ published: 1 });
    const bad = path.join(data, 'refs.json');
    fs.writeFileSync(bad, JSON.stringify([{ id: 'r1', law: '' }]));
    const r = await cli(data, 'publish:references', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('law');
    const unknown = await cli(data, 'frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('unknown command');
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM answers the request in flight, takes no new ones, and exits 0', async () => {
    const data = tempDir('tatbiq-server-term-');
    await cli(data, 'province:add', 'کرمان');
    await cli(data, 'county:add', 'کرمان', 'کرمان');
    await cli(data, 'office:add', '0801', 'دبیرخانه کرمان', '--province', 'کرمان', '--county', 'کرمان');
    const code = (await cli(data, 'code:issue', '0801')).out.match(/[A-Z2-9]{4}(-[A-Z2-9]{4}){3}/)![0];
    const port = await freePort();
    const server = spawnServerCli(['--port', String(port)], {
      TATBIQ_SERVER_DATA: data,
      TATBIQ_SERVER_DB: '',
    });
    await serverListening(server);

    const body = Buffer.from(JSON.stringify({ code, officeId: 'office-a' }));
    let req!: http.ClientRequest;
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/enroll',
          // the server's "100 Continue" tells us it has read the head: the request is in flight
          headers: { 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue' },
        },
        (res) => {
          let text = '';
          res.on('data', (b: Buffer) => (text += b.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
    });
    // half the request now, the rest once the server has taken the signal
    const continued = new Promise((resolve) => req.once('continue', resolve));
    req.write(body.subarray(0, 10));
    await continued;
    const draining = waitForLine(server, /draining in-flight requests/);
    server.kill('SIGTERM');
    await draining;
    req.end(body.subarray(10));
    const r = await answer;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).token).toMatch(/^tq1_/);
    expect(await exited(server)).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/v1/health`)).rejects.toThrow();
    const list = await cli(data, 'offices');
    expect(list.out).toContain('last push never');
  });
});

describe('the server configuration', () => {
  it('takes the PostgreSQL pool size from the command line or the environment, and refuses nonsense', () => {
    expect(serverConfig({}, {}).dbPool).toBe(DEFAULT_DB_POOL);
    expect(serverConfig({}, { TATBIQ_SERVER_DB_POOL: '24' }).dbPool).toBe(24);
    expect(serverConfig({ 'db-pool': '4' }, { TATBIQ_SERVER_DB_POOL: '24' }).dbPool).toBe(4);
    for (const bad of ['0', '-3', '2.5', 'many'])
      expect(() => serverConfig({ 'db-pool': bad }, {})).toThrow(/invalid database pool size/);
  });
});
