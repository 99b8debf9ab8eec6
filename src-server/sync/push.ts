// POST /v1/sync/push: validate each change with the shared schema and the lifecycle table, check
// the office owns the record, apply it when it is newer, and remember what each changeId did, so a
// batch sent again (a lost answer, a duplicated request) has the effect of one. One transaction
// per batch, serialized per office, so two copies of one batch cannot race each other.
import {
  RETRYABLE,
  type Change,
  type PushRequest,
  type PushResponse,
  type Rejection,
  type RejectionCode,
} from '../../shared/sync/protocol';
import { entityLabel, pushedEntity, type PushedEntitySpec } from '../../shared/sync/records';
import { checkStatusChange } from '../../shared/sync/statusPath';
import type { ServerDb, Sql, Tx } from '../db/database';
import type { Dialect } from '../db/entities';
import { insertMany, selectIn } from '../db/sql';
import type { AuthedOffice } from './office';

interface Held {
  officeId: string;
  rev: number;
  changeId: string;
  data: string;
}

type Outcome = { accepted: true } | { accepted: false; code: RejectionCode; reason: string };

const key = (entity: string, id: string) => `${entity}\u0000${id}`;
const PAIRS_PER_QUERY = 1000; // three parameters each

/** The records a batch touches (and their parents), read once, updated as the batch applies. */
class Records {
  private held = new Map<string, Held | null>();

  hold(entity: string, id: string, h: Held | null) {
    if (h || !this.held.has(key(entity, id))) this.held.set(key(entity, id), h);
  }

  get(entity: string, id: string): Held | null {
    return this.held.get(key(entity, id)) ?? null;
  }

  set(entity: string, id: string, h: Held) {
    this.held.set(key(entity, id), h);
  }
}

function firstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || 'data'}: ${i.message}` : 'نامعتبر';
}

const refuse = (code: RejectionCode, reason: string): Outcome => ({ accepted: false, code, reason });

interface Evaluated {
  outcome: Outcome;
  /** the row to write when accepted and newer than what the server holds */
  write?: { data: Record<string, unknown>; json: string; spec: PushedEntitySpec };
}

function evaluate(office: AuthedOffice, c: Change, records: Records, blobs: Set<string>): Evaluated {
  const spec = pushedEntity(c.entity);
  const label = entityLabel(c.entity);
  if (!spec) return { outcome: refuse('unknown_entity', `نوع رکورد «${c.entity}» در همگام‌سازی شناخته نیست.`) };
  const parsed = spec.schema.safeParse(c.data);
  if (!parsed.success) {
    return { outcome: refuse('invalid', `دادهٔ ${label} نامعتبر است (${firstIssue(parsed.error.issues)}).`) };
  }
  const data = parsed.data;
  if (data.id !== c.id || ('rev' in data && data.rev !== c.rev)) {
    return { outcome: refuse('invalid', `شناسه یا نسخهٔ ${label} با دادهٔ آن نمی‌خواند.`) };
  }

  const held = records.get(c.entity, c.id);
  if (held && held.officeId !== office.id) {
    return {
      outcome: refuse(
        'not_owner',
        `این ${label} متعلق به دبیرخانهٔ دیگری است و این دبیرخانه نمی‌تواند آن را تغییر دهد.`,
      ),
    };
  }
  const owner = spec.owner;
  if (owner.kind === 'self' && data.id !== office.clientOfficeId) {
    return { outcome: refuse('not_owner', 'مشخصات دبیرخانهٔ دیگری را نمی‌توان فرستاد.') };
  }
  if (owner.kind === 'office' && data[owner.field] !== office.clientOfficeId) {
    return { outcome: refuse('not_owner', `این ${label} به نام دبیرخانهٔ دیگری ثبت شده است.`) };
  }
  if (owner.kind === 'parent') {
    const parentId = String(data[owner.field]);
    const parent = records.get(owner.entity, parentId);
    if (!parent) {
      return {
        outcome: refuse(
          'missing_parent',
          `${entityLabel(owner.entity)} این ${label} هنوز به سرور نرسیده است؛ پس از آن دوباره فرستاده می‌شود.`,
        ),
      };
    }
    if (parent.officeId !== office.id) {
      return { outcome: refuse('not_owner', `${entityLabel(owner.entity)} این ${label} متعلق به دبیرخانهٔ دیگری است.`) };
    }
  }

  const json = JSON.stringify(data);
  if (held) {
    const newer = c.rev > held.rev || (c.rev === held.rev && c.changeId > held.changeId);
    if (!newer) {
      // the same version again (a restored backup, a resent change) is harmless
      if (held.data === json) return { outcome: { accepted: true } };
      return {
        outcome: refuse('stale', `نسخهٔ تازه‌تری از این ${label} (نسخهٔ ${held.rev}) پیش‌تر به سرور رسیده است.`),
      };
    }
    if (spec.lifecycle) {
      const before = (JSON.parse(held.data) as Record<string, unknown>)[spec.lifecycle];
      const after = data[spec.lifecycle];
      if (before !== after) {
        const check = checkStatusChange(before, after);
        if (!check.ok) return { outcome: refuse('transition', check.reason) };
      }
    }
  }
  for (const sha of spec.blobs?.(data) ?? []) {
    if (!blobs.has(sha)) {
      return {
        outcome: refuse(
          'missing_blob',
          `پروندهٔ پیوست ${label} هنوز به سرور نرسیده است؛ پس از آن دوباره فرستاده می‌شود.`,
        ),
      };
    }
  }
  return { outcome: { accepted: true }, write: { data, json, spec } };
}

function parentKeys(changes: Change[]) {
  const out: { entity: string; id: string }[] = [];
  for (const c of changes) {
    const owner = pushedEntity(c.entity)?.owner;
    const parentId = owner?.kind === 'parent' ? c.data[owner.field] : undefined;
    if (owner?.kind === 'parent' && typeof parentId === 'string') out.push({ entity: owner.entity, id: parentId });
  }
  return out;
}

interface Looked {
  asked: string;
  entity: string;
  id: string;
  office_id: string | null;
  rev: number | null;
  change_id: string | null;
  data: string | null;
  outcome: string | null;
  code: string | null;
  reason: string | null;
}

/**
 * What the server holds for each change of the batch (its record, and what its changeId did the
 * first time) and for their parents, in one query: round trips are what a push costs under load.
 */
async function lookup(sql: Sql, officeId: string, changes: Change[]) {
  const keys = [
    ...changes.map((c) => [c.changeId, c.entity, c.id]),
    ...parentKeys(changes).map((p) => ['', p.entity, p.id]),
  ];
  const records = new Records();
  const prior = new Map<string, Outcome>();
  for (let i = 0; i < keys.length; i += PAIRS_PER_QUERY) {
    const part = keys.slice(i, i + PAIRS_PER_QUERY);
    const rows = await sql.query<Looked>(
      `WITH v (asked, entity, id) AS (VALUES ${part.map((_, j) => `($${3 * j + 2}, $${3 * j + 3}, $${3 * j + 4})`).join(', ')})
       SELECT v.asked, v.entity, v.id, r.office_id, r.rev, r.change_id, r.data, a.outcome, a.code, a.reason
         FROM v LEFT JOIN sync_record r ON r.entity = v.entity AND r.id = v.id
                LEFT JOIN applied_change a ON a.office_id = $1 AND a.change_id = v.asked`,
      [officeId, ...part.flat()],
    );
    for (const r of rows) {
      records.hold(
        r.entity,
        r.id,
        r.office_id ? { officeId: r.office_id, rev: Number(r.rev), changeId: r.change_id!, data: r.data! } : null,
      );
      if (r.outcome)
        prior.set(
          r.asked,
          r.outcome === 'accepted' ? { accepted: true } : refuse(r.code as RejectionCode, r.reason ?? ''),
        );
    }
  }
  return { records, prior };
}

async function ownedBlobs(sql: Sql, officeId: string, changes: Change[]): Promise<Set<string>> {
  const wanted = new Set<string>();
  for (const c of changes) {
    const spec = pushedEntity(c.entity);
    if (!spec?.blobs) continue;
    const parsed = spec.schema.safeParse(c.data);
    if (parsed.success) for (const sha of spec.blobs(parsed.data)) wanted.add(sha);
  }
  if (!wanted.size) return wanted;
  const rows = await selectIn<{ sha256: string }>(
    sql,
    [...wanted],
    [officeId],
    (p) => `SELECT sha256 FROM blob_owner WHERE office_id = $1 AND sha256 IN (${p})`,
  );
  return new Set(rows.map((r) => r.sha256));
}

async function applyBatch(
  tx: Tx,
  office: AuthedOffice,
  req: PushRequest,
  now: string,
  dialect: Dialect,
): Promise<PushResponse> {
  const { records, prior } = await lookup(tx, office.id, req.changes);
  const blobs = await ownedBlobs(tx, office.id, req.changes);

  const writes = new Map<string, unknown[]>();
  const applied: unknown[][] = [];
  const letters: unknown[][] = [];
  const answer: PushResponse = { batchId: req.batchId, accepted: [], rejected: [] };
  for (const c of req.changes) {
    let outcome = prior.get(c.changeId);
    if (!outcome) {
      const e = evaluate(office, c, records, blobs);
      outcome = e.outcome;
      if (e.write) {
        records.set(c.entity, c.id, { officeId: office.id, rev: c.rev, changeId: c.changeId, data: e.write.json });
        writes.set(key(c.entity, c.id), [c.entity, c.id, office.id, c.rev, c.changeId, e.write.json, now]);
        const letter = e.write.spec.letter?.(e.write.data);
        if (letter) letters.push([office.id, c.id, letter.number, letter.date, letter.hash, letter.status]);
      }
      const retryable = !outcome.accepted && RETRYABLE.includes(outcome.code);
      // a retryable refusal is not remembered: the same change may succeed once its parent arrives
      if (!retryable) {
        applied.push([
          office.id,
          c.changeId,
          req.batchId,
          c.entity,
          c.id,
          c.rev,
          outcome.accepted ? 'accepted' : 'rejected',
          outcome.accepted ? null : outcome.code,
          outcome.accepted ? null : outcome.reason,
          now,
        ]);
      }
      prior.set(c.changeId, outcome);
    }
    if (outcome.accepted) answer.accepted.push(c.changeId);
    else
      answer.rejected.push({
        changeId: c.changeId,
        code: outcome.code,
        reason: outcome.reason,
        retry: RETRYABLE.includes(outcome.code),
      } satisfies Rejection);
  }

  await write(tx, dialect, {
    records: [...writes.values()],
    applied,
    letters,
    office: [now, office.id],
  });
  return answer;
}

const RECORD_COLUMNS = ['entity', 'id', 'office_id', 'rev', 'change_id', 'data', 'updated_at'];
const RECORD_CONFLICT = `ON CONFLICT (entity, id) DO UPDATE SET office_id = excluded.office_id, rev = excluded.rev,
  change_id = excluded.change_id, data = excluded.data, updated_at = excluded.updated_at`;
const APPLIED_COLUMNS = [
  'office_id',
  'change_id',
  'batch_id',
  'entity',
  'record_id',
  'rev',
  'outcome',
  'code',
  'reason',
  'at',
];
const APPLIED_CONFLICT = 'ON CONFLICT (office_id, change_id) DO NOTHING';
const LETTER_COLUMNS = ['office_id', 'letter_id', 'number', 'date', 'hash', 'status'];
const LETTER_CONFLICT = `ON CONFLICT (office_id, letter_id) DO UPDATE SET number = excluded.number, date = excluded.date,
  hash = excluded.hash, status = excluded.status`;

interface Writes {
  records: unknown[][];
  applied: unknown[][];
  letters: unknown[][];
  /** [last_push_at, office id] */
  office: [string, string];
}

/**
 * A batch's writes. On PostgreSQL they are one statement (data-modifying WITH clauses), so a push
 * costs a handful of round trips however many records it carries; SQLite runs them one by one.
 */
async function write(tx: Tx, dialect: Dialect, w: Writes) {
  const params =
    w.records.length * RECORD_COLUMNS.length +
    w.applied.length * APPLIED_COLUMNS.length +
    w.letters.length * LETTER_COLUMNS.length;
  // PostgreSQL takes at most 65535 parameters in a statement; a batch of 500 changes needs ~9000
  if (dialect === 'sqlite' || params > 60_000) {
    await insertMany(tx, 'sync_record', RECORD_COLUMNS, w.records, RECORD_CONFLICT);
    await insertMany(tx, 'applied_change', APPLIED_COLUMNS, w.applied, APPLIED_CONFLICT);
    await insertMany(tx, 'letter_register', LETTER_COLUMNS, w.letters, LETTER_CONFLICT);
    await tx.query('UPDATE office SET last_push_at = $1 WHERE id = $2', w.office);
    return;
  }
  const values: unknown[] = [];
  const rows = (table: string, columns: string[], list: unknown[][], tail: string) => {
    const tuples = list.map((r) => `(${r.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
    return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${tail}`;
  };
  const parts: string[] = [];
  if (w.records.length) parts.push(`r AS (${rows('sync_record', RECORD_COLUMNS, w.records, RECORD_CONFLICT)})`);
  if (w.applied.length) parts.push(`a AS (${rows('applied_change', APPLIED_COLUMNS, w.applied, APPLIED_CONFLICT)})`);
  if (w.letters.length) parts.push(`l AS (${rows('letter_register', LETTER_COLUMNS, w.letters, LETTER_CONFLICT)})`);
  values.push(...w.office);
  await tx.query(
    `${parts.length ? `WITH ${parts.join(', ')} ` : ''}UPDATE office SET last_push_at = $${values.length - 1} WHERE id = $${values.length}`,
    values,
  );
}

export async function pushChanges(
  db: ServerDb,
  office: AuthedOffice,
  req: PushRequest,
  now: string,
  log: { info(obj: object, msg: string): void },
): Promise<PushResponse> {
  // one batch of an office at a time, across server processes: a duplicate waits, then sees the first
  const answer = await db.tx((tx) => applyBatch(tx, office, req, now, db.dialect), { lock: `office:${office.id}` });
  log.info(
    { office: office.code, batchId: req.batchId, changes: req.changes.length, rejected: answer.rejected.length },
    'push applied',
  );
  if (answer.rejected.length) {
    log.info(
      { office: office.code, rejected: answer.rejected.slice(0, 5).map((r) => [r.changeId, r.code]) },
      'push refusals',
    );
  }
  return answer;
}
