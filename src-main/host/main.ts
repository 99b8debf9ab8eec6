// `npm run browser`: serve Tatbiq on http://127.0.0.1 for any browser on this machine.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { parseArgs as parseCommandLine, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { openCore, type Clock } from '../core';
import { createLogger } from '../core/logger';
import { createHost } from './server';
import { allowedHostNames } from './hosts';
import { lanTransport } from './lan';

// Every option browser mode takes (`npm run browser -- --help` lists them). `clock-file` is
// declared only to be refused with its reason (startBrowserMode): the legal clock is the system clock.
export const HOST_OPTIONS = {
  'data-dir': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'allowed-hosts': { type: 'string' },
  'log-level': { type: 'string' },
  'renderer-dir': { type: 'string' },
  'clock-file': { type: 'string' },
  help: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

export const HOST_USAGE = `Tatbiq in browser mode: the app and its API over HTTP, for browsers on this computer (or the LAN)

  npm run browser -- [options]
    --data-dir <folder>      the office's data folder (else TATBIQ_DATA_DIR, else the desktop app's folder)
    --host <address>         where to listen (default 127.0.0.1). Plain HTTP answers only this computer:
                             other devices use the office network over HTTPS, which an admin turns on
                             in the app («شبکهٔ دفتر»)
    --port <n>               the port (else TATBIQ_PORT, else 5180; 0 picks a free one)
    --allowed-hosts <names>  comma-separated host names the LAN may use besides its IP addresses
    --log-level <level>      pino level: fatal, error, warn, info (default), debug, trace
    --renderer-dir <folder>  the built renderer to serve (default dist/renderer)
    --help                   this text`;

/**
 * The command line, as node:util parses it (`--name value` or `--name=value`); an unknown option
 * is refused. `extra` declares options of a harness that wraps the host (tests/support/clock-host.mjs).
 */
export function parseArgs(argv: string[], extra: ParseArgsOptionsConfig = {}): Record<string, string> {
  const { values } = parseCommandLine({ args: argv, options: { ...HOST_OPTIONS, ...extra }, strict: true });
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
}

export function defaultDataDir(): string {
  if (process.env.TATBIQ_DATA_DIR) return process.env.TATBIQ_DATA_DIR;
  // the same folder Electron's userData would be on each OS, so both modes share one database
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Tatbiq');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Tatbiq');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Tatbiq');
}

/**
 * `injected.clock` moves the legal clock for end-to-end tests (tests/support/clock-host.cjs). It is
 * no command-line option on purpose: a flag, or an environment variable, could be set on an office
 * that serves its network and would move every deadline; code that loads this module can set it
 * only by being code already running on the office's computer.
 */
export async function startBrowserMode(args: Record<string, string>, injected: { clock?: Clock } = {}) {
  if (args['clock-file']) throw new Error('--clock-file is no option of Tatbiq: the legal clock is the system clock');
  const dataDir = args['data-dir'] ?? defaultDataDir();
  const host = args.host ?? '127.0.0.1';
  const port = Number(args.port ?? process.env.TATBIQ_PORT ?? 5180);
  // dist/host/main.js sits beside dist/renderer; run from source (tsx), it is two levels up.
  const rendererDir =
    args['renderer-dir'] ??
    [path.resolve(__dirname, '..', 'renderer'), path.resolve(__dirname, '..', '..', 'dist', 'renderer')].find((d) =>
      fs.existsSync(path.join(d, 'index.html')),
    ) ??
    path.resolve(__dirname, '..', 'renderer');
  const log = createLogger({ level: args['log-level'] });
  const { clock } = injected;
  if (clock) log.warn('the legal clock is injected (tests only)');
  const core = await openCore({ dataDir, mode: 'browser', log, clock });
  const allowedHosts = allowedHostNames(args['allowed-hosts']);
  const app = await createHost({ core, rendererDir, allowedHosts });
  const address = await app.listen({ host, port });
  // the office network, if an admin turned it on
  await core.lan.attach(lanTransport(core, { rendererDir, allowedHosts }));
  console.log(`Tatbiq (browser mode) is ready: ${address.replace('127.0.0.1', 'localhost')}/  — data: ${dataDir}`);
  const stop = async () => {
    await app.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, core, address };
}

if (require.main === module) {
  Promise.resolve()
    .then(() => parseArgs(process.argv.slice(2)))
    .then((args) => {
      if (args.help) console.log(HOST_USAGE);
      else return startBrowserMode(args);
    })
    .catch((e) => {
      console.error('Tatbiq could not start:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
