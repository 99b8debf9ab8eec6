// Content-addressed files beside the database: the name is the SHA-256 of the bytes, so a file
// is stored once however often it is attached, and a damaged copy is detectable.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface BlobStore {
  put(data: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer | null>;
  has(sha256: string): boolean;
}

/**
 * Writes beside, fsyncs, then renames: a crash (or a USB disk pulled) never leaves a half file
 * under a valid name. The temporary name is unique, so two writers of one file do not collide.
 */
export async function writeFileDurably(file: string, data: Buffer | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fh = await fs.promises.open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.promises.rename(tmp, file);
}

export function sha256Hex(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export function openBlobStore(dir: string): BlobStore {
  const where = (h: string) => path.join(dir, h.slice(0, 2), h);
  return {
    async put(data) {
      const h = sha256Hex(data);
      const target = where(h);
      if (fs.existsSync(target)) return h;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await writeFileDurably(target, data);
      return h;
    },
    async get(h) {
      if (!/^[0-9a-f]{64}$/.test(h)) return null;
      try {
        const data = await fs.promises.readFile(where(h));
        return sha256Hex(data) === h ? data : null;
      } catch {
        return null;
      }
    },
    has(h) {
      return /^[0-9a-f]{64}$/.test(h) && fs.existsSync(where(h));
    },
  };
}
