import { defineConfig } from 'vitest/config';

// One runner for every layer; e2e tests drive the built app through browser mode.
export default defineConfig({
  test: {
    pool: 'forks',
    // vitest's default on 2 cores is cpus-1 = 1 worker: the whole suite ran serially
    maxWorkers: 2,
    // each file's time lands in test-output/vitest.json, to see what a slow run spent its time on
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // the ministry server against real PostgreSQL (127.0.0.1:5432), sync clients, fault suite
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // e2e files run two at a time, beside the other projects' files: each starts its own app or
          // server (port 0, its own temp data and clock file) and Chromium (own profile), and names its
          // screenshots after itself. `fileParallelism: false` ran them one by one in a group of their
          // own AFTER every other file, on one worker (~1.1 of 2 cores busy for about the last 600 s of CI's 1120 s).
          // Measured 2026-12-03, `vitest run --project e2e`, on a machine shared with 4 other runs:
          //   one at a time (load 13-17): 2259 s wall; per file, import+setup+tests: letters 198 s,
          //   legal-screens 173, responsive 169, panel-objection 125, lan 125, lifecycle 105,
          //   console 90, council-portal 86, lapse 85, register 84, auth 82, letter-printing 79,
          //   reports 77, complaints 72, members 61, messages 59, date-fields 56, host 47, sync 44,
          //   persian-digits 42, register-columns 40, letter-templates 34 (import+setup 555 s of it);
          //   two at a time (load 18-24): 1772 s wall, but 5 files' apps took over startApp's then
          //   30 s to start (now 90 s), so it is no clean figure. Then the 8 files that had failed,
          //   two at a time (load 15-22): 609 s wall against 767 s one at a time above, 40 of 41
          //   passed (console's first dashboard, now given 60 s). Files are ordered by size, larger
          //   first, when vitest has no results cache (CI), which roughly puts the long ones first.
          // a page's first figures may wait for a worker thread or a cold server on a busy machine:
          // expect.poll's 1-s default made the console's first dashboard flaky
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
