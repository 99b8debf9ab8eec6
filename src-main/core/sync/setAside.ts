// Pulled changes that cannot be applied are set aside, one at a time, inside savepoints (apply.ts),
// and councils renamed into each other's names in one page are given placeholder names first, so
// the unique index on a council's name never sees two at once (issue 16 item 10).
import type { EntityManager } from 'typeorm';
import type { PulledChange } from '../../../shared/sync/protocol';
import { entityLabel } from '../../../shared/sync/records';
import type { ReferenceCouncilRecord } from '../../../shared/sync/reference';
import { searchKey } from '../../../shared/text/persian';
import type { Office } from '../../../shared/schemas/office';
import { APPLY_MESSAGES } from './messages';

let savepoints = 0;

/** Errors of the data (a constraint, a type, a schema): set aside. Any other (the disk) is thrown. */
function isDataError(e: unknown): boolean {
  const err = e as { code?: unknown; name?: unknown };
  return /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(String(err?.code ?? '')) || err?.name === 'ZodError';
}

/** `fn` inside a savepoint: undone alone when it fails with a data error. */
export async function savepoint<T>(
  tx: EntityManager,
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  const name = `apply_${++savepoints}`;
  await tx.query(`SAVEPOINT ${name}`);
  try {
    const value = await fn();
    await tx.query(`RELEASE ${name}`);
    return { ok: true, value };
  } catch (error) {
    await tx.query(`ROLLBACK TO ${name}`);
    await tx.query(`RELEASE ${name}`);
    if (!isDataError(error)) throw error;
    return { ok: false, error };
  }
}

/** Why a change was set aside, in Persian for the sync screen. */
export function setAsideReason(c: PulledChange, error: unknown): string {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (c.entity === 'council' && code.startsWith('SQLITE_CONSTRAINT')) {
    return APPLY_MESSAGES.councilNameTaken(String(c.data.name ?? c.id));
  }
  return APPLY_MESSAGES.notApplied(entityLabel(c.entity), c.id);
}

interface Freed {
  /** the council's local id */
  id: string;
  /** the ministry's id of the change that renames it */
  ministryId: string;
  nameKey: string;
  placeholder: string;
}

/**
 * The office's councils this page renames, given placeholder name keys when one of them is to take
 * a name another of them holds now (a swap or a rotation): each then takes its new name freely.
 */
export async function freeCouncilNames(
  tx: EntityManager,
  office: Office,
  checked: { c: PulledChange; data: Record<string, unknown> }[],
): Promise<Freed[]> {
  const renamed: (Freed & { next: string; kind: string; county: string })[] = [];
  for (const { c, data } of checked) {
    if (c.entity !== 'council') continue;
    const d = data as ReferenceCouncilRecord;
    if (searchKey(d.county) !== searchKey(office.county)) continue;
    const [cur]: { id: string; nameKey: string; kind: string; county: string }[] = await tx.query(
      `SELECT k.id, k.name_key AS nameKey, k.kind, k.county FROM sync_reference s JOIN council k ON k.id = s.local_id
        WHERE s.entity = 'council' AND s.id = ?`,
      [c.id],
    );
    const next = searchKey(d.name);
    if (cur && cur.nameKey !== next) {
      const placeholder = `${cur.nameKey}\u2063${cur.id}`;
      renamed.push({ ...cur, ministryId: c.id, next, placeholder, kind: d.kind });
    }
  }
  const clash = renamed.some((r) =>
    renamed.some((o) => o !== r && o.nameKey === r.next && o.kind === r.kind && o.county === r.county),
  );
  if (!clash) return [];
  for (const r of renamed) await tx.query('UPDATE council SET name_key = ? WHERE id = ?', [r.placeholder, r.id]);
  return renamed.map(({ id, ministryId, nameKey, placeholder }) => ({ id, ministryId, nameKey, placeholder }));
}

/** Councils whose rename was set aside take their names back (unless another took it meanwhile). */
export async function restoreCouncilNames(tx: EntityManager, freed: Freed[], setAside: Set<string>) {
  for (const f of freed) {
    if (!setAside.has(f.ministryId)) continue;
    await savepoint(tx, () =>
      tx.query('UPDATE council SET name_key = ? WHERE id = ? AND name_key = ?', [f.nameKey, f.id, f.placeholder]),
    );
  }
}
