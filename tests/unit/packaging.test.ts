// What the desktop installer ships: the file list electron-builder would put in app.asar,
// computed with electron-builder's own matchers (app-builder-lib's fileMatcher, the code
// `npm run dist` runs) from electron-builder.yml, over this checkout and the production
// dependencies of package-lock.json. The ministry server's code and the packages only it (and
// browser mode's HTTP host, which the packaged app cannot run) need must stay out; every
// package the desktop app loads must be in.
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));

interface Matcher {
  isEmpty(): boolean;
  createFilter(): (file: string, stat: fs.Stats) => boolean;
}
const { getMainFileMatchers, getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformOptions: object,
    packager: object,
  ): Matcher;
};
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  win?: object;
  linux?: object;
}
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

interface LockEntry {
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  }
).packages;

/** Where `name` resolves from the package installed at `from` (Node's lookup up the node_modules). */
function resolveFrom(from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const at = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock[at]) return at;
    if (!dir) return null;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

/** The installed packages (lock paths) `roots` load, with everything they load in turn. */
function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = roots.map((r) => {
    const at = resolveFrom('', r);
    if (!at) throw new Error(`${r} is not installed`);
    return at;
  });
  while (todo.length) {
    const at = todo.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const e = lock[at];
    for (const dep of Object.keys({ ...e.dependencies, ...e.optionalDependencies })) {
      const found = resolveFrom(at, dep);
      if (found) todo.push(found);
    }
  }
  return seen;
}

/** Package names imported from the TypeScript (or bundled JavaScript) files under `dirs`. */
function bareImports(dirs: string[], ext: RegExp): Set<string> {
  const out = new Set<string>();
  const builtins = new Set(builtinModules);
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (ext.test(f.name)) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/(?:from |require\(|import\()\s*["']([^"'./][^"']*)["']/g)) {
          const spec = m[1];
          if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/|$)/.test(spec)) continue; // not a package name
          if (builtins.has(spec) || spec === 'electron') continue;
          out.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  return out;
}

type Filter = (file: string, stat: fs.Stats & { moduleFullFilePath?: string }) => boolean;

/**
 * Walks `dir` as electron-builder's copiers do: a directory the filter refuses is not entered, and
 * each file is tested on its own. `as` is the path the filter sees (node modules are matched on
 * their path in the app, `node_modules/<name>/…`, as NodeModuleCopyHelper sets moduleFullFilePath).
 */
function walk(dir: string, filter: Filter | null, as: string | null, out: string[], rel = ''): void {
  for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${f.name}` : f.name;
    const full = path.join(dir, f.name);
    if (as !== null && f.isDirectory() && f.name === 'node_modules') continue; // nested packages have their own entries
    const stat: fs.Stats & { moduleFullFilePath?: string } = fs.lstatSync(full);
    if (as !== null) stat.moduleFullFilePath = `${as}/${r}`;
    if (filter && !filter(full, stat)) continue;
    if (f.isDirectory()) walk(full, filter, as, out, r);
    else out.push(as === null ? r : `${as}/${r}`);
  }
}

/** The files electron-builder puts in app.asar for one platform, relative to the app. */
function packagedFiles(platform: 'win' | 'linux'): Set<string> {
  const platformOptions = config[platform] ?? {};
  const outDir = path.join(ROOT, config.directories?.output ?? 'dist');
  const info = {
    projectDir: ROOT,
    buildResourcesDir: config.directories?.buildResources ?? 'build',
    isPrepackedAppAsar: false,
    config,
    debugLogger: { isEnabled: false },
  };
  const same = (s: string) => s;
  const [main] = getMainFileMatchers(ROOT, '/app', same, platformOptions, { info }, outDir, false);
  const out: string[] = [];
  // the app's own files (its patterns exclude node_modules, which are collected below)
  walk(ROOT, main.createFilter(), null, out);
  // the production dependencies electron-builder collects, through the node-module matcher (the
  // `files` exclusions): with none, every file of a package goes in
  const modules = getNodeModuleFileMatcher(ROOT, '/app', same, platformOptions, info);
  const moduleFilter = modules.isEmpty() ? null : modules.createFilter();
  for (const [at, e] of Object.entries(lock)) {
    if (!at || e.dev || !fs.existsSync(path.join(ROOT, at))) continue;
    const dirStat: fs.Stats & { moduleFullFilePath?: string } = fs.statSync(path.join(ROOT, at));
    dirStat.moduleFullFilePath = at;
    if (moduleFilter && !moduleFilter(path.join(ROOT, at), dirStat)) continue;
    walk(path.join(ROOT, at), moduleFilter, at, out);
  }
  return new Set(out);
}

// What the desktop app loads at run time: the packages its bundles leave outside (esbuild's
// externals, found in the built files), sqlite3 (TypeORM loads it by name) and vazirmatn (the
// letters read its font files).
const APP_ROOTS = [...new Set(['sqlite3', 'vazirmatn', ...bareImports(['dist/electron'], /\.js$/)])].sort();
// What the ministry server and browser mode's host import, less what the app uses too (zod and
// uuid are the app's as well: its bundles carry them).
const APP_IMPORTS = bareImports(['shared', 'src-main/core', 'src-main/electron', 'src-renderer'], /\.tsx?$/);
const SERVER_ROOTS = [...bareImports(['src-server', 'src-main/host'], /\.ts$/)]
  .filter((p) => !APP_ROOTS.includes(p) && !APP_IMPORTS.has(p))
  .sort();
const APP = closure(APP_ROOTS);
const SERVER_ONLY = [...closure(SERVER_ROOTS)].filter((p) => !APP.has(p)).sort();

describe('the desktop installer', () => {
  it('knows what the app and the server load', () => {
    expect(fs.existsSync(path.join(ROOT, 'dist/electron/main.js')), 'run `npm run build` first').toBe(true);
    // fastify is the app's too: the desktop app serves the office network (src-main/host/lan.ts)
    expect(APP_ROOTS).toEqual(
      expect.arrayContaining([
        'typeorm',
        'sqlite3',
        'pino',
        'electron-updater',
        'exceljs',
        'fastify',
        '@fastify/static',
      ]),
    );
    expect(SERVER_ROOTS).toEqual(expect.arrayContaining(['pg']));
    expect(SERVER_ONLY.length).toBeGreaterThan(8);
  });

  for (const platform of ['win', 'linux'] as const) {
    it(`ships the app and its runtime packages, and none of the server's (${platform})`, () => {
      const shipped = packagedFiles(platform);
      const list = [...shipped];
      for (const f of ['package.json', 'dist/electron/main.js', 'dist/electron/preload.js', 'assets/icon.png'])
        expect(shipped, f).toContain(f);
      for (const at of APP) expect(shipped, `${at}/package.json`).toContain(`${at}/package.json`);
      expect(shipped).toContain('node_modules/sqlite3/lib/sqlite3.js');
      expect(shipped).toContain('node_modules/typeorm/index.js');

      expect(list.filter((f) => /^(src-server|src-main|src-renderer|tests|dist\/server|dist\/host)\//.test(f))).toEqual(
        [],
      );
      const leaked = SERVER_ONLY.filter((at) => list.some((f) => f.startsWith(`${at}/`)));
      expect(leaked).toEqual([]);
    }, 60_000);
  }
});
