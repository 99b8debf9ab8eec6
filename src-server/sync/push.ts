// POST /v1/sync/push: validate each change with the shared schema and the lifecycle table, check
// the office owns the record, apply it when it is newer, and remember what each changeId did, so a
// batch sent again (a lost answer, a duplicated request) has the effect of one. One transaction
// per batch, serialized per office, so two copies of one batch cannot race each other.
// On PostgreSQL a push is two round trips: BEGIN, the office's lock, the token's office and what
// the server holds for the batch in one; the batch's writes and COMMIT in the other (pushSql.ts).
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
import type { ServerDb, Tx } from '../db/database';
import type { Dialect } from '../db/entities';
import { authorize, type TokenRow } from '../http/auth';
import type { AuthedOffice } from './office';
import { beginStatements, writeBatch, type LookupKey } from './pushSql';
import type { z } from 'zod';

interface Held {
  officeId: string;
  rev: number;
  changeId: string;
  /** null when read only as a parent (its owner is all a child needs) */
  data: string | null;
}

type Outcome = { accepted: true } | { accepted: false; code: RejectionCode; reason: string };

const key = (entity: string, id: string) => `${entity}\u0000${id}`;

/** The records a batch touches (and their parents), read once, updated as the batch applies. */
class Records {
  private held = new Map<string, Held | null>();

  hold(entity: string, id: string, h: Held | null) {
    const k = key(entity, id);
    // a record read both as a change's own and as a parent keeps the reading with its data
    if (!this.held.has(k) || (h && !this.held.get(k)?.data)) this.held.set(k, h);
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

/** A change's data parsed with its entity's schema (once per change: the blob lookup needs it too). */
type Parsed = z.ZodSafeParseResult<Record<string, unknown>> | undefined;

const parseData = (c: Change): Parsed => pushedEntity(c.entity)?.schema.safeParse(c.data);

function evaluate(office: AuthedOffice, c: Change, parsed: Parsed, records: Records, blobs: Set<string>): Evaluated {
  const spec = pushedEntity(c.entity);
  const label = entityLabel(c.entity);
  if (!spec || !parsed)
    return { outcome: refuse('unknown_entity', `نوع رکورد «${c.entity}» در همگام‌سازی شناخته نیست.`) };
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
      const before = (JSON.parse(held.data!) as Record<string, unknown>)[spec.lifecycle];
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

/** The records a batch needs: each change's own, and the parents their owner is checked by. */
function lookupKeys(changes: Change[]): LookupKey[] {
  return [
    ...changes.map((c) => ({ asked: c.changeId, entity: c.entity, id: c.id })),
    ...parentKeys(changes).map((p) => ({ asked: '', ...p })),
  ];
}

function heldOf(rows: Looked[]) {
  const records = new Records();
  const prior = new Map<string, Outcome>();
  for (const r of rows) {
    records.hold(
      r.entity,
      r.id,
      r.office_id ? { officeId: r.office_id, rev: Number(r.rev), changeId: r.change_id!, data: r.data } : null,
    );
    if (r.outcome)
      prior.set(
        r.asked,
        r.outcome === 'accepted' ? { accepted: true } : refuse(r.code as RejectionCode, r.reason ?? ''),
      );
  }
  return { records, prior };
}

/** The attachments the batch's records name. */
function blobsNamed(changes: Change[], parsed: Parsed[]): string[] {
  const wanted = new Set<string>();
  changes.forEach((c, i) => {
    const blobsOf = pushedEntity(c.entity)?.blobs;
    const p = parsed[i];
    if (blobsOf && p?.success) for (const sha of blobsOf(p.data)) wanted.add(sha);
  });
  return [...wanted];
}

/**
 * The batch's first round trip: the office's lock (PostgreSQL; SQLite has one writer), the token's
 * office, and what the server holds. Refused (401/403) when the token may not push.
 */
async function begin(tx: Tx, dialect: Dialect, tokenHash: string, changes: Change[], parsed: Parsed[]) {
  const { lock, token, lookups, blobs } = beginStatements(
    dialect,
    tokenHash,
    lookupKeys(changes),
    blobsNamed(changes, parsed),
  );
  const results = await tx.batch([...lock, token, ...lookups, ...blobs]);
  const [[row], ...rest] = results.slice(lock.length);
  const office = authorize(row as unknown as TokenRow | undefined, 'sync:push');
  const looked = rest.slice(0, lookups.length).flat() as unknown as Looked[];
  const owned = rest.slice(lookups.length).flat() as { sha256: string }[];
  return { office, ...heldOf(looked), blobs: new Set(owned.map((r) => r.sha256)) };
}

async function applyBatch(
  tx: Tx,
  tokenHash: string,
  req: PushRequest,
  now: string,
  dialect: Dialect,
): Promise<{ office: AuthedOffice; answer: PushResponse }> {
  const parsed = req.changes.map(parseData);
  const { office, records, prior, blobs } = await begin(tx, dialect, tokenHash, req.changes, parsed);

  const writes = new Map<string, unknown[]>();
  const applied: unknown[][] = [];
  const letters: unknown[][] = [];
  const answer: PushResponse = { batchId: req.batchId, accepted: [], rejected: [] };
  for (const [i, c] of req.changes.entries()) {
    let outcome = prior.get(c.changeId);
    if (!outcome) {
      const e = evaluate(office, c, parsed[i], records, blobs);
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

  await writeBatch(tx, dialect, {
    records: [...writes.values()],
    applied,
    letters,
    office: [now, office.id],
  });
  return { office, answer };
}

/** A push by the holder of the token whose hash is `tokenHash` (401/403 when it may not push). */
export async function pushChanges(
  db: ServerDb,
  tokenHash: string,
  req: PushRequest,
  now: string,
  log: { info(obj: object, msg: string): void },
): Promise<PushResponse> {
  // one batch of an office at a time, across server processes: a duplicate waits, then sees the first
  const { office, answer } = await db.tx((tx) => applyBatch(tx, tokenHash, req, now, db.dialect));
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
