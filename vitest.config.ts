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
          fileParallelism: false,
          // a page's first figures may wait for a worker thread or a cold server on a busy machine:
          // expect.poll's 1-s default made the console's first dashboard flaky
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
