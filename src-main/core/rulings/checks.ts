// What the rulings services share: reading a resolution's rulings and letters, checking the
// objection a ruling records, and the date checks every recorded step repeats.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { todayInTehran } from '../../../shared/dates/jalali';
import { groundsNeedReference, type ObjectionGround } from '../../../shared/domain/objectionGrounds';
import { objectionInput, type Ruling, type Votes } from '../../../shared/schemas/ruling';
import type { Citation } from '../../../shared/schemas/review';
import type { CoreContext } from '../context';
import { validationError } from '../../../shared/api/errors';
import { requireReferences } from '../review/references';
import { RulingEntity, type CouncilLetterRow, type RulingRow } from '../review/entities';
import { entitySelectList } from '../storage/columns';
import { rulingMessages as rm } from './messages';

export interface Objection {
  clause: string;
  grounds: ObjectionGround[];
  referenceIds: string[];
  citations: Citation[];
  reasoning: string;
}

const parse = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null);

export function toRuling(r: RulingRow & { correctedById: string | null }): Ruling {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    outcome: r.outcome,
    sessionId: r.sessionId,
    votes: parse<Votes>(r.votes),
    objection:
      r.outcome === 'objected' && r.objectionClause !== null
        ? {
            clause: r.objectionClause,
            grounds: parse<ObjectionGround[]>(r.objectionGrounds) ?? [],
            referenceIds: parse<string[]>(r.objectionReferenceIds) ?? [],
            citations: parse<Citation[]>(r.objectionCitations) ?? [],
            reasoning: r.objectionReasoning ?? '',
          }
        : null,
    correctsId: r.correctsId,
    correctionReason: r.correctionReason,
    correctedById: r.correctedById,
    recordedBy: r.recordedBy,
    recordedByName: r.recordedByName,
    recordedAt: r.recordedAt,
  };
}

// every column of the ruling, and the ruling that corrects it if any
const RULING_COLUMNS = `${entitySelectList(RulingEntity, 'r')},
  (SELECT c.id FROM ruling c WHERE c.corrects_id = r.id) AS correctedById`;

/** Every ruling of a resolution, oldest first (a correction follows what it corrects). */
export async function rulingsOf(m: EntityManager, resolutionId: string): Promise<Ruling[]> {
  const rows: (RulingRow & { correctedById: string | null })[] = await m.query(
    `SELECT ${RULING_COLUMNS} FROM ruling r WHERE r.resolution_id = ? ORDER BY r.recorded_at, r.id`,
    [resolutionId],
  );
  return rows.map(toRuling);
}

/** The ruling in force: the latest one no later ruling corrects. */
export async function currentRuling(m: EntityManager, resolutionId: string): Promise<Ruling | null> {
  const all = await rulingsOf(m, resolutionId);
  const open = all.filter((r) => r.correctedById === null);
  return open.length ? open[open.length - 1] : null;
}

export async function letterOf(
  m: EntityManager,
  resolutionId: string,
  kind: CouncilLetterRow['kind'],
): Promise<CouncilLetterRow | null> {
  const rows: CouncilLetterRow[] = await m.query(
    `SELECT id, resolution_id AS resolutionId, kind, ruling_id AS rulingId, letter_ref AS letterRef,
            outgoing_number AS outgoingNumber, letter_date AS letterDate,
            council_received_date AS councilReceivedDate, recorded_by AS recordedBy,
            recorded_by_name AS recordedByName, rev, created_at AS createdAt, updated_at AS updatedAt
       FROM council_letter WHERE resolution_id = ? AND kind = ?`,
    [resolutionId, kind],
  );
  return rows[0] ?? null;
}

/**
 * The objection a ruling records, checked as an API input would be (schema, then the catalog):
 * the clause, at least one ground, a citation (from the catalog or written out) unless the ground
 * is Islamic standards alone, and the reasoning. Fields are reported under `field` (e.g. objection.clause).
 */
export async function checkObjection(tx: EntityManager, raw: unknown, field = 'objection'): Promise<Objection> {
  const parsed = objectionInput.safeParse(raw);
  if (!parsed.success) {
    const e = validationError(parsed.error);
    const fields = Object.fromEntries(Object.entries(e.fields ?? {}).map(([k, v]) => [`${field}.${k}`, v]));
    throw new AppError('validation', e.message, fields);
  }
  const o = parsed.data;
  if (o.referenceIds.length + o.citations.length === 0 && groundsNeedReference(o.grounds)) {
    throw new AppError('validation', rm.referenceNeeded, { [`${field}.referenceIds`]: rm.referenceNeeded });
  }
  await requireReferences(tx, o.referenceIds, `${field}.referenceIds`);
  return o;
}

/** A recorded date: a real date, not after today, and not before `after` when given. */
export function checkDate(
  core: CoreContext,
  value: string,
  field: string,
  label: string,
  after?: { date: string; label: string },
): void {
  const today = todayInTehran(core.clock());
  if (value > today) {
    const msg = rm.dateAfterToday(label, today);
    throw new AppError('validation', msg, { [field]: msg });
  }
  if (after && value < after.date) {
    const msg = rm.dateBefore(label, after.label, after.date);
    throw new AppError('validation', msg, { [field]: msg });
  }
}

/** The day (in Tehran) an instant fell on, for comparing a recorded date with a ruling. */
export const dayOf = (instant: string): string => todayInTehran(new Date(instant));
