// Every change writes one audit event inside its own transaction. Each event carries the hash
// of the one before it, so rewriting history breaks the chain at the first altered event.
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../context';
import { newId } from '../ids';
import { insertRows, type RowOf } from '../storage/table';
import { auditEventTable } from './entities';

export const GENESIS = '0'.repeat(64);

export interface AuditInput {
  actor: Actor;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** the resolution the event belongs to, when the entity is another record (an opinion, a finding…) */
  resolutionId?: string | null;
}

export interface AuditEvent {
  seq: number;
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  resolutionId: string | null;
  prevHash: string;
  hash: string;
}

/** The exact bytes the hash covers: every field but the hash, in a fixed order. */
export function eventHash(e: Omit<AuditEvent, 'hash' | 'seq'>): string {
  const canonical = JSON.stringify([
    e.prevHash,
    e.id,
    e.at,
    e.actorId,
    e.actorName,
    e.entity,
    e.entityId,
    e.action,
    e.before,
    e.after,
    e.reason,
    // appended only when set, so events written before the column existed keep their hashes
    ...(e.resolutionId ? [e.resolutionId] : []),
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

// The chain's head within one write transaction: writes are serialized and the transaction holds
// the write lock, so after its first event it is the only writer of the chain; a batch of events
// (the lapse check) then costs one INSERT each instead of a read and an INSERT.
const heads = new WeakMap<EntityManager, string>();

/** Runs fn inside a savepoint; on failure rolls back to it (and the chain's head with it) and rethrows. */
export async function withSavepoint<T>(tx: EntityManager, name: string, fn: () => Promise<T>): Promise<T> {
  const head = heads.get(tx);
  await tx.query(`SAVEPOINT ${name}`);
  try {
    const out = await fn();
    await tx.query(`RELEASE ${name}`);
    return out;
  } catch (e) {
    await tx.query(`ROLLBACK TO ${name}`);
    await tx.query(`RELEASE ${name}`);
    if (head === undefined) heads.delete(tx);
    else heads.set(tx, head);
    throw e;
  }
}

export async function recordAudit(tx: EntityManager, input: AuditInput): Promise<void> {
  await recordAuditMany(tx, [input]);
}

/** Events in order, chained, in multi-row INSERTs (a batch job's hundreds cost a few statements). */
export async function recordAuditMany(tx: EntityManager, inputs: readonly AuditInput[]): Promise<void> {
  let head = heads.get(tx);
  if (head === undefined) {
    const last: { hash: string }[] = await tx.query('SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1');
    head = last[0]?.hash ?? GENESIS;
  }
  const rows: RowOf<typeof auditEventTable>[] = [];
  for (const input of inputs) {
    const e = {
      id: newId(),
      at: input.at,
      actorId: input.actor.id,
      actorName: input.actor.name,
      entity: input.entity,
      entityId: input.entityId,
      action: input.action,
      before: json(input.before),
      after: json(input.after),
      reason: input.reason ?? null,
      resolutionId: input.resolutionId ?? (input.entity === 'resolution' ? input.entityId : null),
      prevHash: head,
    };
    head = eventHash(e);
    rows.push({ ...e, hash: head });
  }
  await insertRows(tx, auditEventTable, rows);
  heads.set(tx, head);
}

const SELECT = `SELECT seq, id, at, actor_id AS actorId, actor_name AS actorName, entity, entity_id AS entityId, action,
  before, after, reason, resolution_id AS resolutionId, prev_hash AS prevHash, hash FROM audit_event`;

export async function eventsFor(m: EntityManager, entityId: string): Promise<AuditEvent[]> {
  return m.query(`${SELECT} WHERE entity_id = ? ORDER BY seq`, [entityId]);
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** the first event whose link or content does not match */
  broken?: { seq: number; id: string; reason: 'content' | 'link' };
}

/** Walks the whole chain in pages; names the first broken link. */
export async function verifyAuditChain(m: Pick<EntityManager, 'query'>): Promise<ChainReport> {
  let prev = GENESIS;
  let after = 0;
  let checked = 0;
  for (;;) {
    const page: AuditEvent[] = await m.query(`${SELECT} WHERE seq > ? ORDER BY seq LIMIT 5000`, [after]);
    if (page.length === 0) return { ok: true, checked };
    for (const e of page) {
      if (e.prevHash !== prev) return { ok: false, checked, broken: { seq: e.seq, id: e.id, reason: 'link' } };
      if (eventHash(e) !== e.hash) return { ok: false, checked, broken: { seq: e.seq, id: e.id, reason: 'content' } };
      prev = e.hash;
      checked++;
    }
    after = page[page.length - 1].seq;
  }
}
