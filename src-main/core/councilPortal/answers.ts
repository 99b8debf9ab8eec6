// The council's answer given in its portal becomes the council answer the lifecycle records, after
// the sync that brought it, with no one retyping it (the secretariat sees it in the history, named
// as coming from the portal): repeal → withdrawn; insist → referred to the council's default
// dispute board (DOMAIN.md), on the answer's day; amend → the amended version registered with the
// council's text and minutes, the old one withdrawn. Each answer is recorded once: its receipt
// number is the council answer's number, so a crash between the two writes is found, not redone.
import { defaultBoardLevel, defaultBoardName } from '../../../shared/domain/disputeBoards';
import { portalAnswerRecord, type PortalAnswerRecord } from '../../../shared/councilLetters/records';
import { statusLabel } from '../../../shared/domain/statuses';
import type { CategoryCode } from '../../../shared/domain/categories';
import type { CallContext, CoreContext } from '../context';
import { sha256Hex } from '../storage/blobs';
import { getResolution } from '../resolutions/service';
import { councilAnswer, registerAmendment } from '../rulings/council';
import { nextIncoming } from '../councilInbox/service';
import { portalMessages as msg } from './messages';

interface Waiting {
  id: string;
  data: string;
}

async function recordOne(core: CoreContext, a: PortalAnswerRecord): Promise<void> {
  // the lifecycle's answers are the secretariat's to record: the portal records them on its behalf
  const call: CallContext = { actor: { id: 'council-portal', name: msg.portalActor(a.answeredBy), role: 'secretary' } };
  const old = await getResolution(core, a.resolutionId);
  if (old.status !== 'with_council') throw new Error(msg.notWithCouncil(statusLabel(old.status)));
  const fields = { answerDate: a.answerDate, answerNumber: a.receiptNumber, note: a.reasons ?? '' };
  if (a.answer === 'amend') {
    if (!a.amended || !a.text || !a.pdfSha256 || !core.blobs.has(a.pdfSha256)) throw new Error(msg.noPdf);
    const [office]: { id: string }[] = await core.db.read.query('SELECT id FROM office LIMIT 1');
    await registerAmendment(core, call, {
      supersedesId: old.id,
      rev: old.rev,
      ...fields,
      resolution: {
        councilId: old.councilId,
        councilResolutionNumber: a.amended.number,
        councilSessionNumber: a.amended.sessionNumber,
        councilSessionDate: a.amended.approvalDate,
        approvalDate: a.amended.approvalDate,
        receiptDate: a.answerDate,
        incomingNumber: await nextIncoming(core.db.read, office.id, a.answerDate),
        title: msg.amendedTitle(old.title),
        text: a.text,
        category: old.category as CategoryCode,
        attachments: [{ sha256: a.pdfSha256, name: a.pdfName ?? 'amendment.pdf' }],
        financial: null,
      },
    });
    return;
  }
  const [council]: { kind: string; name: string; county: string; province: string }[] = await core.db.read.query(
    'SELECT kind, name, county, province FROM council WHERE id = ?',
    [old.councilId],
  );
  const level = defaultBoardLevel(council);
  await councilAnswer(core, call, {
    resolutionId: old.id,
    rev: old.rev,
    answer: a.answer,
    ...fields,
    referral:
      a.answer === 'insist'
        ? {
            boardLevel: level,
            boardName: defaultBoardName(level, council),
            referralDate: a.answerDate,
            referralNumber: '',
          }
        : undefined,
  });
}

/**
 * Records the portal answers not yet recorded; the amended minutes are fetched first. One that
 * cannot be recorded keeps its reason (shown, tried again next sync); the rest go on.
 */
export async function recordPortalAnswers(core: CoreContext, getBlob: (sha: string) => Promise<Buffer>) {
  const waiting: Waiting[] = await core.db.read.query(
    'SELECT id, data FROM portal_answer WHERE answer_id IS NULL ORDER BY arrived_at',
  );
  let recorded = 0;
  for (const w of waiting) {
    const a = portalAnswerRecord.parse(JSON.parse(w.data));
    const now = () => core.clock().toISOString();
    try {
      if (a.pdfSha256 && !core.blobs.has(a.pdfSha256)) {
        const data = await getBlob(a.pdfSha256);
        if (sha256Hex(data) === a.pdfSha256) await core.blobs.put(data);
      }
      const done = async () => {
        const [answer]: { id: string }[] = await core.db.read.query(
          'SELECT id FROM council_answer WHERE resolution_id = ? AND answer_number = ?',
          [a.resolutionId, a.receiptNumber],
        );
        return answer?.id ?? null;
      };
      if (!(await done())) await recordOne(core, a);
      const answerId = await done();
      await core.db.write((tx) =>
        tx.query('UPDATE portal_answer SET answer_id = ?, recorded_at = ?, problem = NULL WHERE id = ?', [
          answerId,
          now(),
          w.id,
        ]),
      );
      recorded++;
    } catch (err) {
      core.log.warn({ answer: w.id, err: (err as Error).message }, 'council portal answer not recorded yet');
      await core.db.write((tx) =>
        tx.query('UPDATE portal_answer SET problem = ? WHERE id = ?', [(err as Error).message, w.id]),
      );
    }
  }
  return recorded;
}
