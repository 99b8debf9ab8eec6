// docs/architecture.md draws the lifecycle; the drawing must be the state machine the code runs,
// so a transition added to shared/lifecycle/machine.ts without the picture fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../shared/lifecycle/machine';

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
