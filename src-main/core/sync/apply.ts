// Applying what the ministry published, inside the pull's transaction (the cursor is stored in
// the same one). Each record is validated with the shared schema first: a page with a bad record
// changes nothing. Every record is also kept as received in sync_reference.
import type { EntityManager } from 'typeorm';
import { deadlinePolicySchema, type DeadlinePolicy } from '../../../shared/deadlines/policy';
import type { PulledChange } from '../../../shared/sync/protocol';
import { entityLabel } from '../../../shared/sync/records';
import {
  isReferenceEntity,
  REFERENCE_ENTITIES,
  type LegalReferenceRecord,
  type LetterTemplateRecord,
  type ReferenceCouncilRecord,
} from '../../../shared/sync/reference';
import { searchKey } from '../../../shared/text/persian';
import { sanitizeHtml } from '../../../shared/letters/html';
import { todayInTehran } from '../../../shared/dates/jalali';
import { SYSTEM_ACTOR, type CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { installPolicy } from '../lifecycle/policy';
import { recomputeDeadlines } from '../lifecycle/recompute';
import { reindexCouncil } from '../storage/fts';
import type { Office } from '../../../shared/schemas/office';
import { newId } from '../ids';
import { putTemplate } from '../letters/templates';
import { syncReferenceTable, syncSetAsideTable } from './entities';
import { insertRow, insertRows, type RowOf } from '../storage/table';
import { councilTable } from '../storage/entities';
import { legalReferenceTable } from '../review/entities';
import { APPLY_MESSAGES } from './messages';
import { receiveComplaint } from '../complaints/receive';
import { applySubmission, SUBMISSION_ENTITY } from '../councilInbox/apply';
import { applyDelivery, applyPortalAnswer } from '../councilPortal/apply';
import { DELIVERY_ENTITY, PORTAL_ANSWER_ENTITY } from '../../../shared/councilLetters/records';
import { freeCouncilNames, restoreCouncilNames, savepoint, setAsideReason } from './setAside';

/** Templates the ministry wrote carry this as their author; an office's own edit is never replaced. */
export const MINISTRY = 'ministry';

interface Ctx {
  core: CoreContext;
  tx: EntityManager;
  office: Office;
  at: string;
}

/** The change's data checked with the shared schema, or why it cannot be applied. */
function parsed(c: PulledChange): { data: Record<string, unknown> } | { reason: string } {
  if (!isReferenceEntity(c.entity)) return { data: c.data };
  const r = REFERENCE_ENTITIES[c.entity].schema.safeParse(c.data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { reason: APPLY_MESSAGES.invalid(entityLabel(c.entity), c.id, `${issue.path.join('.')}: ${issue.message}`) };
  }
  return { data: r.data as Record<string, unknown> };
}

/** The deadline policy: installed, and the open panel windows it changes moved (recompute.ts). */
async function applyPolicy(ctx: Ctx, policy: DeadlinePolicy) {
  await installPolicy(ctx.tx, policy, ctx.at);
  const report = await recomputeDeadlines(ctx.tx, policy, todayInTehran(ctx.core.clock()));
  await recordAudit(ctx.tx, {
    actor: SYSTEM_ACTOR,
    at: ctx.at,
    entity: 'deadline_policy',
    entityId: policy.version,
    action: 'install',
    after: { version: policy.version, source: 'sync', ...report },
  });
  ctx.core.log.info({ version: policy.version, ...report }, 'deadline policy installed from the ministry');
}

async function applyTemplate(ctx: Ctx, t: LetterTemplateRecord) {
  const [own] = await ctx.tx.query('SELECT updated_by AS by FROM letter_template WHERE kind = ?', [t.id]);
  if (own && own.by !== MINISTRY) return;
  await putTemplate(ctx.tx, t.id, { ...t, body: sanitizeHtml(t.body) }, MINISTRY, ctx.at);
}

interface CouncilRow {
  id: string;
  name: string;
  kind: string;
  county: string;
  province: string;
  national_code: string;
  active: number;
  rev: number;
}

/**
 * A council of the office's county becomes (or updates) one of the office's own councils, under
 * an id of its own: the office owns and pushes its council list, and the ministry's id is kept
 * beside it (sync_reference.local_id) for the next update. Other counties' councils are only kept.
 */
async function applyCouncil(ctx: Ctx, id: string, c: ReferenceCouncilRecord): Promise<string | null> {
  if (searchKey(c.county) !== searchKey(ctx.office.county)) return null;
  const { tx, at } = ctx;
  const [link] = await tx.query('SELECT local_id AS localId FROM sync_reference WHERE entity = ? AND id = ?', [
    'council',
    id,
  ]);
  let cur: CouncilRow | undefined;
  if (link?.localId) [cur] = await tx.query('SELECT * FROM council WHERE id = ?', [link.localId]);
  if (!cur) {
    const same: CouncilRow[] = await tx.query(
      'SELECT * FROM council WHERE office_id = ? AND kind = ? AND name_key = ?',
      [ctx.office.id, c.kind, searchKey(c.name)],
    );
    cur = same.find((s) => searchKey(s.county) === searchKey(c.county));
  }
  const fields = {
    name: c.name,
    name_key: searchKey(c.name),
    kind: c.kind,
    county: c.county,
    province: c.province,
    national_code: c.nationalCode,
    active: c.active ? 1 : 0,
  };
  if (!cur) {
    const localId = newId();
    await insertRow(tx, councilTable, {
      id: localId,
      officeId: ctx.office.id,
      name: fields.name,
      nameKey: fields.name_key,
      kind: fields.kind,
      county: fields.county,
      province: fields.province,
      nationalCode: fields.national_code,
      active: fields.active === 1,
      rev: 1,
      createdAt: at,
      updatedAt: at,
    });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      at,
      entity: 'council',
      entityId: localId,
      action: 'create',
      after: { ...fields, ministryId: id },
    });
    return localId;
  }
  const before = cur;
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).some(
    (k) => String((before as unknown as Record<string, unknown>)[k] ?? '') !== String(fields[k]),
  );
  if (changed) {
    await tx.query(
      `UPDATE council SET name = ?, name_key = ?, kind = ?, county = ?, province = ?, national_code = ?, active = ?,
              rev = rev + 1, updated_at = ? WHERE id = ?`,
      [...Object.values(fields), at, cur.id],
    );
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      at,
      entity: 'council',
      entityId: cur.id,
      action: 'update',
      before,
      after: { ...fields, ministryId: id },
    });
    if (before.name !== c.name || before.kind !== c.kind) await reindexCouncil(tx, cur.id, c);
  }
  return cur.id;
}

