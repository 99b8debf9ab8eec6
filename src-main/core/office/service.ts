import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import type { Office, OfficeSetupInput } from '../../../shared/schemas/office';
import { toAsciiDigits } from '../../../shared/text/persian';
import type { z } from 'zod';
import type { officeSetupInput } from '../../../shared/schemas/office';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { OfficeEntity, type OfficeRow } from '../storage/entities';
import { newId } from '../ids';

export const NOT_CONFIGURED = 'ابتدا مشخصات دبیرخانه را ثبت کنید.';

function toOffice(r: OfficeRow): Office {
  return { ...r };
}

export async function findOffice(m: EntityManager): Promise<Office | null> {
  const r = await m.getRepository(OfficeEntity).find({ take: 1 });
  return r[0] ? toOffice(r[0]) : null;
}

/** The office every record belongs to; refuses work before setup. */
export async function requireOffice(m: EntityManager): Promise<Office> {
  const o = await findOffice(m);
  if (!o) throw new AppError('not_configured', NOT_CONFIGURED);
  return o;
}

export async function setupOffice(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof officeSetupInput>,
): Promise<Office> {
  return core.db.write(async (tx) => {
    if (await findOffice(tx)) throw new AppError('already_configured', 'مشخصات دبیرخانه قبلاً ثبت شده است.');
    const now = core.clock().toISOString();
    const row: OfficeRow = {
      id: newId(),
      ...input,
      code: toAsciiDigits(input.code),
      rev: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.getRepository(OfficeEntity).insert(row);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'office',
      entityId: row.id,
      action: 'setup',
      after: row,
    });
    core.log.info({ officeId: row.id }, 'office set up');
    return toOffice(row);
  });
}

export type { OfficeSetupInput };
