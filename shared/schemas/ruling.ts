// The panel's rulings and what follows an objection (issue 3): the objection letter and its
// receipt by the council, the council's answer, the dispute board, the Administrative Justice
// Court, and the no-conflict notice. Rulings and council answers are immutable records.
import { z } from 'zod';
import { DISPUTE_BOARD_LEVEL_CODES } from '../domain/disputeBoards';
import { resolutionRegisterInput } from './resolution';
import { citation, citationsSchema, groundSchema, groundsSchema, referenceIdsSchema, revSchema } from './review';
import { idSchema, isoDate, optionalLine, requiredLine, requiredText } from './fields';

export const RULING_OUTCOMES = ['compliant', 'objected'] as const;
export const rulingOutcomeSchema = z.enum(RULING_OUTCOMES, { error: 'نتیجهٔ رأی را انتخاب کنید.' });

/** The objection part of a ruling: the clause objected to, its grounds and the law it conflicts with. */
export const objectionInput = z.object({
  clause: requiredText('بند مورد اعتراض', 8_000),
  grounds: groundsSchema.min(1, 'جهت اعتراض را انتخاب کنید.'),
  referenceIds: referenceIdsSchema,
  /** citations written out (law, article, text), beside or instead of catalog entries */
  citations: citationsSchema.optional().default([]),
  reasoning: requiredText('استدلال اعتراض', 20_000),
});
export type ObjectionInput = z.input<typeof objectionInput>;

export const votes = z.object({
  conflict: z.number().int().min(0),
  partial: z.number().int().min(0),
  noConflict: z.number().int().min(0),
  systemNoConflict: z.number().int().min(0),
});
export type Votes = z.infer<typeof votes>;

