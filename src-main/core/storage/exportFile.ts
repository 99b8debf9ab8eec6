// A file the user asked for, written into a folder they chose (a letter's Word copy, the register
// as Excel): the folder checked before any work, a name not already taken, the bytes written under
// a temporary name beside it and renamed once complete (a failure leaves nothing under the final
// name), and a failure told in Persian by what the user can do about it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { exportFileMessages as msg } from './messages';

/** Refuses a relative path or a folder that does not exist; `example` shows a full path. */
export async function checkExportFolder(folder: string, example: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw new AppError('validation', msg.notAbsolute(example));
  const stat = await fs.promises.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) throw new AppError('validation', msg.noFolder);
}

/** A name not taken in the folder: «base.ext», then «base (2).ext», «base (3).ext»… */
export async function freeName(folder: string, base: string, ext: string): Promise<string> {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base}.${ext}` : `${base} (${i}).${ext}`;
    if (!(await fs.promises.stat(path.join(folder, name)).catch(() => null))) return name;
  }
}

/** The hidden temporary file beside `fileName`, renamed to it once complete. */
export const tempPathFor = (folder: string, fileName: string) =>
  path.join(folder, `.${fileName}.${crypto.randomBytes(4).toString('hex')}.part`);

/** The Persian message for a failed file operation; `failed` when the cause is none of the known ones. */
export function fileErrorMessage(e: unknown, failed: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return msg.diskFull;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return msg.notWritable;
  if (code === 'ENOENT' || code === 'ENOTDIR') return msg.noFolder;
  return failed;
}
