// The rows the report definitions count (shared/reports/facts.ts), read from what offices pushed
// (sync_record, one JSON document per record): the same facts the office core reads from its own
// tables, so a figure on the console means what it means in the office's reports. A legal day of
// an instant is its day in Tehran (UTC+03:30, no daylight saving since 1401), as the office reads it.
import { councilDisplayName } from '../../shared/domain/councils';
import { DEFAULT_POLICY, deadlinePolicySchema, type DeadlinePolicy } from '../../shared/deadlines/policy';
import { POLICY_ID } from '../../shared/sync/reference';
import { addDays } from '../../shared/dates/jalali';
import type { ObjectionFact, ResolutionFact, RulingOutcome } from '../../shared/reports/facts';
import { objectionOf, receiptLookbackDays } from '../../shared/reports/objections';
import { inPeriod } from '../../shared/reports/period';
import type { ResolvedPeriod } from '../../shared/reports/period';
import type { Dialect, Sql } from '../db/database';
import { selectIn } from '../db/sql';

type Doc = Record<string, unknown>;

/** A field of a record's JSON document, as text (the key is this file's own, never a request's). */
export const field = (dialect: Dialect, alias: string, key: string) =>
  dialect === 'postgres' ? `(${alias}.data::jsonb ->> '${key}')` : `json_extract(${alias}.data, '$.${key}')`;

/**
 * A record's document without its long texts (a resolution's text and attachments, a ruling's
 * reasoning), which no figure reads: a year of the country is read in one go.
 */
export const slim = (dialect: Dialect, alias: string) =>
  dialect === 'postgres'
    ? `(${alias}.data::jsonb - 'text' - 'attachments' - 'objectionReasoning' - 'votes')::text`
    : `json_remove(${alias}.data, '$.text', '$.attachments', '$.objectionReasoning', '$.votes')`;

export const tehranDay = (instant: string): string =>
  new Date(Date.parse(instant) + 210 * 60_000).toISOString().slice(0, 10);

const str = (d: Doc, k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);

export async function policyOf(db: Sql): Promise<DeadlinePolicy> {
  const [row] = await db.query<{ data: string }>(
    "SELECT data FROM reference_record WHERE entity = 'deadline_policy' AND id = $1",
    [POLICY_ID],
  );
  const parsed = row ? deadlinePolicySchema.safeParse(JSON.parse(row.data)) : null;
  return parsed?.success ? parsed.data : DEFAULT_POLICY;
}

/** The fact of one resolution, from its document, its council's and its children's. */
export function resolutionFact(
  r: Doc,
  council: Doc | undefined,
  children: { entity: string; d: Doc }[],
): ResolutionFact {
  const rulings = children.filter((c) => c.entity === 'ruling').map((c) => c.d);
  const corrected = new Set(rulings.map((g) => str(g, 'correctsId')).filter(Boolean));
  const inForce = rulings
    .filter((g) => !corrected.has(str(g, 'id')))
    .sort((a, b) => String(b.recordedAt).localeCompare(String(a.recordedAt)))[0];
  const firstAt = rulings.map((g) => String(g.recordedAt)).sort()[0];
  const outcome = (inForce ? str(inForce, 'outcome') : null) as RulingOutcome | null;
  const letter = children.find((c) => c.entity === 'council_letter' && c.d.kind === 'objection')?.d;
  const answer = children.find((c) => c.entity === 'council_answer')?.d;
  const referral = children.find((c) => c.entity === 'board_referral')?.d;
  const kind = council ? String(council.kind) : '';
  return {
    id: String(r.id),
    title: String(r.title),
    incomingNumber: String(r.incomingNumber),
    councilId: String(r.councilId),
    councilName: council ? councilDisplayName({ kind, name: String(council.name) }) : String(r.councilId),
    councilKind: kind,
    category: String(r.category),
    status: String(r.status),
    approvalDate: String(r.approvalDate),
    receiptDate: String(r.receiptDate),
    objectionDeadline: str(r, 'objectionDeadline'),
    rulingDate: firstAt ? tehranDay(firstAt) : null,
    rulingOutcome: outcome,
    grounds:
      outcome === 'objected' && inForce ? (JSON.parse(str(inForce, 'objectionGrounds') ?? '[]') as string[]) : [],
    objectionReceivedDate: letter ? str(letter, 'councilReceivedDate') : null,
    answer: (answer ? str(answer, 'answer') : null) as ResolutionFact['answer'],
    answerDate: answer ? str(answer, 'answerDate') : null,
    referralDate: referral ? str(referral, 'referralDate') : null,
    decision: (referral ? str(referral, 'decision') : null) as ResolutionFact['decision'],
    decisionDate: referral ? str(referral, 'decisionDate') : null,
  };
}

