// What the resolution page shows after the panel's review: rulings, letters, the council's answer,
// the dispute board, court rulings, the version that replaced this one, and the council's clock.
import { AppError } from '../../../shared/api/errors';
import { councilAnswerDeadline } from '../../../shared/deadlines/calculator';
import type {
  BoardReferral,
  CouncilAnswer,
  CouncilLetter,
  CourtRuling,
  LifecycleRecords,
} from '../../../shared/schemas/ruling';
import type { CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { NOT_FOUND } from '../lifecycle/transition';
import { rulingsOf } from './checks';

export async function lifecycleRecords(core: CoreContext, resolutionId: string): Promise<LifecycleRecords> {
  const m = core.db.read;
  const exists: { id: string }[] = await m.query('SELECT id FROM resolution WHERE id = ?', [resolutionId]);
  if (!exists.length) throw new AppError('not_found', NOT_FOUND);
  const [rulings, letters, answers, referrals, courtRulings, amended, policy] = await Promise.all([
    rulingsOf(m, resolutionId),
    m.query(
      `SELECT id, kind, ruling_id AS rulingId, letter_ref AS letterRef, outgoing_number AS outgoingNumber,
              letter_date AS letterDate, council_received_date AS councilReceivedDate,
              recorded_by_name AS recordedByName, created_at AS createdAt
         FROM council_letter WHERE resolution_id = ? ORDER BY created_at`,
      [resolutionId],
    ) as Promise<CouncilLetter[]>,
    m.query(
      `SELECT id, answer, answer_date AS answerDate, answer_number AS answerNumber, note,
              amended_resolution_id AS amendedResolutionId, recorded_by_name AS recordedByName,
              recorded_at AS recordedAt
         FROM council_answer WHERE resolution_id = ? ORDER BY recorded_at`,
      [resolutionId],
    ) as Promise<CouncilAnswer[]>,
    m.query(
      `SELECT id, board_level AS boardLevel, board_name AS boardName, referral_date AS referralDate,
              referral_number AS referralNumber, cause, decision, decision_number AS decisionNumber,
              decision_date AS decisionDate, decision_note AS decisionNote, recorded_by_name AS recordedByName,
              created_at AS createdAt
         FROM board_referral WHERE resolution_id = ? ORDER BY created_at`,
      [resolutionId],
    ) as Promise<BoardReferral[]>,
    m.query(
      `SELECT id, ruling_number AS rulingNumber, ruling_date AS rulingDate, note,
              recorded_by_name AS recordedByName, recorded_at AS recordedAt
         FROM court_ruling WHERE resolution_id = ? ORDER BY recorded_at`,
      [resolutionId],
    ) as Promise<CourtRuling[]>,
    m.query('SELECT id FROM resolution WHERE supersedes_id = ? ORDER BY created_at DESC LIMIT 1', [
      resolutionId,
    ]) as Promise<{ id: string }[]>,
    currentPolicy(m),
  ]);
  const received = letters.find((l) => l.kind === 'objection')?.councilReceivedDate ?? null;
  return {
    rulings,
    letters,
    answers,
    referrals,
    courtRulings,
    amendedById: amended[0]?.id ?? null,
    councilAnswerDeadline: received ? councilAnswerDeadline(received, policy) : null,
    councilNoAnswerOutcome: policy.councilNoAnswerOutcome,
    expertOpinionDays: policy.expertOpinionDays,
    councilReconsiderDays: policy.councilReconsiderDays,
  };
}
