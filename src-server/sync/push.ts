// POST /v1/sync/push: validate each change with the shared schema and the lifecycle table, check
// the office owns the record, apply it when it is newer, and remember what each changeId did, so a
// batch sent again (a lost answer, a duplicated request) has the effect of one. A transaction holds
// the locks of the offices whose pushes it applies (one push each: pushQueue.ts groups them), so two
// copies of one batch cannot race each other.
// On PostgreSQL a transaction is two round trips: BEGIN, the offices' locks, the tokens' offices and
// what the server holds for every push in one; all the writes and COMMIT in the other (pushSql.ts).
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
import type { Tx } from '../db/database';
import type { Dialect } from '../db/entities';
import { authorize, type TokenRow } from '../http/auth';
import type { AuthedOffice } from './office';
import { beginStatements, writeBatch, type BlobKey, type LookupKey, type Writes } from './pushSql';
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
  token: string;
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

/** One office's push: the hash of its token, the request, and when it arrived. */
export interface Push {
  token: string;
  req: PushRequest;
  now: string;
}

/** What became of a push: applied, refused (401/403), or left for a later transaction. */
export type Pushed =
  { ok: true; office: AuthedOffice; answer: PushResponse } | { ok: false; error: unknown } | { ok: 'deferred' };

/** The records a push needs: each change's own, and the parents their owner is checked by. */
function lookupKeys(token: string, changes: Change[]): LookupKey[] {
  return [
    ...changes.map((c) => ({ token, asked: c.changeId, entity: c.entity, id: c.id })),
    ...parentKeys(changes).map((p) => ({ token, asked: '', ...p })),
  ];
}

/** The attachments a push's records name. */
function blobsNamed(token: string, changes: Change[], parsed: Parsed[]): BlobKey[] {
  const wanted = new Set<string>();
  changes.forEach((c, i) => {
    const blobsOf = pushedEntity(c.entity)?.blobs;
    const p = parsed[i];
    if (blobsOf && p?.success) for (const sha of blobsOf(p.data)) wanted.add(sha);
  });
  return [...wanted].map((sha256) => ({ token, sha256 }));
}

/** `outer`'s map for `k`, made on first use. */
function within<V>(outer: Map<string, V>, k: string, make: () => V): V {
  let inner = outer.get(k);
  if (inner === undefined) outer.set(k, (inner = make()));
  return inner;
}

/**
 * The transaction's first round trip: the offices' locks (PostgreSQL; SQLite has one writer), each
 * token's office, what the server holds for every key, and the attachments each office has sent.
 */
async function begin(tx: Tx, dialect: Dialect, pushes: Push[], parsed: Parsed[][]) {
  const st = beginStatements(
    dialect,
    pushes.map((p) => p.token),
    pushes.flatMap((p) => lookupKeys(p.token, p.req.changes)),
    pushes.flatMap((p, i) => blobsNamed(p.token, p.req.changes, parsed[i])),
  );
  const results = await tx.batch([...st.lock, ...st.tokens, ...st.lookups, ...st.blobs]);
  let at = st.lock.length;
  const part = <R>(n: number) => results.slice(at, (at += n)).flat() as unknown as R[];
  const tokens = new Map(part<TokenRow & { token_hash: string }>(st.tokens.length).map((r) => [r.token_hash, r]));
  const looked = part<Looked>(st.lookups.length);
  const owned = part<{ token: string; sha256: string }>(st.blobs.length);

  const records = new Records();
  // per token: what each changeId did the first time
  const prior = new Map<string, Map<string, Outcome>>();
  for (const r of looked) {
    records.hold(
      r.entity,
      r.id,
      r.office_id ? { officeId: r.office_id, rev: Number(r.rev), changeId: r.change_id!, data: r.data } : null,
    );
    if (r.outcome)
      within(prior, r.token, () => new Map<string, Outcome>()).set(
        r.asked,
        r.outcome === 'accepted' ? { accepted: true } : refuse(r.code as RejectionCode, r.reason ?? ''),
      );
  }
  const blobs = new Map<string, Set<string>>();
  for (const b of owned) within(blobs, b.token, () => new Set<string>()).add(b.sha256);
  return { tokens, records, prior, blobs };
}

