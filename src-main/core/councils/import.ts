// Importing councils from CSV or Excel: every row is checked first; one bad row means nothing is
// imported, and each error names its row so the file can be fixed and imported again. The file is
// read in a worker thread with a memory and time ceiling (parse.ts), so the app keeps answering
// while it is read, and a hostile file (a zip that inflates to gigabytes) ends in a refusal.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import type { CouncilImportResult } from '../../../shared/schemas/council';
import type { CallContext, CoreContext } from '../context';
import { recordAuditMany } from '../audit/log';
import { CouncilEntity } from '../storage/entities';
import { requireOffice } from '../office/service';
import { councilIdentity, duplicateCouncilMessage, newCouncilRow } from './service';
import { decodeBase64 } from '../attachments/service';
import { councilMessages as m } from './messages';
import { MAX_FILE_BYTES, type ParsedCouncils } from './parse';

export const HEADER_ERROR = m.header;

/** How long and how much memory reading one file may take. */
const READ_TIMEOUT_MS = 60_000;
const READ_HEAP_MB = 256;

/** The worker's script: bundled beside the app (build.mjs), or the TypeScript source under tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const built = path.join(__dirname, 'council-import-worker.js');
  if (fs.existsSync(built)) return { file: built, execArgv: [] };
  return { file: path.join(__dirname, 'importWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

type WorkerAnswer = { ok: true; result: ParsedCouncils } | { ok: false; code: string; message: string };

/** Reads the file in a worker thread; refuses what it cannot read within the ceilings. */
export function readCouncilFile(core: CoreContext, fileName: string, data: Buffer): Promise<ParsedCouncils> {
  const { file, execArgv } = workerEntry();
  const worker = new Worker(file, {
    execArgv,
    workerData: { fileName, data },
    resourceLimits: { maxOldGenerationSizeMb: READ_HEAP_MB },
  });
  return new Promise<ParsedCouncils>((resolve, reject) => {
    const timer = setTimeout(() => {
      core.log.warn({ fileName, bytes: data.length }, 'council file took too long to read');
      reject(new AppError('validation', m.tooComplex));
      void worker.terminate();
    }, READ_TIMEOUT_MS);
    worker.once('message', (a: WorkerAnswer) => {
      clearTimeout(timer);
      void worker.terminate();
      if (a.ok) return resolve(a.result);
      if (a.code === 'internal') {
        core.log.error({ fileName, err: a.message }, 'council file reader failed');
        return reject(new Error(a.message));
      }
      reject(new AppError(a.code as ErrorCode, a.message));
    });
    worker.once('error', (e: Error & { code?: string }) => {
      clearTimeout(timer);
      core.log.warn({ fileName, bytes: data.length, code: e.code, msg: e.message }, 'council file reader stopped');
      reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('validation', m.tooComplex) : e);
    });
  });
}

export async function importCouncils(
  core: CoreContext,
  call: CallContext,
  input: { fileName: string; dataBase64: string },
): Promise<CouncilImportResult> {
  // the size is checked before anything is decoded or read
  if ((input.dataBase64.length * 3) / 4 > MAX_FILE_BYTES + 3)
    throw new AppError('too_large', m.fileTooLarge(MAX_FILE_BYTES));
  const { parsed, errors } = await readCouncilFile(core, input.fileName, decodeBase64(input.dataBase64));
  if (errors.some((e) => e.row === 1) || (errors.length && !parsed.length)) {
    return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  }

  return core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    const existing = await tx.getRepository(CouncilEntity).find({ where: { officeId: office.id } });
    const seen = new Map(existing.map((c) => [councilIdentity(c), 0]));
    for (const p of parsed) {
      const key = councilIdentity(p.fields);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, p.row);
      else if (first === 0) errors.push({ row: p.row, message: duplicateCouncilMessage(p.fields) });
      else errors.push({ row: p.row, message: m.duplicateOfRow(first) });
    }
    if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
    if (!parsed.length) return { imported: 0, errors: [{ row: 2, message: m.empty }] };
    const now = core.clock().toISOString();
    const rows = parsed.map((p) => newCouncilRow(office.id, p.fields, now));
    for (let i = 0; i < rows.length; i += 200) await tx.getRepository(CouncilEntity).insert(rows.slice(i, i + 200));
    await recordAuditMany(
      tx,
      rows.map((row) => ({
        actor: call.actor,
        at: now,
        entity: 'council',
        entityId: row.id,
        action: 'import',
        after: row,
        reason: input.fileName,
      })),
    );
    core.log.info({ count: rows.length }, 'councils imported');
    return { imported: rows.length, errors: [] };
  });
}
