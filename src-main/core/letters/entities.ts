// The letters' tables, declared once: an official letter (a draft, then issued with its number,
// date and content hash, perhaps voided), each printed copy of an issued one, and the templates.
import type { LetterKind, LetterStatus } from '../../../shared/letters/kinds';
import { col, defineTable, type RowOf } from '../storage/table';

export const letterTable = defineTable('letter', {
  id: col.id(),
  officeId: col.text(),
  kind: col.text<LetterKind>(),
  status: col.text<LetterStatus>(),
  resolutionId: col.maybeText(),
  sessionId: col.maybeText(),
  councilId: col.maybeText(),
  year: col.maybeInt(),
  serial: col.maybeInt(),
  number: col.maybeText(),
  numberKey: col.maybeText(),
  letterDate: col.maybeText(),
  recipient: col.text(),
  subject: col.text(),
  salutation: col.text(),
  body: col.text(),
  closing: col.text(),
  attachments: col.text(),
  /** JSON array of the copy lines */
  copies: col.text().withDefault(),
  signatoryName: col.text(),
  signatoryTitle: col.text(),
  /** JSON of the letterhead printed on an issued letter */
  letterhead: col.maybeText(),
  contentHash: col.maybeText(),
  pdfSha256: col.maybeText(),
  pdfPages: col.maybeInt(),
  /** 0 or 1 */
  signed: col.int().withDefault(),
  certificateSubject: col.maybeText(),
  printCount: col.int().withDefault(),
  voidReason: col.maybeText(),
  voidedAt: col.maybeText(),
  voidedBy: col.maybeText(),
  voidedByName: col.maybeText(),
  issuedAt: col.maybeText(),
  issuedBy: col.maybeText(),
  issuedByName: col.maybeText(),
  searchKey: col.text(),
  createdBy: col.text(),
  createdByName: col.text(),
  rev: col.int().withDefault(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type LetterRow = RowOf<typeof letterTable>;

export const letterCopyTable = defineTable('letter_copy', {
  id: col.id(),
  letterId: col.text(),
  copyNo: col.int(),
  pdfSha256: col.text(),
  printedAt: col.text(),
  printedBy: col.text(),
  printedByName: col.text(),
});

/** The template of a kind the office (or the ministry, updatedBy 'ministry') wrote over the shipped one. */
export const letterTemplateTable = defineTable('letter_template', {
  kind: col.id<LetterKind>(),
  recipient: col.text(),
  subject: col.text(),
  salutation: col.text(),
  body: col.text(),
  closing: col.text(),
  attachments: col.text(),
  /** JSON array of the copy lines */
  copies: col.text(),
  rev: col.int().withDefault(),
  updatedBy: col.text(),
  updatedAt: col.text(),
});
export type LetterTemplateRow = RowOf<typeof letterTemplateTable>;

/** The office's one signing certificate (PKCS#12), its password never stored (settings.ts). */
export const signingCertificateTable = defineTable('signing_certificate', {
  id: col.intId(),
  p12: col.blob(),
  subject: col.text(),
  issuer: col.text(),
  serialNumber: col.text(),
  validFrom: col.text(),
  validTo: col.text(),
  fingerprint: col.text(),
  importedBy: col.text(),
  importedAt: col.text(),
});

export const LETTER_TABLES = [letterTable, letterCopyTable, letterTemplateTable, signingCertificateTable];
