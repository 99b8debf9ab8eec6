// The core's capability folders build on each other in one direction (issue 17): a loop between
// folders means no folder can be understood, tested or moved without the others. This reads the
// runtime imports of src-main/core with the TypeScript parser (`import type` and imports of types
// only are erased at build time, so they do not count; `import()` does) and fails on any cycle,
// naming it, between folders and between files.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../src-main/core');

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

function runtimeSpecifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n)) {
      const c = n.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      const typesOnly =
        !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      if (!typesOnly) out.push((n.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && !n.isTypeOnly) {
      out.push((n.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteral(n.arguments[0])
    ) {
      out.push(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(f)) return f;
  return null;
}

/** A capability folder, or a top-level file of the core (index, context, ids, logger). */
const unitOf = (file: string) => {
  const parts = path.relative(CORE, file).split(path.sep);
  return parts.length === 1 ? parts[0].replace(/\.ts$/, '') : `${parts[0]}/`;
};

const rel = (f: string) => path.relative(CORE, f);

/** Strongly connected components with more than one member (Tarjan): each holds a cycle. */
function cycles(nodes: string[], next: (n: string) => Iterable<string>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) connect(n);
  return found;
}

const files = sources(CORE);
const fileEdges = new Map(
  files.map((f) => [
    f,
    runtimeSpecifiers(f)
      .map((s) => resolve(f, s))
      .filter((t): t is string => t !== null && t.startsWith(CORE)),
  ]),
);
/** folder → folder it imports → the file imports that make the edge */
const folderEdges = new Map<string, Map<string, string[]>>();
for (const [from, targets] of fileEdges) {
  for (const to of targets) {
    const [a, b] = [unitOf(from), unitOf(to)];
    if (a === b) continue;
    if (!folderEdges.has(a)) folderEdges.set(a, new Map());
    const why = folderEdges.get(a)!;
    why.set(b, [...(why.get(b) ?? []), `${rel(from)} → ${rel(to)}`]);
  }
}

describe('the core’s import graph', () => {
  it('reads the imports it should (the parser sees the core’s files and edges)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(folderEdges.get('index')?.has('api/')).toBe(true);
    // a type-only import is no edge: storage/database.ts imports the logger's type only
    expect(fileEdges.get(path.join(CORE, 'storage/database.ts'))).not.toContain(path.join(CORE, 'logger.ts'));
  });

  it('has no cycle between capability folders', () => {
    const units = [...new Set(files.map(unitOf))];
    const found = cycles(units, (u) => folderEdges.get(u)?.keys() ?? []);
    const explained = found.map((c) =>
      c.flatMap((a) =>
        c.filter((b) => folderEdges.get(a)?.has(b)).map((b) => `${a} → ${b}: ${folderEdges.get(a)!.get(b)![0]}`),
      ),
    );
    expect(explained, 'folders that import each other, with one import per edge').toEqual([]);
  });

  it('has no cycle between files', () => {
    const found = cycles(files, (f) => fileEdges.get(f) ?? []).map((c) => c.map(rel));
    expect(found).toEqual([]);
  });

  it('keeps storage below every capability: it imports none of them', () => {
    const up = [...(folderEdges.get('storage/') ?? [])].filter(([to]) => to.endsWith('/')).flatMap(([, why]) => why);
    expect(up).toEqual([]);
  });
});
