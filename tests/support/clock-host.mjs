// The built browser-mode host on a legal clock the test moves: the clock is the ISO instant in
// the file given as --test-clock, re-read whenever the file changes. The shipped host has no such
// option (src-main/host/main.ts says why); only this test harness injects one.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseArgs, startBrowserMode } = require(path.resolve(import.meta.dirname, '../../dist/host/main.js'));

function fileClock(file) {
  let seen = -1;
  let at = new Date();
  return () => {
    const m = fs.statSync(file).mtimeMs;
    if (m !== seen) {
      const parsed = new Date(fs.readFileSync(file, 'utf8').trim());
      if (Number.isNaN(parsed.getTime())) throw new Error(`${file} does not hold an ISO instant`);
      at = parsed;
      seen = m;
    }
    return at;
  };
}

const { 'test-clock': clockFile, ...args } = parseArgs(process.argv.slice(2), { 'test-clock': { type: 'string' } });
startBrowserMode(args, { clock: fileClock(clockFile) }).catch((e) => {
  console.error('Tatbiq could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
