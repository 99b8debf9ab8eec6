// The panel's contacts (issue 15 item 6): the active members (the chair first) and the
// secretariat, with the phone and email the secretary keeps for them. Each edit is audited.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { Contact, contactInput } from '../../../shared/schemas/contact';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { insertRow } from '../storage/table';
import { userContactTable } from './entities';
import { contactMessages as msg } from './messages';

const SELECT = `SELECT u.id AS userId, u.full_name AS fullName, u.title, u.role, u.is_chair AS isChair,
    coalesce(c.phone, '') AS phone, coalesce(c.email, '') AS email
  FROM app_user u LEFT JOIN user_contact c ON c.user_id = u.id
  WHERE u.active = 1 AND u.role IN ('member', 'secretary')`;

type Row = Omit<Contact, 'isChair'> & { isChair: number };
const toContact = (r: Row): Contact => ({ ...r, isChair: Boolean(r.isChair) });

export async function listContacts(m: EntityManager): Promise<Contact[]> {
  const rows: Row[] = await m.query(`${SELECT} ORDER BY u.role = 'secretary', u.is_chair DESC, u.full_name`);
  return rows.map(toContact);
}

export async function updateContact(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof contactInput>,
): Promise<Contact> {
  return core.db.write(async (tx) => {
    const [cur]: Row[] = await tx.query(`${SELECT} AND u.id = ?`, [f.userId]);
    if (!cur) throw new AppError('not_found', msg.notOnPanel);
    const at = core.clock().toISOString();
    await insertRow(
      tx,
      userContactTable,
      { userId: f.userId, phone: f.phone, email: f.email, updatedAt: at },
      { onConflict: ['userId'] },
    );
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'user_contact',
      entityId: f.userId,
      action: 'update_contact',
      before: { phone: cur.phone, email: cur.email },
      after: { phone: f.phone, email: f.email },
    });
    return toContact({ ...cur, phone: f.phone, email: f.email });
  });
}
