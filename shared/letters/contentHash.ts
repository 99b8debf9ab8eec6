// The content hash of an issued letter: the QR code carries it, the office computes it when it
// issues and again when it verifies, and the ministry server recomputes it from the pushed letter
// before it registers it (issue 16 item 8), so one office cannot register a hash its letter does
// not have. One function for all three: they must agree to the byte. It reads the letter's fields
// by the one list below, from the letter as its row keeps it (copies as JSON text), so no caller
// restates which fields are hashed. shared/ does no I/O, so the SHA-256 is @noble/hashes' (pure,
// audited) rather than node:crypto.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** What the reader of a letter sees, in the order it is hashed (after the office's code). */
export const HASHED_FIELDS = [
  'number',
  'letterDate',
  'kind',
  'recipient',
  'subject',
  'salutation',
  'body',
  'closing',
  'attachments',
  'copies',
  'signatoryName',
  'signatoryTitle',
] as const;

type HashedField = (typeof HASHED_FIELDS)[number];

/** A letter as its row (or its wire record) keeps it: every hashed field text, copies as JSON text. */
export type HashedLetter = Record<HashedField, string>;

/** SHA-256 of what the letter says, as a fixed-order JSON array (the QR code's hash); null when
 * the letter's copies are not a JSON list of lines. */
export function letterContentHash(officeCode: string, l: Readonly<HashedLetter>): string | null {
  let copies: unknown;
  try {
    copies = JSON.parse(l.copies);
  } catch {
    return null;
  }
  if (!Array.isArray(copies) || !copies.every((x) => typeof x === 'string')) return null;
  const canonical = JSON.stringify([
    'tatbiq-letter-v1',
    officeCode,
    ...HASHED_FIELDS.map((f) => (f === 'copies' ? copies : l[f])),
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** The hash of a letter as it goes on the wire (shared/sync/records.ts), issued by `officeCode`. */
export function wireLetterHash(officeCode: string, d: Record<string, unknown>): string | null {
  return letterContentHash(officeCode, Object.fromEntries(HASHED_FIELDS.map((f) => [f, String(d[f])])) as HashedLetter);
}
