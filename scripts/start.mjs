// `npm start`: the desktop app where the Electron runtime is present; otherwise browser mode,
// said plainly in one line, with the address to open.
import { spawn } from 'node:child_process';
import { electronPath, fetchElectron } from './electron-path.mjs';

const passthrough = process.argv.slice(2);
const bin = process.env.TATBIQ_BROWSER_MODE ? null : (electronPath() ?? fetchElectron());
if (!bin) {
  console.log(
    'The Electron runtime is not installed and cannot be downloaded here; starting Tatbiq in browser mode instead.',
  );
}
const [cmd, args] = bin ? [bin, ['.', ...passthrough]] : [process.execPath, ['dist/host/main.js', ...passthrough]];
const child = spawn(cmd, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
