import { AppError } from '../../../shared/api/errors';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type BlobInfo } from '../../../shared/schemas/attachment';
import { formatNumberFa } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { AttachmentEntity } from '../storage/entities';
import { attachmentMessages } from './messages';

const PDF_MAGIC = Buffer.from('%PDF-');

export function decodeBase64(data: string): Buffer {
  // Buffer.from ignores junk silently; a strict check keeps a corrupt upload from being stored.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 !== 0) {
    throw new AppError('validation', attachmentMessages.corrupt);
  }
  return Buffer.from(data, 'base64');
}

export async function uploadAttachment(
  core: CoreContext,
  input: { name: string; dataBase64: string },
): Promise<BlobInfo> {
  if (input.dataBase64.length > Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4) throw tooLarge();
  const data = decodeBase64(input.dataBase64);
  if (data.length === 0) throw new AppError('validation', attachmentMessages.empty);
  if (data.length > ATTACHMENT_MAX_BYTES) throw tooLarge();
  if (!data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw new AppError('unsupported_type', attachmentMessages.notPdf(input.name));
  }
  const sha256 = await core.blobs.put(data);
  return { sha256, name: input.name, mimeType: ATTACHMENT_TYPES[0], size: data.length };
}

function tooLarge() {
  const mb = formatNumberFa(ATTACHMENT_MAX_BYTES / (1024 * 1024));
  return new AppError('too_large', attachmentMessages.tooLarge(mb));
}

export async function readAttachment(core: CoreContext, sha256: string) {
  // Only what is attached to a record can be read back, not any stored blob by guessing.
  const row = await core.db.read.getRepository(AttachmentEntity).findOneBy({ sha256 });
  const data = row ? await core.blobs.get(sha256) : null;
  if (!row || !data) throw new AppError('not_found', attachmentMessages.notFound);
  return { sha256, mimeType: row.mimeType, dataBase64: data.toString('base64') };
}
