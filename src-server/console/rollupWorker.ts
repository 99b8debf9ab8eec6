// The worker thread that computes the console's rollups (offThread.ts starts it): its own database
// connections, so reading and counting a year of the country never holds the server's event loop,
// which keeps answering the offices' pushes and pulls meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openServerDb } from '../db/database';
import { computeKind } from './rollupKinds';
import { WORKER_NICE } from './offThread';
import type { Computed } from './rollup';

export interface WorkerAsk {
  id: number;
  kind: string;
  spec: unknown;
  asOf: string;
}
export type WorkerAnswer = ({ id: number; ok: true } & Computed) | { id: number; ok: false; message: string };

// Linux keeps a nice value per thread: this one's, not the process's (elsewhere: normal priority)
try {
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, WORKER_NICE);
} catch {
  // no /proc: the thread keeps the process's priority
}

const { dbUrl } = workerData as { dbUrl: string };
const opened = openServerDb({ url: dbUrl, poolSize: 2 });
// a database that cannot be opened fails each computation (the refresher logs and retries)
opened.catch(() => undefined);

parentPort!.on('message', (ask: WorkerAsk) => {
  opened
    .then((db) => computeKind(db, ask.kind, ask.spec, ask.asOf))
    .then(
      (c) => parentPort!.postMessage({ id: ask.id, ok: true, ...c } satisfies WorkerAnswer),
      (e: unknown) =>
        parentPort!.postMessage({
          id: ask.id,
          ok: false,
          message: e instanceof Error ? e.message : String(e),
        } satisfies WorkerAnswer),
    );
});
