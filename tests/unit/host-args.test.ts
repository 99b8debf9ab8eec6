// Browser mode's command line (src-main/host/main.ts), parsed by node:util like the server's:
// every option in both spellings, an unknown one refused by name.
import { describe, expect, it } from 'vitest';
import { HOST_OPTIONS, HOST_USAGE, parseArgs } from '../../src-main/host/main';

describe("browser mode's command line", () => {
  it('takes every option as `--name value` and `--name=value`', () => {
    const given = {
      'data-dir': '/tmp/office a',
      host: '0.0.0.0',
      port: '5181',
      'allowed-hosts': 'tatbiq.office.lan,dabirkhaneh.local:5180',
      'log-level': 'warn',
      'renderer-dir': 'dist/renderer',
    };
    const spaced = Object.entries(given).flatMap(([k, v]) => [`--${k}`, v]);
    const joined = Object.entries(given).map(([k, v]) => `--${k}=${v}`);
    expect(parseArgs(spaced)).toEqual(given);
    expect(parseArgs(joined)).toEqual(given);
    expect(parseArgs(['--help'])).toEqual({ help: 'true' });
    expect(parseArgs([])).toEqual({});
  });

  it('refuses an option it does not know, naming it, and a harness may declare its own', () => {
    expect(() => parseArgs(['--prot', '5180'])).toThrow(/--prot/);
    expect(() => parseArgs(['--test-clock', 'f'])).toThrow(/--test-clock/);
    expect(parseArgs(['--test-clock', 'f', '--port', '0'], { 'test-clock': { type: 'string' } })).toEqual({
      'test-clock': 'f',
      port: '0',
    });
    // a value-less string option is an error, not the word "true" passed on as a port or folder
    expect(() => parseArgs(['--port'])).toThrow(/--port/);
  });

  it('lists every option in its --help text', () => {
    for (const name of Object.keys(HOST_OPTIONS).filter((n) => n !== 'clock-file'))
      expect(HOST_USAGE).toContain(`--${name}`);
  });
});
