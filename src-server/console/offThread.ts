// Computing rollups in a worker thread (rollupWorker.ts): one thread, started on first use and kept,
// with its own database connections. A thread that dies fails what it was computing and is started
// again on the next computation.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { WorkerAnswer, WorkerAsk } from './rollupWorker';
import type { Computed } from './rollup';

/** The thread's nice value (Linux): when cores are short, the server's own thread goes first. */
export const WORKER_NICE = 10;

/** The worker's script: bundled beside the server (build.mjs), or the TypeScript source under tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const built = path.join(__dirname, 'console-rollup-worker.js');
  if (fs.existsSync(built)) return { file: built, execArgv: [] };
  return { file: path.join(__dirname, 'rollupWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

export class RollupThread {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, { resolve(c: Computed): void; reject(e: Error): void }>();

  constructor(
    private readonly dbUrl: string,
    private readonly log: Logger,
  ) {}

  compute(kind: string, spec: unknown, asOf: string): Promise<Computed> {
    const worker = (this.worker ??= this.start());
    const id = ++this.seq;
    return new Promise<Computed>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, kind, spec, asOf } satisfies WorkerAsk);
    });
  }

  private start(): Worker {
    const { file, execArgv } = workerEntry();
    const worker = new Worker(file, { execArgv, workerData: { dbUrl: this.dbUrl } });
    // the thread alone never keeps the server running
    worker.unref();
    worker.on('message', (a: WorkerAnswer) => {
      const p = this.pending.get(a.id);
      this.pending.delete(a.id);
      if (a.ok) p?.resolve({ value: a.value, ms: a.ms });
      else p?.reject(new Error(a.message));
    });
    const ended = (e: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', (e) => {
      this.log.error({ err: e }, 'rollup worker failed');
      ended(e);
    });
    worker.on('exit', (code) => ended(new Error(`rollup worker exited (${code})`)));
    return worker;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
