// The council's side: its answer to the objection (repeal, insist with a referral to the dispute
// board, or amend, which continues in the amendment dialog), and its silence past the window.
import { useState } from 'react';
import { z } from 'zod';
import { defaultBoardLevel, defaultBoardName } from '../../../../shared/domain/disputeBoards';
import {
  boardReferralInput,
  councilAnswerFields,
  councilAnswerSchema,
  noAnswerInput,
  type BoardReferralInput,
} from '../../../../shared/schemas/ruling';
import { call } from '../../../api/client';
import { useAppInfo } from '../../../app/AppInfoContext';
import { dateFa } from '../../../format/fa';
import { Cell, DateCell, FormDialog, TextCell, useDialogForm } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { AnswerChoice } from './AnswerChoice';
import { AmendmentDialog, type AnswerLetter } from './AmendmentDialog';
import { ReferralCells } from './formParts';
import { useLifecycle } from './LifecycleContext';

const REFERRAL_FIELDS = [
  'referral.boardLevel',
  'referral.boardName',
  'referral.referralDate',
  'referral.referralNumber',
];

/** The referral the form starts with: the council's competent board by default, dated today. */
function useDefaultReferral(): { referral: BoardReferralInput; place: { county: string; province: string } } {
  const { council } = useLifecycle();
  const { office, today } = useAppInfo();
  const level = council ? defaultBoardLevel(council) : 'province';
  const place = { county: council?.county ?? office.county, province: council?.province ?? office.province };
  return {
    referral: { boardLevel: level, boardName: defaultBoardName(level, place), referralDate: today, referralNumber: '' },
    place,
  };
}

const answerForm = councilAnswerFields
  .extend({ answer: councilAnswerSchema, referral: z.unknown() })
  .transform((v, ctx) => {
    if (v.answer !== 'insist') return { ...v, referral: undefined };
    const referral = boardReferralInput.safeParse(v.referral);
    if (referral.success) return { ...v, referral: referral.data };
    for (const issue of referral.error.issues)
      ctx.addIssue({ code: 'custom', path: ['referral', ...issue.path.map(String)], message: issue.message });
    return z.NEVER;
  });

export function CouncilAnswerDialog({ onClose }: { onClose: () => void }) {
  const { r, changed } = useLifecycle();
  const { today } = useAppInfo();
  const { referral, place } = useDefaultReferral();
  const [amending, setAmending] = useState<AnswerLetter | null>(null);
  const { form, frame } = useDialogForm({
    schema: answerForm,
    defaults: { answer: undefined, answerDate: today, answerNumber: '', note: '', referral },
    fields: ['answer', 'answerDate', 'answerNumber', 'note', ...REFERRAL_FIELDS],
    run: async (v) => {
      if (v.answer === 'amend') return;
      await call('objection.councilAnswer', {
        resolutionId: r.id,
        answer: v.answer,
        answerDate: v.answerDate,
        answerNumber: v.answerNumber,
        note: v.note,
        referral: v.referral,
        rev: r.rev,
      });
    },
    success: (v) => (v.answer === 'amend' ? null : m.done),
    onDone: (v) => {
      if (v.answer === 'amend') setAmending({ answerDate: v.answerDate, answerNumber: v.answerNumber, note: v.note });
      else {
        onClose();
        changed();
      }
    },
  });
  const answer = form.watch('answer');

  if (amending) return <AmendmentDialog answer={amending} onClose={onClose} />;
  return (
    <FormDialog
      title={m.answerTitle}
      testId="council-answer-dialog"
      submitTestId="council-answer-submit"
      submitLabel={answer === 'amend' ? m.amendNext : m.submit}
      onClose={onClose}
      {...frame}
      intro={answer === 'amend' ? m.amendHelp : undefined}
    >
      <Cell wide>
        <AnswerChoice form={form} />
      </Cell>
      <DateCell form={form} name="answerDate" label={m.answerDate} />
      <TextCell form={form} name="answerNumber" label={m.answerNumber} />
      <TextCell form={form} name="note" label={m.answerNote} wide multiline />
      {answer === 'insist' && <ReferralCells form={form} prefix="referral" council={place} />}
    </FormDialog>
  );
}

const noAnswerForm = noAnswerInput.pick({ referral: true });

export function NoAnswerDialog({ onClose }: { onClose: () => void }) {
  const { r, records, changed } = useLifecycle();
  const { referral, place } = useDefaultReferral();
  const { form, frame } = useDialogForm({
    schema: noAnswerForm,
    defaults: { referral },
    fields: REFERRAL_FIELDS,
    run: (v) => call('objection.noAnswer', { resolutionId: r.id, referral: v.referral, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={m.noAnswerTitle}
      testId="no-answer-dialog"
      submitTestId="no-answer-submit"
      onClose={onClose}
      {...frame}
      intro={records?.councilAnswerDeadline ? m.noAnswerBody(dateFa(records.councilAnswerDeadline)) : undefined}
    >
      <ReferralCells form={form} prefix="referral" council={place} />
    </FormDialog>
  );
}
