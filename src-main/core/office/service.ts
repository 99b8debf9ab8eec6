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
import { insertUser, toUser } from '../users/service';
import { actorOf } from '../users/actor';
import { hashPassword } from '../users/password';
import { storageMessages } from '../storage/messages';
import type { Sessions } from '../users/sessions';
import { officeMessages } from './messages';

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
  if (!o) throw new AppError('not_configured', storageMessages.notConfigured);
  return o;
}

/** Sets up the office and its first admin, and signs the admin in on the calling window. */
export async function setupOffice(
  core: CoreContext & { sessions: Sessions },
  call: CallContext,
  input: z.output<typeof officeSetupInput>,
): Promise<Office> {
  const { admin, ...fields } = input;
  // hash outside the write queue, as createUser does
  const passwordHash = await hashPassword(admin.password);
  const result = await core.db.write(async (tx) => {
    if (await findOffice(tx)) throw new AppError('already_configured', officeMessages.alreadyConfigured);
    const now = core.clock().toISOString();
    const row: OfficeRow = {
      id: newId(),
      ...fields,
      code: toAsciiDigits(fields.code),
      rev: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.getRepository(OfficeEntity).insert(row);
    const user = await insertUser(
      tx,
      row.id,
      { ...admin, passwordHash, role: 'admin', title: officeMessages.adminTitle },
      now,
    );
    const actor = actorOf(user);
    await recordAudit(tx, {
      actor,
      at: now,
      entity: 'office',
      entityId: row.id,
      action: 'setup',
      after: { office: row, admin: toUser(user) },
    });
    core.log.info({ officeId: row.id }, 'office set up');
    return { office: toOffice(row), token: await core.sessions.open(tx, user.id, now, call) };
  });
  call.setSession?.(result.token);
  return result.office;
}

export type { OfficeSetupInput };
