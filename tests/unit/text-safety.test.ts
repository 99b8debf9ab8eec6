// No input of the contract lets a control character through (issue 16, item 5): a NUL typed into
// the letter number prefix once made the ministry server fail a whole batch. Every string the
// contract's input schemas accept is found by walking the schemas, not by listing fields.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, METHODS } from '../../shared/api/contract';
import { normalizeLine, normalizePersian } from '../../shared/text/persian';
import { PUSHED_ENTITIES } from '../../shared/sync/records';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

interface Entry {
  path: string;
  schema: z.ZodType;
}

/**
 * Where a string enters `schema`: each field whose value is parsed as a string, as the whole
 * field's schema (its optional, default, normalizing transform and checks), so what is tested is
 * what the handler would receive.
 */
function stringEntries(schema: z.ZodType, path: string): Entry[] {
  const def = defOf(schema);
  // the entry found at this very path is the outer schema, which wraps it
  const lift = (inner: Entry[]) => inner.map((e) => (e.path === path ? { path, schema } : e));
  switch (def.type) {
    case 'string':
      return [{ path, schema }];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([k, v]) => stringEntries(v, path ? `${path}.${k}` : k));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return lift(stringEntries(def.innerType!, path));
    case 'pipe':
      return lift(stringEntries(def.in!, path));
    case 'array':
      return stringEntries(def.element!, `${path}[]`);
    case 'union':
      return def.options!.flatMap((o) => stringEntries(o, path));
    case 'intersection':
      return [...stringEntries(def.left!, path), ...stringEntries(def.right!, path)];
    case 'record':
      return stringEntries(def.valueType!, `${path}{}`);
    case 'lazy':
      return stringEntries(def.getter!(), path);
    default:
      return [];
  }
}

const DANGEROUS = {
  NUL: '\u0000',
  BEL: '\u0007',
  ESC: '\u001b',
  DEL: '\u007f',
  'C1 CSI': '\u009b',
  'right-to-left override': '\u202e',
  'left-to-right isolate': '\u2066',
  'lone surrogate': '\ud800',
};
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The fields of `schemas` that accept `bad` inside a value and keep it. */
function leaks(schemas: [string, z.ZodType][], bad: string): string[] {
  const out: string[] = [];
  for (const [name, schema] of schemas) {
    for (const e of stringEntries(schema, '')) {
      const r = e.schema.safeParse(`ab${bad}cd12`);
      if (r.success && FORBIDDEN.test(JSON.stringify(r.data) + String(r.data))) out.push(`${name} ${e.path}`);
    }
  }
  return out;
}

describe('control characters in the contract', () => {
  const inputs = METHODS.map((m) => [m, contract[m].input as z.ZodType] as [string, z.ZodType]);

  it('finds the string fields by walking the schemas', () => {
    const all = inputs.flatMap(([m, s]) => stringEntries(s, '').map((e) => `${m} ${e.path}`));
    expect(all.length).toBeGreaterThan(100);
    for (const field of [
      'letters.updateSettings numbering.prefix',
      'auth.login password',
      'resolutions.register text',
      'councils.import dataBase64',
      'letters.updateDraft copies[]',
    ])
      expect(all).toContain(field);
  });

  for (const [label, bad] of Object.entries(DANGEROUS)) {
    it(`no input field keeps a ${label}: each refuses or strips it`, () => {
      expect(leaks(inputs, bad)).toEqual([]);
    });
  }

  it('strips them from typed text, keeping newlines, tabs-as-spaces, ZWNJ and the marks RLM/LRM', () => {
    expect(normalizeLine('شماره\u0000 ۱۲\u202e۳')).toBe('شماره ۱۲۳');
    expect(normalizePersian('بند یک\n\u0007بند\u200cها\u200f دو\tسه\ud800')).toBe('بند یک\nبند\u200cها\u200f دو سه');
  });
});

describe('control characters in sync records', () => {
  it('the server refuses a record whose text carries one, rather than failing to store it', () => {
    const schemas = Object.entries(PUSHED_ENTITIES).map(([k, v]) => [k, v.schema] as [string, z.ZodType]);
    expect(leaks(schemas, DANGEROUS.NUL)).toEqual([]);
  });
});
