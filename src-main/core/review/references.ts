// The catalog of legal references opinions and rulings cite (seeded by migration 0004, updated
// by sync), and the check that a citation names an entry that exists.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { legalReferenceText } from '../../../shared/domain/legalReferences';
import type { LegalReference } from '../../../shared/schemas/review';
import type { CoreContext } from '../context';

interface ReferenceRecord {
  id: string;
  law: string;
  article: string;
  note: string;
  subject: string;
  active: number;
}

const toReference = (r: ReferenceRecord): LegalReference => ({
  id: r.id,
  law: r.law,
  article: r.article,
  note: r.note,
  subject: r.subject,
  text: legalReferenceText(r),
  active: Boolean(r.active),
});

export async function listReferences(core: CoreContext, includeInactive: boolean): Promise<LegalReference[]> {
  const rows: ReferenceRecord[] = await core.db.read.query(
    `SELECT id, law, article, note, subject, active FROM legal_reference
      ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY sort_no, id`,
  );
  return rows.map(toReference);
}

/** Refuses (validation, on `field`) a citation of an unknown or withdrawn reference. */
export async function requireReferences(tx: EntityManager, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found: { id: string }[] = await tx.query(
    `SELECT id FROM legal_reference WHERE active = 1 AND id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  if (found.length !== ids.length) {
    const msg = 'مستند قانونی انتخاب‌شده در فهرست مستندات یافت نشد؛ فهرست را دوباره باز کنید.';
    throw new AppError('validation', msg, { [field]: msg });
  }
}
