// `npm test`'s steps before the tests: the type check, the lint (eslint, prettier) and the build,
// side by side. tsc and eslint each keep one core busy, so run one after another they left the
// machine's other core idle for about a minute. Each step's output is printed whole when it ends;
// the first failure fails the lot (after every step has ended, so no output is cut).
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']],
  ['eslint', 'npx', ['eslint', '.']],
  ['prettier', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['build', 'node', ['scripts/build.mjs']],
];

function run([name, cmd, args]) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { shell: process.platform === 'win32', env: process.env });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (e) => out.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString().trim();
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      console.log(`${code === 0 ? '✓' : '✗'} ${name} (${secs} s)${text ? `\n${text}` : ''}`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(steps.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
