// A letter as read (one row of `letter`, declared in entities.ts) and its API shape; the hash of
// its content that the QR code carries is shared/letters/contentHash.ts's, re-exported here.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { Letter, Letterhead } from '../../../shared/schemas/letter';
import { selectList } from '../storage/columns';
import { columnsOf } from '../storage/table';
import { letterTable, type LetterRow } from './entities';
import { letterMessages } from './messages';

/** The columns a letter is read without: the register's keys and who, by id (their names are kept). */
const UNREAD = ['numberKey', 'searchKey', 'voidedBy', 'issuedBy', 'createdBy'] as const;

/** One row of `letter` as it is read, with its council's kind and name. */
export type LetterRecord = Omit<LetterRow, (typeof UNREAD)[number]> & {
  councilKind: string | null;
  councilName: string | null;
};

/** The SELECT list of a LetterRecord: the table's columns (less UNREAD) and the council's two. */
export const LETTER_COLUMNS = selectList({
  ...columnsOf(letterTable, 'l', UNREAD),
  councilKind: 'c.kind',
  councilName: 'c.name',
});

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

/** The fields of a LetterRecord the API shows as they are stored: exactly Letter's, less four. */
type ShownAsStored = Omit<
  LetterRecord,
  'officeId' | 'councilKind' | 'councilName' | 'letterDate' | 'copies' | 'signed' | 'letterhead'
>;
const _sameFields: [keyof ShownAsStored] extends [keyof Letter]
  ? [Exclude<keyof Letter, keyof ShownAsStored>] extends ['date' | 'councilName' | 'copies' | 'signed']
    ? true
    : never
  : never = true;

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
