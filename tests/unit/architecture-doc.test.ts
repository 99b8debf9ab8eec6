// docs/architecture.md draws the lifecycle; the drawing must be the state machine the code runs,
// so a transition added to shared/lifecycle/machine.ts without the picture fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../shared/lifecycle/machine';
import { HOST_OPTIONS } from '../../src-main/host/main';

const DOC = fs.readFileSync(path.resolve(__dirname, '../../docs/architecture.md'), 'utf8');

describe('the architecture page', () => {
  it('draws every transition of the lifecycle table, and no other (court_annuls in words)', () => {
    const diagram = DOC.match(/```mermaid\nstateDiagram-v2\n([\s\S]*?)```/);
    expect(diagram, 'a mermaid stateDiagram-v2 block').not.toBeNull();
    const drawn = diagram![1]
      .split('\n')
      .map((l) => l.trim().match(/^(\w+) --> (\w+): (\w+)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map(([, from, to, name]) => `${name}: ${from} -> ${to}`);
    const table = Object.entries(TRANSITIONS)
      .filter(([name]) => name !== 'court_annuls')
      .flatMap(([name, d]) => d.from.map((from) => `${name}: ${from} -> ${d.to}`));
    expect(drawn.sort()).toEqual(table.sort());
    expect(DOC).toMatch(/\[\*\] --> received: register/);

    const courtFrom = new Set<string>(TRANSITIONS.court_annuls.from);
    const states = new Set(Object.values(TRANSITIONS).flatMap((d) => [...d.from, d.to]));
    const notFrom = [...states].filter((s) => !courtFrom.has(s)).sort();
    expect(notFrom).toEqual(['annulled', 'withdrawn']);
    expect(DOC).toContain('from every\nstate except `withdrawn` and `annulled`');
  });
});

// The operator pages and the README name commands and options: each must exist.
const PAGES = ['README.md', 'docs/install-office.md', 'docs/install-server.md', 'docs/architecture.md'].map((f) =>
  fs.readFileSync(path.resolve(__dirname, '../..', f), 'utf8'),
);
const CLI = fs.readFileSync(path.resolve(__dirname, '../../src-server/admin/cli.ts'), 'utf8');
const PACKAGE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the operator pages', () => {
  it('name only npm scripts, server commands and options that exist', () => {
    const commands = new Set([...CLI.matchAll(/case '([a-z:-]+)':/g)].map((m) => m[1]).concat('serve'));
    const serverOptions = new Set(
      [...CLI.matchAll(/^\s+'?([a-z-]+)'?: \{ type: '(?:string|boolean)' \}/gm)].map((m) => m[1]),
    );
    const hostOptions = new Set(Object.keys(HOST_OPTIONS));
    expect(serverOptions).toContain('tls-key');
    for (const page of PAGES) {
      for (const [, script] of page.matchAll(/npm run ([a-z:]+)/g))
        expect(PACKAGE.scripts, script).toHaveProperty(script);
      for (const line of page.split('\n')) {
        // the command runs to the end of the line, or of its `code span`
        const server = line.match(/npm run server -- ([^`]*)/);
        if (server) {
          const [first] = server[1].trim().split(/\s+/);
          if (!first.startsWith('--')) expect(commands, line).toContain(first);
          for (const [, flag] of server[1].matchAll(/--([a-z-]+)/g)) expect(serverOptions, line).toContain(flag);
        }
        const browser = line.match(/npm run browser -- ([^`]*)/);
        if (browser)
          for (const [, flag] of browser[1].matchAll(/--([a-z-]+)/g)) expect(hostOptions, line).toContain(flag);
      }
    }
    // the option tables
    const server = PAGES[2];
    for (const [, flag] of server.matchAll(/^\| `--([a-z-]+)/gm)) expect(serverOptions).toContain(flag);
    const office = PAGES[1];
    for (const [, flag] of office.matchAll(/^\| `--([a-z-]+)/gm)) expect(hostOptions).toContain(flag);
  });
});
