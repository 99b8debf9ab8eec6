// The application core: open the office's data folder and get the contract's handlers. Plain
// Node, no Electron: the desktop shell and the browser-mode host both wrap this.
import path from 'node:path';
import { openDatabase } from './storage/database';
import { openBlobStore } from './storage/blobs';
import { createHandlers } from './api/handlers';
import { createDispatcher, type Dispatch, type Handlers } from './api/dispatcher';
import { systemClock, type Clock, type CoreContext, type CallContext, type Actor } from './context';
import { createLogger, type Logger } from './logger';

export interface CoreOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version?: string;
  clock?: Clock;
  log?: Logger;
}

export interface Core {
  context: CoreContext;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export const LOCAL_ACTOR: Actor = { id: 'local', name: 'کاربر این رایانه' };

export async function openCore(opts: CoreOptions): Promise<Core> {
  const log = opts.log ?? createLogger();
  const db = await openDatabase(opts.dataDir, log);
  const context: CoreContext = {
    db,
    blobs: openBlobStore(path.join(opts.dataDir, 'blobs')),
    clock: opts.clock ?? systemClock,
    log,
    mode: opts.mode,
    version: opts.version ?? '0.1.0',
  };
  const handlers = createHandlers(context);
  return { context, handlers, dispatch: createDispatcher(handlers, log), close: () => db.close() };
}

export type { CallContext, Clock };
