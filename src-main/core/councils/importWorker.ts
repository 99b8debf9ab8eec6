// The worker thread that reads a council file (parse.ts); import.ts starts one per import.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { parseCouncilFile } from './parse';

const { fileName, data } = workerData as { fileName: string; data: Uint8Array };
parseCouncilFile(fileName, Buffer.from(data.buffer, data.byteOffset, data.byteLength)).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (e: unknown) =>
    parentPort!.postMessage(
      e instanceof AppError
        ? { ok: false, code: e.code, message: e.message }
        : { ok: false, code: 'internal', message: e instanceof Error ? e.message : String(e) },
    ),
);
