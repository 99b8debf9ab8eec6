// The catalogs opinions and rulings cite: the national one (seeded by migrations 0004 and 0008,
// updated by sync), cited by id; and the office's own entries (issue 11), citations the office
// uses often, which a record copies as written-out citations, so what it cites reads the same
// wherever the record goes. Also the check that a citation by id names a national entry.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { citationText, legalReferenceText } from '../../../shared/domain/legalReferences';
import type { LegalReference, officeReferenceInput } from '../../../shared/schemas/review';
import { searchKey } from '../../../shared/text/persian';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { newId } from '../ids';
import { insertRow, type RowOf } from '../storage/table';
import { officeReferenceTable, type LegalReferenceRow } from './entities';
import { reviewMessages as msg } from './messages';

/** A legal_reference row as the list reads it (active 0 or 1). */
type ReferenceRecord = Pick<LegalReferenceRow, 'id' | 'law' | 'article' | 'note' | 'subject'> & { active: number };

/** An office_reference row as raw SQL reads it (active 0 or 1). */
type OfficeReferenceRecord = Omit<RowOf<typeof officeReferenceTable>, 'active'> & { active: number };

const toReference = (r: ReferenceRecord): LegalReference => ({
  id: r.id,
  source: 'national',
  law: r.law,
  article: r.article,
  note: r.note,
  subject: r.subject,
  text: legalReferenceText(r),
  active: Boolean(r.active),
});

const fromOffice = (r: OfficeReferenceRecord): LegalReference => ({
  id: r.id,
  source: 'office',
  law: r.law,
  article: r.article,
  note: '',
  subject: r.text,
  text: citationText(r),
  active: Boolean(r.active),
});

const OFFICE_COLUMNS = `id, law, article, text, active, created_by AS createdBy, rev, created_at AS createdAt,
  updated_at AS updatedAt`;

export async function listReferences(core: CoreContext, includeInactive: boolean): Promise<LegalReference[]> {
  const where = includeInactive ? '' : 'WHERE active = 1';
  const national: ReferenceRecord[] = await core.db.read.query(
    `SELECT id, law, article, note, subject, active FROM legal_reference ${where} ORDER BY sort_no, id`,
  );
  const office: OfficeReferenceRecord[] = await core.db.read.query(
    `SELECT ${OFFICE_COLUMNS} FROM office_reference ${where} ORDER BY law, article, id`,
  );
  return [...national.map(toReference), ...office.map(fromOffice)];
}

/** Adds an entry to the office's catalog, or corrects or withdraws one (kept, inactive). */
export async function saveOfficeReference(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof officeReferenceInput>,
): Promise<LegalReference> {
  const id = await core.db.write(async (tx) => {
    const now = core.clock().toISOString();
    const cur = f.id
      ? (
          (await tx.query(`SELECT ${OFFICE_COLUMNS} FROM office_reference WHERE id = ?`, [
            f.id,
          ])) as OfficeReferenceRecord[]
        )[0]
      : undefined;
    if (f.id && !cur) throw new AppError('not_found', msg.officeReferenceNotFound);
    const key = (r: { law: string; article: string }) => `${searchKey(r.law)}|${searchKey(r.article)}`;
    const same: OfficeReferenceRecord[] = await tx.query(
      `SELECT ${OFFICE_COLUMNS} FROM office_reference WHERE active = 1 AND id IS NOT ?`,
      [f.id ?? null],
    );
    if (f.active && same.some((r) => key(r) === key(f))) {
      throw new AppError('duplicate', msg.officeReferenceDuplicate, { article: msg.officeReferenceDuplicate });
    }
    const next: OfficeReferenceRecord = {
      id: cur?.id ?? `office-${newId()}`,
      law: f.law,
      article: f.article,
      text: f.text,
      active: f.active ? 1 : 0,
      createdBy: cur?.createdBy ?? call.actor.id,
      rev: (cur?.rev ?? 0) + 1,
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
    };
    if (cur) {
      await tx.query(
        `UPDATE office_reference SET law = ?, article = ?, text = ?, active = ?, rev = ?, updated_at = ? WHERE id = ?`,
        [next.law, next.article, next.text, next.active, next.rev, now, next.id],
      );
    } else {
      await insertRow(tx, officeReferenceTable, { ...next, active: !!next.active, createdAt: now, updatedAt: now });
    }
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'office_reference',
      entityId: next.id,
      action: cur ? 'update' : 'create',
      before: cur,
      after: next,
    });
    return next.id;
  });
  const [row]: OfficeReferenceRecord[] = await core.db.read.query(
    `SELECT ${OFFICE_COLUMNS} FROM office_reference WHERE id = ?`,
    [id],
  );
  return fromOffice(row);
}

/** Refuses (validation, on `field`) a citation by id of an unknown or withdrawn national entry. */
export async function requireReferences(tx: EntityManager, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found: { id: string }[] = await tx.query(
    `SELECT id FROM legal_reference WHERE active = 1 AND id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  if (found.length !== ids.length) {
    const office = ids.some((id) => id.startsWith('office-'));
    const m = office ? msg.notInNationalCatalog : msg.referenceNotFound;
    throw new AppError('validation', m, { [field]: m });
  }
}