const CHUNK = 400;

/** The set-aside records with these keys removed, a few hundred keys to a statement. */
async function unsetAside(tx: EntityManager, keys: string[][]) {
  for (let i = 0; i < keys.length; i += CHUNK) {
    const part = keys.slice(i, i + CHUNK);
    await tx.query(
      `DELETE FROM sync_setaside WHERE (entity, id) IN (VALUES ${part.map(() => '(?, ?)').join(', ')})`,
      part.flat(),
    );
  }
}

async function heldRevs(tx: EntityManager, changes: PulledChange[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    const rows: { entity: string; id: string; rev: number }[] = await tx.query(
      `SELECT entity, id, rev FROM sync_reference WHERE (entity, id) IN (VALUES ${part.map(() => '(?, ?)').join(', ')})`,
      part.flatMap((c) => [c.entity, c.id]),
    );
    for (const r of rows) out.set(`${r.entity}/${r.id}`, r.rev);
  }
  return out;
}

/** One record of the page applied; its local id (a council's), if it has one. */
async function applyOne(ctx: Ctx, c: PulledChange, data: Record<string, unknown>): Promise<string | null> {
  if (c.entity === 'deadline_policy') await applyPolicy(ctx, deadlinePolicySchema.parse(data));
  else if (c.entity === 'letter_template') await applyTemplate(ctx, data as LetterTemplateRecord);
  else if (c.entity === 'council') return applyCouncil(ctx, c.id, data as ReferenceCouncilRecord);
  else if (c.entity === 'complaint') await receiveComplaint(ctx.tx, data, ctx.at);
  else if (c.entity === SUBMISSION_ENTITY) return applySubmission(ctx.tx, ctx.at, data);
  else if (c.entity === DELIVERY_ENTITY) return applyDelivery(ctx.core, ctx.tx, c.rev, ctx.at, data);
  else if (c.entity === PORTAL_ANSWER_ENTITY) return applyPortalAnswer(ctx.tx, ctx.at, data);
  return null;
}

const referenceRow = (c: PulledChange, r: LegalReferenceRecord, at: string): RowOf<typeof legalReferenceTable> => ({
  id: r.id,
  law: r.law,
  article: r.article,
  note: r.note,
  subject: r.subject,
  sortNo: r.sortNo,
  active: !!r.active,
  rev: c.rev,
  updatedAt: at,
});

