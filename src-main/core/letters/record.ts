// A letter as stored (one row of `letter`), its API shape, and the hash of its content that the
// QR code carries. The hash covers everything the reader of the letter sees, in a fixed order.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { Letter, Letterhead } from '../../../shared/schemas/letter';
import { selectList } from '../storage/columns';
import { letterMessages } from './messages';

/** The fields the API shows as stored; the rest of `Letter` is read from the row below. */
type StoredAsShown = Omit<Letter, 'date' | 'councilName' | 'copies' | 'signed'>;

/** One row of `letter` (with its council's kind and name), typed from the API's schema. */
export type LetterRecord = StoredAsShown & {
  officeId: string;
  councilKind: string | null;
  councilName: string | null;
  letterDate: string | null;
  /** JSON array of the copy lines */
  copies: string;
  /** 0 or 1 */
  signed: number;
  /** JSON of the letterhead printed on an issued letter */
  letterhead: string | null;
};

/** Where each field of a LetterRecord is read from: the one list of the row's columns. */
const LETTER_ROW: Record<keyof LetterRecord, string> = {
  id: 'l.id',
  officeId: 'l.office_id',
  kind: 'l.kind',
  status: 'l.status',
  resolutionId: 'l.resolution_id',
  sessionId: 'l.session_id',
  councilId: 'l.council_id',
  councilKind: 'c.kind',
  councilName: 'c.name',
  year: 'l.year',
  serial: 'l.serial',
  number: 'l.number',
  letterDate: 'l.letter_date',
  recipient: 'l.recipient',
  subject: 'l.subject',
  salutation: 'l.salutation',
  body: 'l.body',
  closing: 'l.closing',
  attachments: 'l.attachments',
  copies: 'l.copies',
  signatoryName: 'l.signatory_name',
  signatoryTitle: 'l.signatory_title',
  letterhead: 'l.letterhead',
  contentHash: 'l.content_hash',
  pdfSha256: 'l.pdf_sha256',
  pdfPages: 'l.pdf_pages',
  signed: 'l.signed',
  certificateSubject: 'l.certificate_subject',
  printCount: 'l.print_count',
  voidReason: 'l.void_reason',
  voidedAt: 'l.voided_at',
  voidedByName: 'l.voided_by_name',
  issuedAt: 'l.issued_at',
  issuedByName: 'l.issued_by_name',
  createdAt: 'l.created_at',
  createdByName: 'l.created_by_name',
  updatedAt: 'l.updated_at',
  rev: 'l.rev',
};

export const LETTER_COLUMNS = selectList(LETTER_ROW);

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
  // what is shown as stored passes through; the rest is read from its stored form
  const {
    officeId: _o,
    councilKind: _k,
    councilName: _n,
    letterDate,
    copies: _c,
    signed,
    letterhead: _l,
    ...shown
  } = r;
  return { ...shown, date: letterDate, councilName: councilNameOf(r), copies: copiesOf(r), signed: !!signed };
}

// one function with the ministry server, which recomputes it from the pushed letter
export { letterContentHash as contentHash } from '../../../shared/letters/contentHash';
