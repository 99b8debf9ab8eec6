// Persian text in the core lives in each capability's messages module (issue 17): what users read
// is then found, reviewed and reworded in one place per capability, and logic files read as logic.
// This walks the string and template literals of src-main/core with the TypeScript parser
// (comments do not count) and fails on Persian in any file but a capability's `messages.ts` or
// `texts.ts` (content such as letter templates), except the files still listed below, whose count
// may only fall.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../src-main/core');
const PERSIAN = /[\u0600-\u06FF]/;
const TEXT_MODULE = /(^|\/)(messages|texts)\.ts$/;

/** Files not yet moved over, with the most literals each may hold. Shrink it; never grow it. */
const NOT_YET: Record<string, number> = {};

/** Files whose Persian literals are not text: bidi.ts holds the script's Unicode ranges. */
const NOT_TEXT = new Set(['letters/bidi.ts']);

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

function persianLiterals(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (
      (ts.isStringLiteral(n) ||
        ts.isNoSubstitutionTemplateLiteral(n) ||
        ts.isTemplateHead(n) ||
        ts.isTemplateMiddle(n) ||
        ts.isTemplateTail(n) ||
        ts.isRegularExpressionLiteral(n)) &&
      PERSIAN.test(n.text)
    )
      out.push(`${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.text.slice(0, 40)}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const found = new Map(
  sources(CORE)
    .map((f) => path.relative(CORE, f).split(path.sep).join('/'))
    .filter((f) => !TEXT_MODULE.test(f) && !NOT_TEXT.has(f))
    .map((f) => [f, persianLiterals(path.join(CORE, f))] as const)
    .filter(([, lits]) => lits.length > 0),
);

describe('Persian text in the core', () => {
  it('sits only in messages modules (or files on the shrinking list, no more than listed)', () => {
    const over = [...found].filter(([f, lits]) => lits.length > (NOT_YET[f] ?? 0));
    expect(
      over.map(([f, lits]) => `${f} (${lits.length}, allowed ${NOT_YET[f] ?? 0}):\n  ${lits.join('\n  ')}`),
    ).toEqual([]);
  });

  it('lists no file that has been cleaned, so the list only shrinks', () => {
    const stale = Object.entries(NOT_YET).filter(([f, n]) => (found.get(f)?.length ?? 0) < n);
    expect(stale.map(([f, n]) => `${f}: listed ${n}, has ${found.get(f)?.length ?? 0}`)).toEqual([]);
  });
});