const upsertReferences = (tx: EntityManager, rows: RowOf<typeof legalReferenceTable>[]) =>
  insertRows(tx, legalReferenceTable, rows, { onConflict: ['id'] });

/**
 * Applies one page in the caller's transaction; returns how many records changed. A record that
 * cannot be applied (a council name another council holds, data this version cannot read) is set
 * aside in sync_setaside with its reason, inside a savepoint, and the rest of the page applies:
 * one record must never stop the cursor forever (issue 16 item 10). Councils renamed into each
 * other's names in one page (A→B, B→A) apply: their names are freed first (setAside.ts).
 */
export async function applyPage(
  core: CoreContext,
  tx: EntityManager,
  office: Office,
  changes: PulledChange[],
): Promise<number> {
  const ctx: Ctx = { core, tx, office, at: core.clock().toISOString() };
  const held = await heldRevs(tx, changes);
  // the last version of a record in the page is the one that counts
  const latest = new Map<string, PulledChange>();
  for (const c of changes) {
    const k = `${c.entity}/${c.id}`;
    if ((held.get(k) ?? 0) < c.rev && (latest.get(k)?.rev ?? 0) < c.rev) latest.set(k, c);
  }
  const aside: { c: PulledChange; reason: string }[] = [];
  const checked: { c: PulledChange; data: Record<string, unknown> }[] = [];
  for (const c of latest.values()) {
    const p = parsed(c);
    if ('reason' in p) aside.push({ c, reason: p.reason });
    else checked.push({ c, data: p.data });
  }
  const freed = await freeCouncilNames(tx, office, checked);
  const references: { c: PulledChange; row: RowOf<typeof legalReferenceTable> }[] = [];
  const received: { c: PulledChange; data: Record<string, unknown>; localId: string | null }[] = [];
  for (const { c, data } of checked) {
    if (c.entity === 'legal_reference') {
      references.push({ c, row: referenceRow(c, data as LegalReferenceRecord, ctx.at) });
      received.push({ c, data, localId: null });
      continue;
    }
    const done = await savepoint(tx, () => applyOne(ctx, c, data));
    if (done.ok) received.push({ c, data, localId: done.value });
    else aside.push({ c, reason: setAsideReason(c, done.error) });
  }
  await restoreCouncilNames(tx, freed, new Set(aside.map((x) => x.c.id)));
  const bulk = await savepoint(tx, () =>
    upsertReferences(
      tx,
      references.map((r) => r.row),
    ),
  );
  if (!bulk.ok) {
    // one at a time, so only the record that fails is set aside
    for (const r of references) {
      const one = await savepoint(tx, () => upsertReferences(tx, [r.row]));
      if (one.ok) continue;
      aside.push({ c: r.c, reason: setAsideReason(r.c, one.error) });
      received.splice(
        received.findIndex((x) => x.c === r.c),
        1,
      );
    }
  }
  await insertRows(
    tx,
    syncReferenceTable,
    received.map(({ c, data, localId }) => ({
      entity: c.entity,
      id: c.id,
      rev: c.rev,
      scope: c.scope,
      data: JSON.stringify(data),
      localId,
      receivedAt: ctx.at,
    })),
    { onConflict: ['entity', 'id'], set: { localId: 'COALESCE(excluded.local_id, sync_reference.local_id)' } },
  );
  // what applied is no longer set aside; what did not is kept (its latest version) with its reason
  const [{ n: setAsideBefore }]: { n: number }[] = await tx.query('SELECT count(*) AS n FROM sync_setaside');
  if (setAsideBefore > 0) {
    const keys = received.map(({ c }) => [c.entity, c.id]);
    await unsetAside(tx, keys);
  }
  await insertRows(
    tx,
    syncSetAsideTable,
    aside.map(({ c, reason }) => ({
      entity: c.entity,
      id: c.id,
      rev: c.rev,
      scope: c.scope,
      data: JSON.stringify(c.data),
      reason,
      at: ctx.at,
    })),
    { onConflict: ['entity', 'id'] },
  );
  if (aside.length)
    core.log.warn({ setAside: aside.map((x) => `${x.c.entity}/${x.c.id}`) }, 'pulled changes set aside');
  return received.length;
}

/** The changes set aside before, as they were pulled: tried again at the start of every pull. */
export async function setAsideChanges(tx: EntityManager): Promise<PulledChange[]> {
  const rows: { entity: string; id: string; rev: number; scope: string; data: string }[] = await tx.query(
    'SELECT entity, id, rev, scope, data FROM sync_setaside ORDER BY at, entity, id',
  );
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}
