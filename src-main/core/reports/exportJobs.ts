// Exports that take a while run as jobs (issue 12): started by one call, watched by polling
// reports.exportJob (rows written of the total), cancelled by reports.cancelExport. Kept in memory
// per open core: a job is only about a file being written now; the finished file is the record.
import crypto from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { ExportJob } from '../../../shared/reports/exportJob';
import type { CallContext, CoreContext } from '../context';
import type { Database } from '../storage/database';
import { registerExportMessages as msg } from './messages';

export interface Job {
  view: ExportJob;
  actorId: string;
  temp: string;
  cancelRequested: boolean;
  done: Promise<void>;
  endedAt: number | null;
}

/** finished jobs are forgotten after this long (the page has long since read the outcome) */
const KEEP_MS = 60 * 60_000;
const jobs = new WeakMap<Database, Map<string, Job>>();

function jobsOf(core: CoreContext): Map<string, Job> {
  let m = jobs.get(core.db);
  if (!m) jobs.set(core.db, (m = new Map()));
  const now = Date.now();
  for (const [id, j] of m)
    if (j.view.state !== 'running' && j.endedAt !== null && now - j.endedAt > KEEP_MS) m.delete(id);
  return m;
}

export function addJob(core: CoreContext, actorId: string, f: { fileName: string; total: number; temp: string }): Job {
  const id = crypto.randomBytes(12).toString('base64url');
  const job: Job = {
    view: { id, state: 'running', written: 0, total: f.total, fileName: f.fileName, path: null, message: null },
    actorId,
    temp: f.temp,
    cancelRequested: false,
    done: Promise.resolve(),
    endedAt: null,
  };
  jobsOf(core).set(id, job);
  return job;
}

function jobFor(core: CoreContext, call: CallContext, id: string): Job {
  const j = jobsOf(core).get(id);
  // another user's export is not theirs to watch or stop
  if (!j || j.actorId !== call.actor.id) throw new AppError('not_found', msg.unknownJob);
  return j;
}

export async function exportJobStatus(core: CoreContext, call: CallContext, id: string): Promise<ExportJob> {
  return { ...jobFor(core, call, id).view };
}

/** Stops the job at its next batch and waits until its temporary file is gone. */
export async function cancelExport(core: CoreContext, call: CallContext, id: string): Promise<ExportJob> {
  const j = jobFor(core, call, id);
  j.cancelRequested = true;
  await j.done;
  return { ...j.view };
}
