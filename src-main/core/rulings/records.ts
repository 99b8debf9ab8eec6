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

type LetterRow = Omit<CouncilLetter, 'portal'> & { postedAt: string | null; deemedAt: string; openedAt: string | null };

/** The letters to the council, each with its delivery in the council portal if it went there. */
async function lettersOf(m: CoreContext['db']['read'], resolutionId: string): Promise<CouncilLetter[]> {
  const rows: LetterRow[] = await m.query(
    `SELECT l.id, l.kind, l.ruling_id AS rulingId, l.letter_ref AS letterRef, l.outgoing_number AS outgoingNumber,
            l.letter_date AS letterDate, l.council_received_date AS councilReceivedDate,
            l.recorded_by_name AS recordedByName, l.created_at AS createdAt,
            p.posted_at AS postedAt, p.deemed_at AS deemedAt, p.opened_at AS openedAt
       FROM council_letter l LEFT JOIN portal_delivery p ON p.letter_id = l.letter_ref
      WHERE l.resolution_id = ? ORDER BY l.created_at`,
    [resolutionId],
  );
  return rows.map(({ postedAt, deemedAt, openedAt, ...l }) => ({
    ...l,
    portal: postedAt ? { postedAt, deemedAt, openedAt } : null,
  }));
}

export async function lifecycleRecords(core: CoreContext, resolutionId: string): Promise<LifecycleRecords> {
  const m = core.db.read;
  const exists: { id: string }[] = await m.query('SELECT id FROM resolution WHERE id = ?', [resolutionId]);
  if (!exists.length) throw new AppError('not_found', NOT_FOUND);
  const [rulings, letters, answers, referrals, courtRulings, amended, policy] = await Promise.all([
    rulingsOf(m, resolutionId),
    lettersOf(m, resolutionId),
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
