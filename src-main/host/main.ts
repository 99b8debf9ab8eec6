// `npm run browser`: serve Tatbiq on http://127.0.0.1 for any browser on this machine.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { openCore, type Clock } from '../core';
import { createLogger } from '../core/logger';
import { createHost } from './server';
import { allowedHostNames } from './hosts';

export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) out[k] = v;
      else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
      else out[k] = 'true';
    }
  }
  return out;
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
  const app = await createHost({ core, rendererDir, allowedHosts: allowedHostNames(args['allowed-hosts']) });
  const address = await app.listen({ host, port });
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
  startBrowserMode(parseArgs(process.argv.slice(2))).catch((e) => {
    console.error('Tatbiq could not start:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
