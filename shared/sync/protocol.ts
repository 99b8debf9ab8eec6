// Sync protocol v1 (DESIGN.md §7): the messages between an office and the ministry server, as zod
// schemas both sides parse with. Envelopes are strict (an unknown field is a 400, nothing written);
// a record's `data` is checked per entity (shared/sync/records.ts) and refused per change.
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

/** One push carries at most this many changes, and the client also keeps a batch under MAX_PUSH_BYTES. */
export const MAX_PUSH_CHANGES = 500;
/** The server refuses a larger request body (413); the client packs batches well under it. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
export const MAX_PUSH_BYTES = 2 * 1024 * 1024;
/** Attachments are PDFs of at most 10 MB (shared/schemas/attachment.ts); a little room above. */
export const MAX_BLOB_BYTES = 12 * 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;

/** The office app's version, sent on every sync request, shown in the console's sync health. */
export const VERSION_HEADER = 'x-tatbiq-version';
/** A version as the office sends it (0.1.0, 1.2.3-beta.1), or null for anything else: never trusted further than showing it. */
export function appVersionOf(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && /^[0-9A-Za-z.+-]{1,40}$/.test(header) ? header : null;
}
export const MAX_PULL_LIMIT = 2000;

/** What a token may do; an enrolled office gets all of them, a revoked token none. */
export const SCOPES = ['sync:push', 'sync:pull', 'blobs:write', 'blobs:read'] as const;
export type Scope = (typeof SCOPES)[number];

const shortText = (max: number) => z.string().min(1).max(max);
export const changeIdSchema = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, 'changeId is not a valid identifier');
export const recordIdSchema = shortText(64);
export const entityNameSchema = z.string().regex(/^[a-z][a-z_]{1,40}$/, 'entity is not a valid name');
export const sha256Pattern = /^[0-9a-f]{64}$/;

export const enrollRequest = z.strictObject({
  /** the one-time code the ministry gave the office */
  code: shortText(64),
  /** the office's own record id (its records carry it as officeId) */
  officeId: recordIdSchema,
  /** shown in the server's office list, e.g. the computer's name */
  client: z.string().max(200).optional(),
});
export type EnrollRequest = z.infer<typeof enrollRequest>;

export const serverOffice = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  province: z.string(),
  county: z.string(),
});
export type ServerOffice = z.infer<typeof serverOffice>;

export const enrollResponse = z.object({
  token: z.string(),
  office: serverOffice,
  scopes: z.array(z.enum(SCOPES)),
});
export type EnrollResponse = z.infer<typeof enrollResponse>;

export const change = z.strictObject({
  /** unique per record version the office sends; the server answers a repeat as it did the first time */
  changeId: changeIdSchema,
  entity: entityNameSchema,
  id: recordIdSchema,
  rev: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof change>;

export const pushRequest = z.strictObject({
  batchId: changeIdSchema,
  changes: z.array(change).min(1).max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const REJECTION_CODES = [
  /** the data does not match the entity's schema */
  'invalid',
  /** the entity is not one an office pushes */
  'unknown_entity',
  /** the record belongs to another office, or to the ministry */
  'not_owner',
  /** a status change the lifecycle table does not allow from the server's state */
  'transition',
  /** the server already holds a newer version of the record */
  'stale',
  /** the server holds this version of the record with other data: it is not overwritten */
  'conflict',
  /** the changeId was used before for another change */
  'reused_change',
  /** the server could not store the change (it is set aside; the rest of the batch goes on) */
  'unstorable',
  /** retryable: the record's parent has not reached the server yet */
  'missing_parent',
  /** retryable: an attachment's file has not reached the server yet */
  'missing_blob',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export const RETRYABLE: readonly RejectionCode[] = ['missing_parent', 'missing_blob'];

export const rejection = z.object({
  changeId: z.string(),
  code: z.enum(REJECTION_CODES),
  /** Persian, shown to the office's users as it is */
  reason: z.string(),
  /** the same change may succeed later (after its parent or file arrives) */
  retry: z.boolean(),
});
export type Rejection = z.infer<typeof rejection>;

export const pushResponse = z.object({
  batchId: z.string(),
  accepted: z.array(z.string()),
  rejected: z.array(rejection),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullQuery = z.strictObject({
  /** the cursor of the last page applied; absent or empty: from the beginning */
  since: z
    .string()
    .regex(/^\d{0,18}$/, 'since is not a cursor')
    .optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});

export const pulledChange = z.object({
  entity: z.string(),
  id: z.string(),
  rev: z.number().int(),
  /** 'national', 'province:<name>' or 'office:<id>' */
  scope: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type PulledChange = z.infer<typeof pulledChange>;

export const pullResponse = z.object({
  changes: z.array(pulledChange),
  cursor: z.string(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const blobPutResponse = z.object({ sha256: z.string(), size: z.number().int(), stored: z.boolean() });

export const health = z.object({
  ok: z.boolean(),
  protocol: z.literal(PROTOCOL_VERSION),
  version: z.string(),
  database: z.enum(['postgres', 'sqlite']),
});

export const letterVerifyQuery = z.strictObject({
  /** the issuing office's code, as the QR code carries it: a letter is looked up in its office only */
  office: shortText(64),
  /** as printed or as the QR code carries it (any digits) */
  number: shortText(64),
  /** Gregorian 'YYYY-MM-DD', or Jalali 'YYYY/MM/DD' as the QR code carries it */
  date: z.string().regex(/^\d{4}([-/])\d{2}\1\d{2}$/, 'date must be YYYY-MM-DD or Jalali YYYY/MM/DD'),
  hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'hash must be a SHA-256 in hex'),
});

export const letterVerifyResponse = z.object({
  /** true only when the named office pushed a letter with this number, this date and this content hash */
  valid: z.boolean(),
  /** Persian: what matched, or what did not */
  message: z.string(),
  office: z.object({ name: z.string(), county: z.string(), province: z.string() }).nullable(),
});
export type LetterVerifyResponse = z.infer<typeof letterVerifyResponse>;

/**
 * The office's audit chain as it stands (issue 16 item 13): its last event's hash and how many
 * events it holds. The server keeps the last one it accepted per office (GET/POST
 * /v1/sync/anchor); a new anchor must extend it: `base` is the office's event hash at the count
 * the server holds, which must be the head the server holds.
 */
export const auditAnchor = z.strictObject({
  head: z.string().regex(sha256Pattern),
  count: z.number().int().min(0),
});
export type AuditAnchor = z.infer<typeof auditAnchor>;

export const anchorRequest = z.strictObject({
  head: z.string().regex(sha256Pattern),
  count: z.number().int().min(0),
  /** the office's chain at the server's count (null when the server holds none) */
  base: auditAnchor.nullable(),
});
export type AnchorRequest = z.infer<typeof anchorRequest>;

export const anchorResponse = z.object({
  /** what the server holds now (null before the first anchor) */
  held: z.object({ head: z.string(), count: z.number().int() }).nullable(),
  /** the server's Persian reason when the chain went backwards or forked */
  flagged: z.string().nullable(),
});
export type AnchorResponse = z.infer<typeof anchorResponse>;

/** Every non-2xx answer: a stable code for programs and a Persian message for people. */
export const serverError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ServerError = z.infer<typeof serverError>;

export const scopeOf = {
  national: 'national',
  province: (name: string) => `province:${name}`,
  office: (id: string) => `office:${id}`,
};
