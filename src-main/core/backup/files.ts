// File work of a backup: hashing and copying blobs (files are written durably: storage/blobs).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const BLOB_NAME = /^[0-9a-f]{64}$/;

export async function fileSha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function fsyncFile(file: string): Promise<void> {
  const fh = await fs.promises.open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** The blob store's files as `blobs/<ab>/<sha256>` paths (temporary files of a write in progress left out). */
export async function listBlobs(blobDir: string): Promise<string[]> {
  const out: string[] = [];
  let shards: string[];
  try {
    shards = await fs.promises.readdir(blobDir);
  } catch {
    return out;
  }
  for (const shard of shards.sort()) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of (await fs.promises.readdir(path.join(blobDir, shard))).sort()) {
      if (BLOB_NAME.test(name) && name.startsWith(shard)) out.push(`blobs/${shard}/${name}`);
    }
  }
  return out;
}

/**
 * Copies a blob into a backup. Inside the office's own backups folder a hard link does (blobs are
 * never changed in place: the store writes beside and renames), so seven daily backups do not
 * hold seven copies of every scan; anywhere else (a USB disk) it is a real copy.
 */
export async function copyBlob(from: string, to: string, link: boolean): Promise<void> {
  await fs.promises.mkdir(path.dirname(to), { recursive: true });
  if (link) {
    try {
      await fs.promises.link(from, to);
      return;
    } catch {
      // another file system, or links not allowed: copy
    }
  }
  await fs.promises.copyFile(from, to);
  await fsyncFile(to);
}

/** A manifest path is relative, forward-slashed and stays inside the backup's folder. */
export function safeRelative(p: string): boolean {
  if (p.includes('\\') || p.startsWith('/') || /^[a-zA-Z]:/.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
