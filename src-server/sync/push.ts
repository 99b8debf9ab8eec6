// POST /v1/sync/push: validate each change (evaluate.ts), apply it when it is newer, and remember
// what each changeId did, so a batch sent again (a lost answer, a duplicated request) has the
// effect of one. A transaction holds the locks of the offices whose pushes it applies (one push
// each: pushQueue.ts groups them), so two copies of one batch cannot race each other.
// On PostgreSQL a transaction is two round trips: BEGIN, the offices' locks, the tokens' offices and
// what the server holds for every push in one; all the writes and COMMIT in the other (pushSql.ts).
// A push group with a resolution status change its pushes do not evidence adds one more, the
// evidence lookup (statusChanges.ts).
import {
  RETRYABLE,
  type Change,
  type PushRequest,
  type PushResponse,
  type Rejection,
  type RejectionCode,
} from '../../shared/sync/protocol';
import { pushedEntity } from '../../shared/sync/records';
import type { Tx } from '../db/database';
import type { Dialect } from '../db/database';
import { authorize, type TokenRow } from '../http/auth';
import {
  changeDigest,
  evaluate,
  parseData,
  Records,
  refuse,
  reuseOf,
  type Outcome,
  type Parsed,
  type Prior,
} from './evaluate';
import type { AuthedOffice } from './office';
import { collectEvidence, type Evidence } from './statusChanges';
import { beginStatements, writeBatch, type BlobKey, type LookupKey, type Writes } from './pushSql';
import { portalCouncilOf } from '../../shared/councilLetters/records';

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
  rev: number | null;
  change_id: string | null;
  data: string | null;
  outcome: string | null;
  code: string | null;
  reason: string | null;
  a_entity: string | null;
  a_record_id: string | null;
  a_rev: number | null;
  a_digest: string | null;
}

/** One office's push: the hash of its token, the request, and when it arrived. */
export interface Push {
  token: string;
  req: PushRequest;
  now: string;
  /** changeIds the server could not store (setAside.ts): refused as unstorable, with the reason */
  unstorable?: ReadonlyMap<string, string>;
  /** unstorable changes whose refusal cannot be stored either: answered, not remembered */
  unremembered?: ReadonlySet<string>;
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
  const prior = new Map<string, Map<string, Prior>>();
  for (const r of looked) {
    records.hold(
      r.token,
      r.entity,
      r.id,
      r.change_id ? { rev: Number(r.rev), changeId: r.change_id, data: r.data } : null,
    );
    if (r.outcome)
      within(prior, r.token, () => new Map<string, Prior>()).set(r.asked, {
        outcome: r.outcome === 'accepted' ? { accepted: true } : refuse(r.code as RejectionCode, r.reason ?? ''),
        entity: r.a_entity ?? '',
        id: r.a_record_id ?? '',
        rev: Number(r.a_rev),
        digest: r.a_digest,
      });
  }
  const blobs = new Map<string, Set<string>>();
  for (const b of owned) within(blobs, b.token, () => new Set<string>()).add(b.sha256);
  return { tokens, records, prior, blobs };
}

const rowKey = (...parts: string[]) => parts.join('\u0000');

/** The rows a transaction writes, gathered as its pushes are evaluated in turn. */
class Gathered {
  private records = new Map<string, unknown[]>();
  private letters = new Map<string, unknown[]>();
  private deliveries = new Map<string, unknown[]>();
  readonly applied: unknown[][] = [];
  readonly offices: [string, string][] = [];

  /** a record changed twice keeps its last state (a statement may touch a row once) */
  record(officeId: string, entity: string, id: string, row: unknown[]) {
    this.records.set(rowKey(officeId, entity, id), row);
  }

  letter(officeId: string, letterId: string, row: unknown[]) {
    this.letters.set(rowKey(officeId, letterId), row);
  }

  delivery(officeId: string, letterId: string, row: unknown[]) {
    this.deliveries.set(rowKey(officeId, letterId), row);
  }

