import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { Council, councilInput, councilUpdateInput } from '../../../shared/schemas/council';
import { searchKey, toAsciiDigits } from '../../../shared/text/persian';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { CouncilEntity, type CouncilRow } from '../storage/entities';
import { requireOffice } from '../office/service';
import { newId } from '../ids';
import { reindexCouncil } from '../storage/fts';
import { requireRevision } from '../revision';
import { councilMessages } from './messages';

export type CouncilFields = z.output<typeof councilInput>;

export function toCouncil(r: CouncilRow): Council {
  return {
    id: r.id,
    officeId: r.officeId,
    name: r.name,
    displayName: councilDisplayName(r),
    kind: r.kind as Council['kind'],
    county: r.county,
    province: r.province,
    nationalCode: r.nationalCode,
    active: Boolean(r.active),
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Two councils are the same when kind, county and name match in any spelling. */
export const councilIdentity = (f: { kind: string; county: string; name: string }) =>
  `${f.kind}|${searchKey(f.county)}|${searchKey(f.name)}`;

export function duplicateCouncilMessage(f: { kind: string; name: string }): string {
  return councilMessages.duplicate(councilDisplayName(f));
}

async function findSame(tx: EntityManager, officeId: string, f: CouncilFields, exceptId?: string) {
  const same = await tx.getRepository(CouncilEntity).find({
    where: { officeId, kind: f.kind, nameKey: searchKey(f.name) },
  });
  return same.find((c) => c.id !== exceptId && searchKey(c.county) === searchKey(f.county));
}

export function newCouncilRow(officeId: string, f: CouncilFields, now: string): CouncilRow {
  return {
    id: newId(),
    officeId,
    name: f.name,
    nameKey: searchKey(f.name),
    kind: f.kind,
    county: f.county,
    province: f.province,
    nationalCode: toAsciiDigits(f.nationalCode),
    active: true,
    rev: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export async function listCouncils(core: CoreContext, includeInactive: boolean): Promise<Council[]> {
  const rows = await core.db.read.getRepository(CouncilEntity).find({
    where: includeInactive ? {} : { active: true },
  });
  return rows.map(toCouncil).sort((a, b) => a.displayName.localeCompare(b.displayName, 'fa'));
}

export async function createCouncil(core: CoreContext, call: CallContext, f: CouncilFields): Promise<Council> {
  return core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    if (await findSame(tx, office.id, f)) {
      throw new AppError('duplicate', duplicateCouncilMessage(f), { name: duplicateCouncilMessage(f) });
    }
    const row = newCouncilRow(office.id, f, core.clock().toISOString());
    await tx.getRepository(CouncilEntity).insert(row);
    await recordAudit(tx, {
      actor: call.actor,
      at: row.createdAt,
      entity: 'council',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return toCouncil(row);
  });
}

export async function updateCouncil(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof councilUpdateInput>,
): Promise<{ council: Council; renamed: boolean }> {
  return core.db.write(async (tx) => {
    const repo = tx.getRepository(CouncilEntity);
    const cur = await repo.findOneBy({ id: f.id });
    if (!cur) throw new AppError('not_found', councilMessages.notFound);
    requireRevision('council', cur.rev, f.rev);
    if (await findSame(tx, cur.officeId, f, cur.id)) {
      throw new AppError('duplicate', duplicateCouncilMessage(f), { name: duplicateCouncilMessage(f) });
    }
    const next: CouncilRow = {
      ...cur,
      name: f.name,
      nameKey: searchKey(f.name),
      kind: f.kind,
      county: f.county,
      province: f.province,
      nationalCode: toAsciiDigits(f.nationalCode),
      active: f.active,
      rev: cur.rev + 1,
      updatedAt: core.clock().toISOString(),
    };
    await repo.update({ id: cur.id }, next);
    await recordAudit(tx, {
      actor: call.actor,
      at: next.updatedAt,
      entity: 'council',
      entityId: cur.id,
      action: 'update',
      before: cur,
      after: next,
    });
    const renamed = cur.name !== next.name || cur.kind !== next.kind;
    // the register finds resolutions by their council's name, so the index changes with it
    if (renamed) await reindexCouncil(tx, cur.id, next);
    return { council: toCouncil(next), renamed };
  });
}

export async function getCouncilRow(m: EntityManager, id: string): Promise<CouncilRow | null> {
  return m.getRepository(CouncilEntity).findOneBy({ id });
}
