// Resolutions' status changes checked step by step, with the evidence each step needs (issue 16
// item 11, shared/sync/statusEvidence.ts), in two phases within a push transaction: first what the
// pushes carry (each resolution's own data and its children's, whatever their order in the push),
// then, for the changes that this alone does not evidence, what the server holds — read in one
// statement for the whole transaction (evidenceSql.ts), so a push costs no round trip per record
// and a push that carries its evidence (as the office sends it) costs none at all.
import type { Change } from '../../shared/sync/protocol';
import { pushedEntity } from '../../shared/sync/records';
import {
  STARTING_STATE,
  checkStatusEvidence,
  evidencedResolution,
  marksOf,
  type EvidenceCheck,
} from '../../shared/sync/statusEvidence';
import type { Dialect, Tx } from '../db/database';
import { evidenceStatements, type EvidenceKey, type EvidenceRow } from './evidenceSql';
import type { Parsed, Records } from './evaluate';

const key = (token: string, resolutionId: string) => `${token}\u0000${resolutionId}`;

/** A push as this check sees it: its token's hash, its changes and their parsed data. */
export interface PushedChanges {
  token: string;
  changes: Change[];
  parsed: Parsed[];
}

/** The marks known for each (token, resolution): from the pushes, and from the server where read. */
export class Evidence {
  private marks = new Map<string, Set<string>>();

  add(token: string, resolutionId: string, marks: Iterable<string>) {
    const k = key(token, resolutionId);
    let set = this.marks.get(k);
    if (!set) this.marks.set(k, (set = new Set()));
    for (const m of marks) set.add(m);
  }

  of(token: string, resolutionId: string): ReadonlySet<string> {
    return this.marks.get(key(token, resolutionId)) ?? new Set();
  }

  /**
   * The check of a resolution's status going from `held` (its data on the server, null when new)
   * to `data`'s, or null when the status does not change (or a new one is in the starting state).
   */
  check(token: string, held: Record<string, unknown> | null, data: Record<string, unknown>): EvidenceCheck | null {
    const before = held ? held.status : null;
    if (held ? before === data.status : data.status === STARTING_STATE) return null;
    const own = marksOf('resolution', data);
    const marks = new Set([...this.of(token, String(data.id)), ...own]);
    return checkStatusEvidence(before, data.status, marks);
  }
}

/** The held data of a record read with its data (a change's own), or null. */
function heldData(records: Records, token: string, entity: string, id: string): Record<string, unknown> | null {
  const h = records.get(token, entity, id);
  return h?.data ? (JSON.parse(h.data) as Record<string, unknown>) : null;
}

/** Phase one: the marks each push's own records establish, by resolution. */
function fromPushes(pushes: PushedChanges[]): Evidence {
  const ev = new Evidence();
  for (const p of pushes) {
    p.changes.forEach((c, i) => {
      const parsed = p.parsed[i];
      if (!parsed?.success) return;
      const resolutionId = evidencedResolution(c.entity, parsed.data);
      if (resolutionId) ev.add(p.token, resolutionId, marksOf(c.entity, parsed.data));
    });
  }
  return ev;
}

/** The resolutions whose status change the pushes alone do not evidence. */
function wanting(pushes: PushedChanges[], records: Records, ev: Evidence): EvidenceKey[] {
  const out = new Map<string, EvidenceKey>();
  for (const p of pushes) {
    p.changes.forEach((c, i) => {
      const parsed = p.parsed[i];
      if (!parsed?.success || !pushedEntity(c.entity)?.lifecycle) return;
      const checked = ev.check(p.token, heldData(records, p.token, c.entity, c.id), parsed.data);
      if (checked && !checked.ok) out.set(key(p.token, c.id), { token: p.token, resolutionId: c.id });
    });
  }
  return [...out.values()];
}

/**
 * Both phases: the evidence for every resolution status change in the transaction's pushes, after
 * what the server held was read (`records`). Reads the database only when a push lacks evidence.
 */
export async function collectEvidence(
  tx: Tx,
  dialect: Dialect,
  pushes: PushedChanges[],
  records: Records,
): Promise<Evidence> {
  const ev = fromPushes(pushes);
  const keys = wanting(pushes, records, ev);
  if (!keys.length) return ev;
  const rows = (await tx.batch(evidenceStatements(dialect, keys))).flat() as unknown as EvidenceRow[];
  for (const r of rows) ev.add(r.token, r.resolution_id, marksOf(r.entity, r));
  return ev;
}
