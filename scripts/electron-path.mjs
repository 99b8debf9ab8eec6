// Where the Electron runtime is, without the electron package's side effect of downloading it.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronPath() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
  const bin = path.join(base, rel);
  return existsSync(bin) ? bin : null;
}

/** Tries once to fetch the runtime (it works where the download host is reachable). */
export function fetchElectron(timeoutMs = 120_000) {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: timeoutMs });
  } catch {
    /* reported by the caller as "not available" */
  }
  return electronPath();
}