/** The rows a transaction writes, gathered as its pushes are evaluated in turn. */
class Gathered {
  private records = new Map<string, unknown[]>();
  private letters = new Map<string, unknown[]>();
  readonly applied: unknown[][] = [];
  readonly offices: [string, string][] = [];

  /** a record changed twice keeps its last state (a statement may touch a row once) */
  record(entity: string, id: string, row: unknown[]) {
    this.records.set(key(entity, id), row);
  }

  letter(officeId: string, letterId: string, row: unknown[]) {
    this.letters.set(key(officeId, letterId), row);
  }

  writes(): Writes {
    return {
      records: [...this.records.values()],
      applied: this.applied,
      letters: [...this.letters.values()],
      offices: this.offices,
    };
  }
}

interface Seen {
  records: Records;
  /** what each of this office's changeIds did before */
  prior: Map<string, Outcome>;
  /** the attachments this office has sent */
  blobs: Set<string>;
}

/** One office's push, evaluated against what the transaction holds so far; its rows go to `out`. */
function applyPush(p: Push, office: AuthedOffice, parsed: Parsed[], seen: Seen, out: Gathered): PushResponse {
  const { req, now } = p;
  const answer: PushResponse = { batchId: req.batchId, accepted: [], rejected: [] };
  for (const [i, c] of req.changes.entries()) {
    let outcome = seen.prior.get(c.changeId);
    if (!outcome) {
      const e = evaluate(office, c, parsed[i], seen.records, seen.blobs);
      outcome = e.outcome;
      if (e.write) {
        seen.records.set(c.entity, c.id, { officeId: office.id, rev: c.rev, changeId: c.changeId, data: e.write.json });
        out.record(c.entity, c.id, [c.entity, c.id, office.id, c.rev, c.changeId, e.write.json, now]);
        const letter = e.write.spec.letter?.(e.write.data);
        if (letter)
          out.letter(office.id, c.id, [office.id, c.id, letter.number, letter.date, letter.hash, letter.status]);
      }
      const retryable = !outcome.accepted && RETRYABLE.includes(outcome.code);
      // a retryable refusal is not remembered: the same change may succeed once its parent arrives
      if (!retryable) {
        out.applied.push([
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
      seen.prior.set(c.changeId, outcome);
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
  out.offices.push([now, office.id]);
  return answer;
}

/**
 * Pushes of distinct tokens in one transaction, in turn, each seeing what those before it wrote: the
 * effect of running them one after another. A push whose office already pushed in this transaction
 * (with another of its tokens) is deferred to a later one, where it sees the first as committed.
 */
export async function applyPushes(tx: Tx, dialect: Dialect, pushes: Push[]): Promise<Pushed[]> {
  const parsed = pushes.map((p) => p.req.changes.map(parseData));
  const { tokens, records, prior, blobs } = await begin(tx, dialect, pushes, parsed);
  const out = new Gathered();
  const offices = new Set<string>();
  const results = pushes.map((p, i): Pushed => {
    let office: AuthedOffice;
    try {
      office = authorize(tokens.get(p.token), 'sync:push');
    } catch (error) {
      return { ok: false, error };
    }
    if (offices.has(office.id)) return { ok: 'deferred' };
    offices.add(office.id);
    const seen: Seen = {
      records,
      prior: within(prior, p.token, () => new Map<string, Outcome>()),
      blobs: blobs.get(p.token) ?? new Set(),
    };
    return { ok: true, office, answer: applyPush(p, office, parsed[i], seen, out) };
  });
  await writeBatch(tx, dialect, out.writes());
  return results;
}
