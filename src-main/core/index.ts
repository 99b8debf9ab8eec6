// The application core: open the office's data folder and get the contract's handlers. Plain
// Node, no Electron: the desktop shell and the browser-mode host both wrap this.
import path from 'node:path';
import { openDatabase } from './storage/database';
import { ENTITIES } from './tables';
import { openBlobStore } from './storage/blobs';
import { createHandlers } from './api/handlers';
import { createDispatcher, type Dispatch, type Handlers } from './api/dispatcher';
import { systemClock, type Clock, type CoreContext, type CallContext, type Actor } from './context';
import { createLogger, type Logger } from './logger';
import { createSessions } from './users/sessions';
import { startLifecycleJobs } from './lifecycle/jobs';
// a portal letter deemed delivered since the last check: its receipt starts the council's clock
import { settleDueDeliveries } from './councilPortal/deliver';
import { closePdfRenderer, registerPdfRenderer } from './letters/runtime';
import type { PdfRenderer } from './letters/renderer';
import { startBackupJobs, type BackupSchedule } from './backup/schedule';
import { registerBackupJobs } from './backup/handlers';
import { createLan, type Lan } from './lan/service';
import { startReportWarmup } from './reports/warmup';
import { startReminderJobs } from './conversations/reminders';

export interface CoreOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version?: string;
  clock?: Clock;
  log?: Logger;
  /** idle minutes after which a signed-in session ends (default 30) */
  sessionIdleMinutes?: number;
  /** hours after sign-in at which a session ends however busy (default 12) */
  sessionMaxHours?: number;
  /** the lapse check at start and every five minutes (default on; benchmarks turn it off) */
  lifecycleJobs?: boolean;
  /** automatic daily backups and their rotation (default on; false turns them off, as tests that count files do) */
  backups?: Partial<BackupSchedule> | false;
  /** how letters become PDFs (the desktop shell passes Electron's); default: Chromium via playwright-core, started on first use */
  pdf?: PdfRenderer;
}

export interface Core {
  context: CoreContext;
  handlers: Handlers;
  dispatch: Dispatch;
  /** the office network: the transport attaches its listener here (src-main/host/lan.ts) */
  lan: Lan;
  close(): Promise<void>;
}

export async function openCore(opts: CoreOptions): Promise<Core> {
  const log = opts.log ?? createLogger();
  const db = await openDatabase(opts.dataDir, ENTITIES, log);
  registerPdfRenderer(db, opts.pdf, log);
  const context: CoreContext = {
    db,
    blobs: openBlobStore(path.join(opts.dataDir, 'blobs')),
    clock: opts.clock ?? systemClock,
    log,
    mode: opts.mode,
    version: opts.version ?? '0.1.0',
  };
  const sessions = createSessions(context, { idleMinutes: opts.sessionIdleMinutes, maxHours: opts.sessionMaxHours });
  const lan = createLan(context);
  const handlers = createHandlers({ ...context, sessions, lan });
  const jobs = opts.lifecycleJobs === false ? null : startLifecycleJobs(context, undefined, settleDueDeliveries);
  // the finding-deadline reminders on sessions' threads go with the lifecycle checks
  const reminders = opts.lifecycleJobs === false ? null : startReminderJobs(context);
  // with the background jobs: the first report after start should not pay for cold caches
  const warmup = opts.lifecycleJobs === false ? null : startReportWarmup(context);
  const backups = opts.backups === false ? null : startBackupJobs(context, opts.backups);
  if (backups) registerBackupJobs(db, backups);
  const close = async () => {
    await lan.stop();
    await backups?.stop();
    await jobs?.stop();
    await reminders?.stop();
    await warmup?.stop();
    await closePdfRenderer(db);
    await db.close();
  };
  return { context, handlers, dispatch: createDispatcher(handlers, log, sessions.resolve), lan, close };
}

export type { CallContext, Clock, Actor };
export type { BackupSchedule } from './backup/schedule';
export type { Caller } from './api/dispatcher';
export type { PdfRenderer } from './letters/renderer';