  writes(): Writes {
    return {
      records: [...this.records.values()],
      applied: this.applied,
      letters: [...this.letters.values()],
      deliveries: [...this.deliveries.values()],
      offices: this.offices,
    };
  }
}

interface Seen {
  records: Records;
  /** what each of this office's changeIds did before */
  prior: Map<string, Prior>;
  /** the attachments this office has sent */
  blobs: Set<string>;
  evidence: Evidence;
}

/** One change's verdict, and its rows in `out` when it is applied. */
function judge(p: Push, office: AuthedOffice, c: Change, parsed: Parsed, seen: Seen, out: Gathered): Outcome {
  const digest = changeDigest(c);
  const before = seen.prior.get(c.changeId);
  if (before) {
    const reuse = reuseOf(c, before, digest);
    return reuse ? refuse('reused_change', reuse) : before.outcome;
  }
  const unstorable = p.unstorable?.get(c.changeId);
  const e = unstorable
    ? { outcome: refuse('unstorable', unstorable) }
    : evaluate(
        { office, token: p.token, records: seen.records, blobs: seen.blobs, evidence: seen.evidence },
        c,
        parsed,
      );
  const outcome = e.outcome;
  if ('write' in e && e.write) {
    seen.records.set(p.token, c.entity, c.id, { rev: c.rev, changeId: c.changeId, data: e.write.json });
    out.record(office.id, c.entity, c.id, [c.entity, c.id, office.id, c.rev, c.changeId, e.write.json, p.now]);
    const letter = e.write.spec.letter?.(e.write.data);
    if (letter) out.letter(office.id, c.id, [office.id, c.id, letter.number, letter.date, letter.hash, letter.status]);
    const council = letter ? portalCouncilOf(e.write.data) : null;
    if (council) out.delivery(office.id, c.id, [office.id, c.id, council, p.now]);
  }
  // a retryable refusal is not remembered: the same change may succeed once its parent arrives
  if ((outcome.accepted || !RETRYABLE.includes(outcome.code)) && !p.unremembered?.has(c.changeId)) {
    out.applied.push([
      office.id,
      c.changeId,
      p.req.batchId,
      c.entity,
      c.id,
      c.rev,
      outcome.accepted ? 'accepted' : 'rejected',
      outcome.accepted ? null : outcome.code,
      outcome.accepted ? null : outcome.reason,
      p.now,
      digest,
    ]);
  }
  seen.prior.set(c.changeId, { outcome, entity: c.entity, id: c.id, rev: c.rev, digest });
  return outcome;
}

/** One office's push, evaluated against what the transaction holds so far; its rows go to `out`. */
function applyPush(p: Push, office: AuthedOffice, parsed: Parsed[], seen: Seen, out: Gathered): PushResponse {
  const answer: PushResponse = { batchId: p.req.batchId, accepted: [], rejected: [] };
  for (const [i, c] of p.req.changes.entries()) {
    const outcome = judge(p, office, c, parsed[i], seen, out);
    if (outcome.accepted) answer.accepted.push(c.changeId);
    else
      answer.rejected.push({
        changeId: c.changeId,
        code: outcome.code,
        reason: outcome.reason,
        retry: RETRYABLE.includes(outcome.code),
      } satisfies Rejection);
  }
  out.offices.push([p.now, office.id]);
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
  // what evidences resolutions' status changes: read before any push applies, so each sees its own
  // records and children in any order, and what the server held before the transaction
  const evidence = await collectEvidence(
    tx,
    dialect,
    pushes.map((p, i) => ({ token: p.token, changes: p.req.changes, parsed: parsed[i] })),
    records,
  );
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
      prior: within(prior, p.token, () => new Map<string, Prior>()),
      blobs: blobs.get(p.token) ?? new Set(),
      evidence,
    };
    return { ok: true, office, answer: applyPush(p, office, parsed[i], seen, out) };
  });
  await writeBatch(tx, dialect, out.writes());
  return results;
}
