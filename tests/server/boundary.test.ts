// DESIGN.md §3: src-server imports shared/ and nothing from src-main (it runs on the ministry's
// machines, without the office app).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('the server imports nothing from src-main or src-renderer', () => {
  const offending = files('src-server').filter((f) =>
    /from ['"][^'"]*src-(main|renderer)\//.test(fs.readFileSync(f, 'utf8')),
  );
  expect(offending).toEqual([]);
});
