// The office's users: created and edited by the admin; the first admin is made at office setup.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { User, userCreateInput, userListInput, userUpdateInput } from '../../../shared/schemas/user';
import type { Role } from '../../../shared/lifecycle/roles';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { OfficeEntity } from '../storage/entities';
import { storageMessages } from '../storage/messages';
import { newId } from '../ids';
import { hashPassword } from './password';
import { UserEntity, type UserRow } from './entities';
import { endSessionsOf } from './sessions';
import { requireRevision } from '../revision';
import { userMessages } from './messages';

const NOT_FOUND = userMessages.notFound;

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    fullName: r.fullName,
    title: r.title,
    role: r.role as Role,
    isChair: Boolean(r.isChair),
    active: Boolean(r.active),
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** What the audit log keeps of a user: never the password hash. */
const audited = (r: UserRow) => toUser(r);

export async function getUserRow(m: EntityManager, id: string): Promise<UserRow | null> {
  return m.getRepository(UserEntity).findOneBy({ id });
}

/** A user who may act in a role (assignment, sessions): active, with that role. */
export async function requireUserInRole(m: EntityManager, id: string, role: Role, field: string): Promise<UserRow> {
  const u = await getUserRow(m, id);
  if (!u || !u.active || u.role !== role) {
    const msg = role === 'expert' ? userMessages.expertUnavailable : userMessages.userUnavailable;
    throw new AppError('validation', msg, { [field]: msg });
  }
  return u;
}

async function checkUsernameFree(tx: EntityManager, username: string) {
  if (await tx.getRepository(UserEntity).findOneBy({ username })) {
    const msg = userMessages.usernameTaken(username);
    throw new AppError('duplicate', msg, { username: msg });
  }
}

async function checkSingleChair(tx: EntityManager, isChair: boolean, exceptId?: string) {
  if (!isChair) return;
  const chairs: { id: string }[] = await tx.query(
    'SELECT id FROM app_user WHERE is_chair = 1 AND active = 1 AND id IS NOT ?',
    [exceptId ?? null],
  );
  if (chairs.length) {
    const msg = userMessages.chairTaken;
    throw new AppError('validation', msg, { isChair: msg });
  }
}

/** The office a new user joins: the one this database belongs to (users knows it only as a table). */
async function officeIdOf(tx: EntityManager): Promise<string> {
  const [office] = await tx.getRepository(OfficeEntity).find({ select: { id: true }, take: 1 });
  if (!office) throw new AppError('not_configured', storageMessages.notConfigured);
  return office.id;
}

/** Checks the name and the chair, then inserts: used by createUser and by office setup for the first admin. */
export async function insertUser(
  tx: EntityManager,
  officeId: string,
  f: { username: string; fullName: string; title?: string; role: Role; isChair?: boolean; passwordHash: string },
  now: string,
): Promise<UserRow> {
  await checkUsernameFree(tx, f.username);
  await checkSingleChair(tx, Boolean(f.isChair));
  const row: UserRow = {
    id: newId(),
    officeId,
    username: f.username,
    fullName: f.fullName,
    title: f.title ?? '',
    role: f.role,
    isChair: Boolean(f.isChair),
    active: true,
    passwordHash: f.passwordHash,
    failedAttempts: 0,
    lockedUntil: null,
    rev: 1,
    createdAt: now,
    updatedAt: now,
  };
  await tx.getRepository(UserEntity).insert(row);
  return row;
}

export async function createUser(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof userCreateInput>,
): Promise<User> {
  // hash outside the write queue: scrypt takes ~100 ms and must not hold up other writers
  const passwordHash = await hashPassword(f.password);
  return core.db.write(async (tx) => {
    const now = core.clock().toISOString();
    const row = await insertUser(tx, await officeIdOf(tx), { ...f, passwordHash }, now);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'user',
      entityId: row.id,
      action: 'create',
      after: audited(row),
    });
    return toUser(row);
  });
}

export async function updateUser(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof userUpdateInput>,
): Promise<User> {
  return core.db.write(async (tx) => {
    const cur = await getUserRow(tx, f.id);
    if (!cur) throw new AppError('not_found', NOT_FOUND);
    requireRevision('user', cur.rev, f.rev);
    const losesAdmin = cur.role === 'admin' && cur.active && (f.role !== 'admin' || !f.active);
    if (losesAdmin) {
      const [{ n }] = await tx.query(`SELECT count(*) AS n FROM app_user WHERE role = 'admin' AND active = 1`);
      if (n <= 1) throw new AppError('validation', userMessages.lastAdmin);
    }
    if (f.active) await checkSingleChair(tx, f.isChair, cur.id);
    const now = core.clock().toISOString();
    const next: UserRow = {
      ...cur,
      fullName: f.fullName,
      title: f.title,
      role: f.role,
      isChair: f.active && f.isChair,
      active: f.active,
      rev: cur.rev + 1,
      updatedAt: now,
    };
    await tx.getRepository(UserEntity).update({ id: cur.id }, next);
    // a changed role or a deactivation takes effect at once, not at the next sign-in
    if (!f.active || f.role !== cur.role || f.isChair !== cur.isChair) await endSessionsOf(tx, cur.id);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'user',
      entityId: cur.id,
      action: 'update',
      before: audited(cur),
      after: audited(next),
    });
    return toUser(next);
  });
}

export async function resetPassword(core: CoreContext, call: CallContext, id: string, password: string) {
  const passwordHash = await hashPassword(password);
  await core.db.write(async (tx) => {
    const cur = await getUserRow(tx, id);
    if (!cur) throw new AppError('not_found', NOT_FOUND);
    const now = core.clock().toISOString();
    await tx
      .getRepository(UserEntity)
      .update({ id }, { passwordHash, failedAttempts: 0, lockedUntil: null, rev: cur.rev + 1, updatedAt: now });
    await endSessionsOf(tx, id);
    await recordAudit(tx, { actor: call.actor, at: now, entity: 'user', entityId: id, action: 'reset_password' });
  });
  return { ok: true as const };
}

export async function listUsers(core: CoreContext, f: z.output<typeof userListInput>): Promise<User[]> {
  const rows = await core.db.read.getRepository(UserEntity).find({ order: { fullName: 'ASC' } });
  return rows.filter((r) => (f.includeInactive || r.active) && (!f.role || r.role === f.role)).map(toUser);
}
