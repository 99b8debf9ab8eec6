// The content hash of an issued letter: the QR code carries it, the office computes it when it
// issues, and the ministry server recomputes it from the pushed letter before it registers it
// (issue 16 item 8), so one office cannot register a hash its letter does not have. One function
// for both sides: they must agree to the byte. shared/ does no I/O, so the SHA-256 is
// @noble/hashes' (pure, audited) rather than node:crypto.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export interface HashedContent {
  officeCode: string;
  number: string;
  letterDate: string;
  kind: string;
  recipient: string;
  subject: string;
  salutation: string;
  body: string;
  closing: string;
  attachments: string;
  copies: readonly string[];
  signatoryName: string;
  signatoryTitle: string;
}

/** SHA-256 of what the letter says, as a fixed-order JSON array (the QR code's hash). */
export function letterContentHash(c: HashedContent): string {
  const canonical = JSON.stringify([
    'tatbiq-letter-v1',
    c.officeCode,
    c.number,
    c.letterDate,
    c.kind,
    c.recipient,
    c.subject,
    c.salutation,
    c.body,
    c.closing,
    c.attachments,
    [...c.copies],
    c.signatoryName,
    c.signatoryTitle,
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** The hash of a letter as it goes on the wire (shared/sync/records.ts), issued by `officeCode`. */
export function wireLetterHash(officeCode: string, d: Record<string, unknown>): string | null {
  let copies: unknown;
  try {
    copies = JSON.parse(String(d.copies));
  } catch {
    return null;
  }
  if (!Array.isArray(copies) || !copies.every((x) => typeof x === 'string')) return null;
  return letterContentHash({
    officeCode,
    number: String(d.number),
    letterDate: String(d.letterDate),
    kind: String(d.kind),
    recipient: String(d.recipient),
    subject: String(d.subject),
    salutation: String(d.salutation),
    body: String(d.body),
    closing: String(d.closing),
    attachments: String(d.attachments),
    copies: copies as string[],
    signatoryName: String(d.signatoryName),
    signatoryTitle: String(d.signatoryTitle),
  });
}
