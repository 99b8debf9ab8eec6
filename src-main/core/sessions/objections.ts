// The objection a ruling of an agenda item records (issue 11). A panel objection needs no expert
// opinion: the chair or the secretary drafts the clause, grounds, citations and reasoning for the
// item (drafting.ts), and the item's ruling, or the session's close, records it. Without a draft,
// the expert's opinion is used when it found a conflict and named the clauses.
import type { EntityManager } from 'typeorm';
import type { ObjectionGround } from '../../../shared/domain/objectionGrounds';
import type { Citation } from '../../../shared/schemas/review';
import type { ItemObjection } from '../../../shared/schemas/session';
import type { Objection } from '../rulings/checks';

const list = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

interface DraftRow {
  itemId: string;
  clause: string;
  grounds: string;
  referenceIds: string;
  citations: string;
  reasoning: string;
  recordedByName: string;
  recordedAt: string;
}

interface OpinionRow {
  itemId: string;
  conclusion: string | null;
  clauses: string;
  grounds: string;
  referenceIds: string;
  citations: string;
  reasoning: string;
  expertName: string;
}

/** Per agenda item of the session: the objection its ruling would record, panel's before expert's. */
export async function itemObjections(m: EntityManager, sessionId: string): Promise<Map<string, ItemObjection>> {
  const out = new Map<string, ItemObjection>();
  // oldest first, so the latest submitted opinion of a resolution is the one kept
  const opinions: OpinionRow[] = await m.query(
    `SELECT i.id AS itemId, o.conclusion, o.clauses, o.grounds, o.reference_ids AS referenceIds, o.citations,
            o.reasoning, u.full_name AS expertName
       FROM session_item i JOIN expert_opinion o ON o.resolution_id = i.resolution_id
       JOIN app_user u ON u.id = o.expert_id
      WHERE i.session_id = ? AND o.status = 'submitted' ORDER BY o.submitted_at`,
    [sessionId],
  );
  for (const o of opinions) {
    const clauses = list<string>(o.clauses);
    if (o.conclusion === 'no_conflict' || clauses.length === 0) {
      out.delete(o.itemId);
      continue;
    }
    out.set(o.itemId, {
      source: 'opinion',
      clause: clauses.join('\n'),
      grounds: list<ObjectionGround>(o.grounds),
      referenceIds: list<string>(o.referenceIds),
      citations: list<Citation>(o.citations),
      reasoning: o.reasoning,
      recordedByName: o.expertName,
      recordedAt: null,
    });
  }
  const drafts: DraftRow[] = await m.query(
    `SELECT item_id AS itemId, clause, grounds, reference_ids AS referenceIds, citations, reasoning,
            recorded_by_name AS recordedByName, updated_at AS recordedAt
       FROM session_objection WHERE session_id = ?`,
    [sessionId],
  );
  for (const d of drafts) {
    out.set(d.itemId, {
      source: 'panel',
      clause: d.clause,
      grounds: list<ObjectionGround>(d.grounds),
      referenceIds: list<string>(d.referenceIds),
      citations: list<Citation>(d.citations),
      reasoning: d.reasoning,
      recordedByName: d.recordedByName,
      recordedAt: d.recordedAt,
    });
  }
  return out;
}

/** The fields a ruling records from an item's objection. */
export function asObjection(o: ItemObjection): Objection {
  return {
    clause: o.clause,
    grounds: o.grounds,
    referenceIds: o.referenceIds,
    citations: o.citations,
    reasoning: o.reasoning,
  };
}
