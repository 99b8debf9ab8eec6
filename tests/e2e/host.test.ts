// The built browser-mode host as an office starts it: the legal clock cannot be moved from its
// command line, a LAN name the admin configures is answered while other names are not, and a
// council file far too long is read in the bundled worker while the host goes on answering.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startApp, type RunningApp } from '../support/app';
import { OFFICE, tempDir } from '../support/fixtures';
import { councilXlsx } from '../support/councilFiles';

const MAIN = path.resolve('dist/host/main.js');
let app: RunningApp | null = null;
afterAll(() => app?.stop());

function status(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('the shipped browser-mode host', () => {
  it('refuses --clock-file: an office serving its network cannot move the legal clock', () => {
    const clock = path.join(tempDir('tatbiq-clock-'), 'now');
    fs.writeFileSync(clock, '2031-01-01T08:00:00Z');
    for (const extra of [[], ['--host', '0.0.0.0']]) {
      const run = spawnSync(
        process.execPath,
        [MAIN, '--data-dir', tempDir('tatbiq-e2e-'), '--port', '0', '--clock-file', clock, ...extra],
        { encoding: 'utf8', timeout: 30_000, env: { ...process.env, TATBIQ_TEST_CLOCK: '1' } },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('--clock-file is no option of Tatbiq');
    }
  });

  it('answers the LAN name given to --allowed-hosts and loopback, and refuses any other name', async () => {
    app = await startApp({ args: ['--allowed-hosts', 'tatbiq.office.lan,Dabirkhaneh.local:5180'] });
    const port = Number(new URL(app.url).port);
    expect(await status(port, `tatbiq.office.lan:${port}`)).toBe(200);
    expect(await status(port, `dabirkhaneh.local:${port}`)).toBe(200);
    expect(await status(port, `localhost:${port}`)).toBe(200);
    expect(await status(port, `rebind.attacker.example:${port}`)).toBe(421);
    expect(await status(port, `tatbiq.office.lan.attacker.example:${port}`)).toBe(421);
  });

  it('reads a 100,000-row council workbook in its worker, refuses it, and answers meanwhile', async () => {
    const url = app!.url;
    const post = (method: string, input: unknown, cookie = '') =>
      fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tatbiq': '1', cookie },
        body: JSON.stringify(input),
      });
    const setup = await post('office.setup', OFFICE);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
    const data = (await councilXlsx(100_000)).toString('base64');
    let done = false;
    const importing = post('councils.import', { fileName: 'شوراها.xlsx', dataBase64: data }, cookie).then((r) => {
      done = true;
      return r.json();
    });
    let answered = 0;
    while (!done) {
      expect((await post('app.info', {}, cookie)).status).toBe(200);
      if (!done) answered++;
    }
    expect((await importing).data.errors[0].message).toMatch(/^پرونده بیش از ۵٬۰۰۰ شورا دارد/);
    expect(answered).toBeGreaterThan(0);
  });
});
