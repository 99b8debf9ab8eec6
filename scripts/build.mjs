// Builds everything the app runs: the renderer (Vite) and the Node bundles (esbuild) for the
// Electron main process, the preload script and the browser-mode host; and the ministry server
// (dist/server, what `npm run server` runs, and dist/console, its web pages).
// `node scripts/build.mjs <renderer|main|server|console>` builds one part.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const only = process.argv[2];
// Native and dynamically-loaded packages stay outside the bundle and ship in node_modules.
const external = [
  'electron',
  'sqlite3',
  'typeorm',
  'playwright-core',
  'pino',
  'exceljs',
  'electron-updater',
  'fastify',
  '@fastify/static',
  'qrcode',
];

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  logLevel: 'warning',
};

if (!only || only === 'renderer') await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// the ministry server's web pages (console, public letter check), served by the server itself
if (!only || only === 'console' || only === 'server')
  await viteBuild({ configFile: 'vite.console.config.ts', logLevel: 'warn' });
if (!only || only === 'main') {
  await build({ ...node, entryPoints: { main: 'src-main/electron/main.ts' }, outdir: 'dist/electron' });
  // A sandboxed preload may only require 'electron', so it is one self-contained file.
  await build({
    ...node,
    entryPoints: { preload: 'src-main/electron/preload.ts' },
    outdir: 'dist/electron',
    external: ['electron'],
  });
  await build({ ...node, entryPoints: { main: 'src-main/host/main.ts' }, outdir: 'dist/host' });
  // council files are read in a worker thread (src-main/core/councils/import.ts), beside each main
  const worker = { 'council-import-worker': 'src-main/core/councils/importWorker.ts' };
  await build({ ...node, entryPoints: worker, outdir: 'dist/host' });
  await build({ ...node, entryPoints: worker, outdir: 'dist/electron' });
}
if (!only || only === 'server') {
  // The ministry server runs this bundle in production (no TypeScript loader, no dev dependency).
  // Its packages (pg, fastify, typeorm…) stay in node_modules, installed from package.json.
  await build({
    ...node,
    external: undefined,
    packages: 'external',
    // the console's rollups are computed in a worker thread (src-server/console/offThread.ts)
    entryPoints: { main: 'src-server/main.ts', 'console-rollup-worker': 'src-server/console/rollupWorker.ts' },
    outdir: 'dist/server',
  });
}
console.log('build: done');
