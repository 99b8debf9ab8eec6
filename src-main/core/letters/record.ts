// A letter as stored (one row of `letter`), its API shape, and the hash of its content that the
// QR code carries. The hash covers everything the reader of the letter sees, in a fixed order.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { LetterKind, LetterStatus } from '../../../shared/letters/kinds';
import type { Letter, Letterhead } from '../../../shared/schemas/letter';
import { letterMessages } from './messages';

export interface LetterRecord {
  id: string;
  officeId: string;
  kind: LetterKind;
  status: LetterStatus;
  resolutionId: string | null;
  sessionId: string | null;
  councilId: string | null;
  councilKind: string | null;
  councilName: string | null;
  year: number | null;
  serial: number | null;
  number: string | null;
  letterDate: string | null;
  recipient: string;
  subject: string;
  salutation: string;
  body: string;
  closing: string;
  attachments: string;
  copies: string;
  signatoryName: string;
  signatoryTitle: string;
  letterhead: string | null;
  contentHash: string | null;
  pdfSha256: string | null;
  pdfPages: number | null;
  signed: number;
  certificateSubject: string | null;
  printCount: number;
  voidReason: string | null;
  voidedAt: string | null;
  voidedByName: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
  createdAt: string;
  createdByName: string;
  updatedAt: string;
  rev: number;
}

export const LETTER_COLUMNS = `l.id, l.office_id AS officeId, l.kind, l.status, l.resolution_id AS resolutionId,
  l.session_id AS sessionId, l.council_id AS councilId, c.kind AS councilKind, c.name AS councilName,
  l.year, l.serial, l.number, l.letter_date AS letterDate, l.recipient, l.subject, l.salutation, l.body, l.closing,
  l.attachments, l.copies, l.signatory_name AS signatoryName, l.signatory_title AS signatoryTitle, l.letterhead,
  l.content_hash AS contentHash, l.pdf_sha256 AS pdfSha256, l.pdf_pages AS pdfPages, l.signed,
  l.certificate_subject AS certificateSubject, l.print_count AS printCount, l.void_reason AS voidReason,
  l.voided_at AS voidedAt, l.voided_by_name AS voidedByName, l.issued_at AS issuedAt,
  l.issued_by_name AS issuedByName, l.created_at AS createdAt, l.created_by_name AS createdByName,
  l.updated_at AS updatedAt, l.rev`;

export const LETTER_FROM = 'letter l LEFT JOIN council c ON c.id = l.council_id';

export const LETTER_NOT_FOUND = letterMessages.notFound;

export async function findLetter(m: EntityManager, id: string): Promise<LetterRecord | null> {
  const rows: LetterRecord[] = await m.query(`SELECT ${LETTER_COLUMNS} FROM ${LETTER_FROM} WHERE l.id = ?`, [id]);
  return rows[0] ?? null;
}

export async function requireLetter(m: EntityManager, id: string): Promise<LetterRecord> {
  const r = await findLetter(m, id);
  if (!r) throw new AppError('not_found', LETTER_NOT_FOUND);
  return r;
}

export function councilNameOf(r: Pick<LetterRecord, 'councilKind' | 'councilName'>): string | null {
  return r.councilKind && r.councilName ? councilDisplayName({ kind: r.councilKind, name: r.councilName }) : null;
}

export function copiesOf(r: Pick<LetterRecord, 'copies'>): string[] {
  return JSON.parse(r.copies) as string[];
}

export function letterheadOf(r: Pick<LetterRecord, 'letterhead'>): Letterhead | null {
  return r.letterhead ? (JSON.parse(r.letterhead) as Letterhead) : null;
}

export function toLetter(r: LetterRecord): Letter {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    number: r.number,
    year: r.year,
    serial: r.serial,
    date: r.letterDate,
    resolutionId: r.resolutionId,
    sessionId: r.sessionId,
    councilId: r.councilId,
    councilName: councilNameOf(r),
    recipient: r.recipient,
    subject: r.subject,
    salutation: r.salutation,
    body: r.body,
    closing: r.closing,
    attachments: r.attachments,
    copies: copiesOf(r),
    signatoryName: r.signatoryName,
    signatoryTitle: r.signatoryTitle,
    contentHash: r.contentHash,
    pdfSha256: r.pdfSha256,
    pdfPages: r.pdfPages,
    signed: !!r.signed,
    certificateSubject: r.certificateSubject,
    printCount: r.printCount,
    voidReason: r.voidReason,
    voidedAt: r.voidedAt,
    voidedByName: r.voidedByName,
    issuedAt: r.issuedAt,
    issuedByName: r.issuedByName,
    createdAt: r.createdAt,
    createdByName: r.createdByName,
    updatedAt: r.updatedAt,
    rev: r.rev,
  };
}

// one function with the ministry server, which recomputes it from the pushed letter
export { letterContentHash as contentHash, type HashedContent } from '../../../shared/letters/contentHash';
