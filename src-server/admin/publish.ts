// Publishing reference data: each record gets its next rev and one row in the change feed. Feed
// rows are appended while holding one lock, so sequence numbers become visible in order and a
// pulling office never skips one (sync/pull.ts). A record published again unchanged adds nothing.
import { DEFAULT_POLICY, deadlinePolicySchema, type DeadlinePolicy } from '../../shared/deadlines/policy';
import { scopeOf } from '../../shared/sync/protocol';
import { POLICY_ID, REFERENCE_ENTITIES, holidayTable, type ReferenceEntity } from '../../shared/sync/reference';
import { normalizeLine, toPersianDigits } from '../../shared/text/persian';
import type { ServerDb, Tx } from '../db/database';
import { insertMany, selectIn } from '../db/sql';

export interface Published {
  entity: ReferenceEntity;
  /** records given */
  given: number;
  /** new versions written to the feed (unchanged records are skipped) */
  published: number;
  /** what changes (a preview lists it before anything is written) */
  changes: { id: string; rev: number; kind: 'new' | 'changed' }[];
}

export interface PublishOptions {
  /** check and list the changes, write nothing */
  dryRun?: boolean;
  /** runs in the publishing transaction (the console's audit row) */
  after?: (tx: Tx) => Promise<void>;
}

/** English for the command line and logs; `persian` for the console. */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly persian: string = message,
  ) {
    super(message);
  }
}

function validate(entity: ReferenceEntity, items: unknown[]): Record<string, unknown>[] {
  const schema = REFERENCE_ENTITIES[entity].schema;
  return items.map((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0];
      const at = issue.path.map(String).join('.');
      throw new PublishError(
        `record ${i + 1}: ${at || '(record)'}: ${issue.message}`,
        `ردیف ${toPersianDigits(i + 1)}${at ? ` (${at})` : ''}: ${issue.message}`,
      );
    }
    return r.data as Record<string, unknown>;
  });
}

/** Publishes validated records of one entity; `scope` places each in the feed. */
export async function publish(
  db: ServerDb,
  entity: ReferenceEntity,
  records: { id: string; scope: string; data: Record<string, unknown> }[],
  now: string,
  opts: PublishOptions = {},
): Promise<Published> {
  const ids = new Set(records.map((r) => r.id));
  if (ids.size !== records.length)
    throw new PublishError(`duplicate ids in the ${entity} list`, 'شناسهٔ تکراری در فهرست هست.');
  return db.tx(async (tx) => {
    await tx.lock('feed');
    const held = new Map(
      (
        await selectIn<{ id: string; rev: number; data: string; scope: string }>(
          tx,
          [...ids],
          [entity],
          (p) => `SELECT id, rev, data, scope FROM reference_record WHERE entity = $1 AND id IN (${p})`,
        )
      ).map((r) => [r.id, r]),
    );
    const rows: unknown[][] = [];
    const feed: unknown[][] = [];
    const changes: Published['changes'] = [];
    for (const r of records) {
      const json = JSON.stringify(r.data);
      const prev = held.get(r.id);
      if (prev && prev.data === json && prev.scope === r.scope) continue;
      const rev = prev ? Number(prev.rev) + 1 : 1;
      rows.push([entity, r.id, r.scope, rev, json, now]);
      feed.push([r.scope, entity, r.id, rev, json, now]);
      changes.push({ id: r.id, rev, kind: prev ? 'changed' : 'new' });
    }
    if (opts.dryRun) return { entity, given: records.length, published: 0, changes };
    await insertMany(
      tx,
      'reference_record',
      ['entity', 'id', 'scope', 'rev', 'data', 'updated_at'],
      rows,
      `ON CONFLICT (entity, id) DO UPDATE SET scope = excluded.scope, rev = excluded.rev, data = excluded.data,
         updated_at = excluded.updated_at`,
    );
    await insertMany(tx, 'feed', ['scope', 'entity', 'id', 'rev', 'data', 'at'], feed);
    if (opts.after) await opts.after(tx);
    return { entity, given: records.length, published: feed.length, changes };
  });
}

export async function publishPolicy(
  db: ServerDb,
  input: unknown,
  now: string,
  opts: PublishOptions = {},
): Promise<Published> {
  const [policy] = validate('deadline_policy', [input]);
  return publish(db, 'deadline_policy', [{ id: POLICY_ID, scope: scopeOf.national, data: policy }], now, opts);
}

export async function publishedPolicy(db: ServerDb): Promise<DeadlinePolicy> {
  const [row] = await db.read.query<{ data: string }>(
    'SELECT data FROM reference_record WHERE entity = $1 AND id = $2',
    ['deadline_policy', POLICY_ID],
  );
  return row ? deadlinePolicySchema.parse(JSON.parse(row.data)) : DEFAULT_POLICY;
}

/** A holiday table replaces the holidays of the policy in force, which is published again. */
export async function publishHolidays(
  db: ServerDb,
  input: unknown,
  now: string,
  opts: PublishOptions = {},
): Promise<Published> {
  const r = holidayTable.safeParse(input);
  if (!r.success)
    throw new PublishError(`holidays: ${r.error.issues[0].message}`, `تعطیلات: ${r.error.issues[0].message}`);
  const current = await publishedPolicy(db);
  const holidays = [...new Set(r.data)].sort();
  const base = current.version.replace(/ \+ holidays .*$/, '');
  return publishPolicy(db, { ...current, holidays, version: `${base} + holidays ${now.slice(0, 10)}` }, now, opts);
}

const notAList = (entity: string) =>
  new PublishError(`${entity}: the file must hold a JSON array`, 'پرونده باید فهرستی (آرایهٔ JSON) از رکوردها باشد.');

export async function publishList(
  db: ServerDb,
  entity: 'legal_reference' | 'letter_template',
  input: unknown,
  now: string,
  opts: PublishOptions = {},
): Promise<Published> {
  if (!Array.isArray(input)) throw notAList(entity);
  const records = validate(entity, input).map((data) => ({ id: String(data.id), scope: scopeOf.national, data }));
  return publish(db, entity, records, now, opts);
}

/** Councils go to their province's offices; `onlyProvince` refuses a record of another province. */
export async function publishCouncils(
  db: ServerDb,
  input: unknown,
  now: string,
  opts: PublishOptions & { onlyProvince?: string } = {},
): Promise<Published> {
  if (!Array.isArray(input)) throw notAList('council');
  const records = validate('council', input).map((data, i) => {
    const province = normalizeLine(String(data.province));
    if (opts.onlyProvince !== undefined && province !== opts.onlyProvince)
      throw new PublishError(
        `record ${i + 1}: province ${province} is outside the account's scope`,
        `ردیف ${toPersianDigits(i + 1)}: استان «${province}» در حوزهٔ شما نیست.`,
      );
    return { id: String(data.id), scope: scopeOf.province(province), data: { ...data, province } };
  });
  return publish(db, 'council', records, now, opts);
}
