import { z } from 'zod';
import { fileName, safeString, sha256Schema } from './fields';

/** Scans of council minutes and resolution texts: PDF only, so every attachment prints and archives alike. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf'] as const;

export const attachmentUploadInput = z.object({
  name: fileName(),
  dataBase64: safeString().min(1, 'پرونده خالی است.'),
});

export const blobInfo = z.object({
  sha256: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});
export type BlobInfo = z.infer<typeof blobInfo>;

export const attachmentRef = z.object({
  sha256: sha256Schema,
  name: fileName(),
});

export const attachment = z.object({
  id: z.string(),
  sha256: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentReadInput = z.object({ sha256: sha256Schema });
export const attachmentContent = z.object({
  sha256: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
});
