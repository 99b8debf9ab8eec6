// Child processes for the crash and shutdown tests: an office syncing, the server itself.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
function spawnNode(argv: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

// node itself with tsx as a loader, not the tsx command: that one runs the script in a child
// process, which a SIGKILL of the command would leave running
export function spawnTsx(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawnNode(['--import', 'tsx', path.join(ROOT, script), ...args], env);
}

// `npm run server`'s own command line (node, its flags, the entry point), so that the tests and
// the bench start the server exactly as it is started
const SERVER_COMMAND = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts.server.split(/\s+/);

/** Resolves when the process prints a line matching `pattern`. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output: ${seen}`)), timeoutMs);
    const onData = (b: Buffer) => {
      seen += b.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (seen += b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ${pattern}; output: ${seen}`));
    });
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** `npm run server -- <args>` as a process: the built server (dist/server), with its node flags. */
export function spawnServerCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const [node, ...argv] = SERVER_COMMAND;
  if (node !== 'node') throw new Error(`npm run server should run node itself, not ${node}`);
  const entry = argv.find((a) => a.endsWith('.js'));
  if (!entry || !fs.existsSync(path.join(ROOT, entry)))
    throw new Error(`${entry} is missing: run \`npm run build\` first`);
  return spawnNode([...argv, ...args], env);
}

/** The server as `npm run server` runs it, on a given database and port. */
export function spawnServer(db: string, port: number): ChildProcess {
  return spawnServerCli(['serve', '--db', db, '--port', String(port), '--log-level', 'info']);
}

export const serverListening = (child: ChildProcess) => waitForLine(child, /server listening/);