export const ruling = z.object({
  id: z.string(),
  resolutionId: z.string(),
  outcome: rulingOutcomeSchema,
  sessionId: z.string().nullable(),
  votes: votes.nullable(),
  objection: z
    .object({
      clause: z.string(),
      grounds: z.array(groundSchema),
      referenceIds: z.array(z.string()),
      citations: z.array(citation),
      reasoning: z.string(),
    })
    .nullable(),
  correctsId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  /** set on a ruling a later one corrected */
  correctedById: z.string().nullable(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type Ruling = z.infer<typeof ruling>;

export const byResolution = z.object({ resolutionId: idSchema });

export const correctionInput = z
  .object({
    resolutionId: idSchema,
    correctsId: idSchema,
    outcome: rulingOutcomeSchema,
    reason: requiredLine('دلیل اصلاح رأی', 1_000),
    objection: objectionInput.optional(),
    rev: revSchema,
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'objected' && !v.objection)
      ctx.addIssue({
        code: 'custom',
        path: ['objection'],
        message: 'بند مورد اعتراض، جهت و مستند قانونی را وارد کنید.',
      });
  });
export type CorrectionInput = z.input<typeof correctionInput>;

const outgoingNumber = requiredLine('شمارهٔ نامه', 60);

/** A letter sent to the council: the objection letter or the no-conflict notice. */
export const letterSentInput = z.object({
  resolutionId: idSchema,
  outgoingNumber,
  letterDate: isoDate('تاریخ نامه'),
  /** the issued letter in the outgoing register, when the letters capability issued it */
  letterRef: idSchema.optional(),
  rev: revSchema,
});
export type LetterSentInput = z.input<typeof letterSentInput>;

export const councilReceivedInput = z.object({
  resolutionId: idSchema,
  receivedDate: isoDate('تاریخ وصول نامه در شورا'),
  rev: revSchema,
});

export const boardReferralInput = z.object({
  boardLevel: z.enum(DISPUTE_BOARD_LEVEL_CODES, { error: 'هیأت حل اختلاف را انتخاب کنید.' }),
  boardName: requiredLine('نام هیأت حل اختلاف', 200),
  referralDate: isoDate('تاریخ ارجاع'),
  referralNumber: optionalLine('شمارهٔ نامهٔ ارجاع', 60),
});
export type BoardReferralInput = z.input<typeof boardReferralInput>;

const answerFields = {
  answerDate: isoDate('تاریخ پاسخ شورا'),
  answerNumber: optionalLine('شمارهٔ نامهٔ شورا', 60),
  note: optionalLine('خلاصهٔ پاسخ', 2_000),
};

/** The council's answer letter, whatever it says. */
export const councilAnswerFields = z.object(answerFields);

export const COUNCIL_ANSWERS = ['amend', 'repeal', 'insist'] as const;
export const councilAnswerSchema = z.enum(COUNCIL_ANSWERS, { error: 'پاسخ شورا را انتخاب کنید.' });

/** Repeal or insist; an amendment comes with the amended text (amendmentInput). */
export const councilAnswerInput = z
  .object({
    resolutionId: idSchema,
    answer: z.enum(['repeal', 'insist'], { error: 'پاسخ شورا را انتخاب کنید.' }),
    ...answerFields,
    referral: boardReferralInput.optional(),
    rev: revSchema,
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'insist' && !v.referral)
      ctx.addIssue({ code: 'custom', path: ['referral'], message: 'هیأت حل اختلاف و تاریخ ارجاع را وارد کنید.' });
  });
export type CouncilAnswerInput = z.input<typeof councilAnswerInput>;

/** The council amended the resolution: its answer and the amended version, registered together. */
export const amendmentInput = z.object({
  supersedesId: idSchema,
  ...answerFields,
  resolution: resolutionRegisterInput,
  rev: revSchema,
});
export type AmendmentInput = z.input<typeof amendmentInput>;

export const noAnswerInput = z.object({ resolutionId: idSchema, referral: boardReferralInput, rev: revSchema });
export type NoAnswerInput = z.input<typeof noAnswerInput>;

export const BOARD_DECISIONS = ['upheld', 'annulled'] as const;
export const boardDecisionInput = z.object({
  resolutionId: idSchema,
  decision: z.enum(BOARD_DECISIONS, { error: 'رأی هیأت حل اختلاف را انتخاب کنید.' }),
  decisionNumber: requiredLine('شمارهٔ رأی', 60),
  decisionDate: isoDate('تاریخ رأی'),
  note: optionalLine('خلاصهٔ رأی', 2_000),
  rev: revSchema,
});
export type BoardDecisionInput = z.input<typeof boardDecisionInput>;

export const courtAnnulmentInput = z.object({
  resolutionId: idSchema,
  rulingNumber: requiredLine('شمارهٔ دادنامه', 60),
  rulingDate: isoDate('تاریخ دادنامه'),
  note: optionalLine('خلاصهٔ رأی', 2_000),
  rev: revSchema,
});
export type CourtAnnulmentInput = z.input<typeof courtAnnulmentInput>;

export const councilLetter = z.object({
  id: z.string(),
  kind: z.enum(['objection', 'compliance']),
  rulingId: z.string().nullable(),
  letterRef: z.string().nullable(),
  outgoingNumber: z.string(),
  letterDate: z.string(),
  councilReceivedDate: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
  /** issue 14: the letter's delivery in the council portal, when it went there */
  portal: z
    .object({ postedAt: z.string(), deemedAt: z.string(), openedAt: z.string().nullable() })
    .nullable()
    .optional(),
});
export type CouncilLetter = z.infer<typeof councilLetter>;

export const councilAnswer = z.object({
  id: z.string(),
  answer: councilAnswerSchema,
  answerDate: z.string(),
  answerNumber: z.string(),
  note: z.string(),
  amendedResolutionId: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type CouncilAnswer = z.infer<typeof councilAnswer>;

export const boardReferral = z.object({
  id: z.string(),
  boardLevel: z.enum(DISPUTE_BOARD_LEVEL_CODES),
  boardName: z.string(),
  referralDate: z.string(),
  referralNumber: z.string(),
  /** why it was referred: the council insisted, or did not answer in time */
  cause: z.enum(['insist', 'no_answer']),
  decision: z.enum(BOARD_DECISIONS).nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionNote: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type BoardReferral = z.infer<typeof boardReferral>;

export const courtRuling = z.object({
  id: z.string(),
  rulingNumber: z.string(),
  rulingDate: z.string(),
  note: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type CourtRuling = z.infer<typeof courtRuling>;

/** Everything recorded about a resolution after the panel's review, for its page. */
export const lifecycleRecords = z.object({
  rulings: z.array(ruling),
  letters: z.array(councilLetter),
  answers: z.array(councilAnswer),
  referrals: z.array(boardReferral),
  courtRulings: z.array(courtRuling),
  /** the version that replaced this one after the council amended it */
  amendedById: z.string().nullable(),
  /** the council's answer deadline, once its receipt of the objection letter is recorded */
  councilAnswerDeadline: z.string().nullable(),
  /** from the deadline policy in force, for the dialogs' explanations */
  councilNoAnswerOutcome: z.enum(['objection_stands', 'withdrawn']),
  expertOpinionDays: z.number().int(),
  councilReconsiderDays: z.number().int(),
});
export type LifecycleRecords = z.infer<typeof lifecycleRecords>;

export const lapseResult = z.object({ lapsed: z.number().int(), withdrawn: z.number().int() });
export type LapseResult = z.infer<typeof lapseResult>;
