// Renderer and console components stay small enough to read whole (issue 17): a screen is composed
// of panels, dialogs and hooks split by meaning, not grown in one file. Fails on any .tsx file of
// the office's renderer or the server's web console and portals over the limit, except the ones
// still listed below, whose length may only fall.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FOLDERS = ['src-renderer', 'src-console'];
const LIMIT = 150;

/** Components not yet split, with the most lines each may have. Shrink it; never grow it. */
const NOT_YET: Record<string, number> = {};

function components(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? components(path.join(dir, e.name)) : e.name.endsWith('.tsx') ? [path.join(dir, e.name)] : [],
    );
}

/** Keyed by the path from the repository's root, e.g. `src-console/admin/AccountsPanel.tsx`. */
const lines = new Map(
  FOLDERS.flatMap((d) => components(path.join(ROOT, d))).map((f) => [
    path.relative(ROOT, f).split(path.sep).join('/'),
    fs.readFileSync(f, 'utf8').trimEnd().split('\n').length,
  ]),
);

describe('renderer and console components', () => {
  it(`stay within ${LIMIT} lines (or the shrinking list's figure)`, () => {
    const over = [...lines].filter(([f, n]) => n > Math.max(LIMIT, NOT_YET[f] ?? 0));
    expect(over.map(([f, n]) => `${f}: ${n} lines`)).toEqual([]);
  });

  it('lists no component that has been split, so the list only shrinks', () => {
    const stale = Object.entries(NOT_YET).filter(([f, n]) => (lines.get(f) ?? 0) < n);
    expect(stale.map(([f, n]) => `${f}: listed ${n}, has ${lines.get(f) ?? 0}`)).toEqual([]);
  });
});