export const CHILD_ENTITIES = ['ruling', 'council_letter', 'council_answer', 'board_referral'] as const;

/** Each office's facts for the resolutions it received in the period. */
export async function readFacts(
  db: Sql,
  dialect: Dialect,
  officeIds: string[],
  period: Pick<ResolvedPeriod, 'from' | 'to'>,
): Promise<Map<string, ResolutionFact[]>> {
  const out = new Map<string, ResolutionFact[]>(officeIds.map((id) => [id, []]));
  if (!officeIds.length) return out;
  const receipt = field(dialect, 'r', 'receiptDate');
  const resolutions = await selectIn<{ office_id: string; data: string }>(
    db,
    officeIds,
    [period.from, period.to],
    (p) => `SELECT r.office_id, ${slim(dialect, 'r')} AS data FROM sync_record r
             WHERE r.entity = 'resolution' AND ${receipt} >= $1 AND ${receipt} <= $2 AND r.office_id IN (${p})`,
  );
  const children = await selectIn<{ office_id: string; entity: string; data: string }>(
    db,
    officeIds,
    [period.from, period.to],
    (p) => `SELECT x.office_id, x.entity, ${slim(dialect, 'x')} AS data FROM sync_record x
              JOIN sync_record r ON r.office_id = x.office_id AND r.entity = 'resolution'
               AND r.id = ${field(dialect, 'x', 'resolutionId')}
             WHERE x.entity IN ('${CHILD_ENTITIES.join("', '")}') AND ${receipt} >= $1 AND ${receipt} <= $2
               AND r.office_id IN (${p})`,
  );
  const councils = await selectIn<{ office_id: string; id: string; data: string }>(
    db,
    officeIds,
    [],
    (p) => `SELECT office_id, id, data FROM sync_record WHERE entity = 'council' AND office_id IN (${p})`,
  );
  const councilDocs = new Map(councils.map((c) => [`${c.office_id}/${c.id}`, JSON.parse(c.data) as Doc]));
  const byResolution = new Map<string, { entity: string; d: Doc }[]>();
  for (const c of children) {
    const d = JSON.parse(c.data) as Doc;
    const k = `${c.office_id}/${String(d.resolutionId)}`;
    const list = byResolution.get(k) ?? [];
    list.push({ entity: c.entity, d });
    byResolution.set(k, list);
  }
  for (const row of resolutions) {
    const d = JSON.parse(row.data) as Doc;
    const fact = resolutionFact(
      d,
      councilDocs.get(`${row.office_id}/${String(d.councilId)}`),
      byResolution.get(`${row.office_id}/${String(d.id)}`) ?? [],
    );
    out.get(row.office_id)!.push(fact);
  }
  for (const list of out.values()) list.sort((a, b) => a.receiptDate.localeCompare(b.receiptDate));
  return out;
}

export interface OfficeFacts {
  /** resolutions received in the period */
  resolutions: ResolutionFact[];
  /** objections that can have a council or board event in the period, whenever received */
  objections: ObjectionFact[];
  /** everything read, the lookback included (the resolutions of the period's findings and opinions) */
  all: ResolutionFact[];
}

/** Each office's facts for the period's reports: what it received, and its objections' events. */
export async function readPeriodFacts(
  db: Sql,
  dialect: Dialect,
  officeIds: string[],
  period: Pick<ResolvedPeriod, 'from' | 'to'>,
  policy: DeadlinePolicy,
): Promise<Map<string, OfficeFacts>> {
  const wide = { from: addDays(period.from, -receiptLookbackDays(policy)), to: period.to };
  const read = await readFacts(db, dialect, officeIds, wide);
  const out = new Map<string, OfficeFacts>();
  for (const [id, list] of read)
    out.set(id, {
      resolutions: list.filter((f) => inPeriod(f.receiptDate, period)),
      objections: list.map(objectionOf).filter((o): o is ObjectionFact => o !== null),
      all: list,
    });
  return out;
}
