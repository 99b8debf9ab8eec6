// What the reports answer (issue 12): one shape for the screen, the Excel file and the ministry
// console. Rates are fractions (0–1) or null when nothing was there to count.
import { z } from 'zod';
import { COUNCIL_KIND_CODES } from '../domain/councils';
import { CATEGORY_CODES } from '../domain/categories';
import { STATUS_CODES } from '../domain/statuses';
import { idSchema } from '../schemas/fields';
import { periodSchema } from './period';

export const reportFiltersSchema = z
  .object({
    councilId: idSchema.optional(),
    councilKind: z.enum(COUNCIL_KIND_CODES, { error: 'نوع شورا نامعتبر است.' }).optional(),
    category: z.enum(CATEGORY_CODES, { error: 'دستهٔ مصوبه نامعتبر است.' }).optional(),
    status: z.enum(STATUS_CODES, { error: 'وضعیت نامعتبر است.' }).optional(),
  })
  .strict();
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const reportInput = z.object({ period: periodSchema, filters: reportFiltersSchema.default({}) }).strict();

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();
export const daysStat = z.object({ count, average: z.number().nullable(), median: z.number().nullable() });
export type DaysStat = z.infer<typeof daysStat>;

const listedResolution = z.object({
  resolutionId: z.string(),
  title: z.string(),
  incomingNumber: z.string(),
  councilName: z.string(),
  receiptDate: z.string(),
  objectionDeadline: z.string().nullable(),
});

export const DEADLINE_BANDS = ['overdue', 'today', 'days1to3', 'days4to7', 'later'] as const;
export type DeadlineBand = (typeof DEADLINE_BANDS)[number];

export const complianceReport = z.object({
  received: count,
  ruled: count,
  ruledInWindow: count,
  ruledLate: count,
  lapsed: count,
  /** the panel's failures, by name */
  lapsedList: z.array(listedResolution),
  pending: count,
  pendingByBand: z.array(z.object({ band: z.enum(DEADLINE_BANDS), count })),
  /** nearest deadline first */
  pendingList: z.array(listedResolution.extend({ daysLeft: z.number().int().nullable() })),
  daysToRuling: daysStat,
  councilAnswers: z.object({
    /** objection letters the council has received */
    due: count,
    inTime: count,
    late: count,
    /** no answer and the window has passed */
    missing: count,
    /** no answer yet, still inside the window */
    waiting: count,
    days: daysStat,
  }),
  referrals: z.object({ referred: count, decided: count, inTime: count, late: count, overdue: count, days: daysStat }),
});
export type ComplianceReport = z.infer<typeof complianceReport>;

const objectionRate = z.object({ ruled: count, objected: count, rate });

export const outcomesReport = z.object({
  ruled: count,
  compliant: count,
  objected: count,
  lapsed: count,
  afterObjection: z.object({
    amended: count,
    withdrawn: count,
    insisted: count,
    awaitingAnswer: count,
    referred: count,
    upheld: count,
    annulled: count,
    awaitingBoard: count,
  }),
  objectionRate: rate,
  byCategory: z.array(objectionRate.extend({ category: z.string() })),
  byCouncil: z.array(objectionRate.extend({ councilId: z.string(), councilName: z.string() })),
  grounds: z.array(z.object({ ground: z.string(), count })),
});
export type OutcomesReport = z.infer<typeof outcomesReport>;

export const memberRow = z.object({
  memberId: z.string(),
  name: z.string(),
  attended: count,
  missed: count,
  /** findings the member recorded personally */
  findings: count,
  onTime: count,
  late: count,
  /** «عدم مغایرت سیستمی»: the member was silent */
  silent: count,
  /** personal findings on a resolution the panel has ruled on, and how many of them agree with it */
  comparable: count,
  agreed: count,
  agreementRate: rate,
});
export type MemberRow = z.infer<typeof memberRow>;

export const expertRow = z.object({
  expertId: z.string(),
  name: z.string(),
  assigned: count,
  submitted: count,
  onTime: count,
  late: count,
  /** not submitted and past the deadline */
  overdue: count,
  /** not submitted, still inside the deadline */
  open: count,
  days: daysStat,
});
export type ExpertRow = z.infer<typeof expertRow>;

export const councilRow = z.object({
  councilId: z.string(),
  councilName: z.string(),
  councilKind: z.string(),
  sent: count,
  sendingDays: daysStat,
  /** received more than LATE_SENDING_DAYS after approval */
  lateSending: count,
  ruled: count,
  objected: count,
  objectionRate: rate,
  answersDue: count,
  answersInTime: count,
  answersLate: count,
  answersMissing: count,
  insisted: count,
  insistenceRate: rate,
  categories: z.array(z.object({ category: z.string(), count })),
});
export type CouncilRow = z.infer<typeof councilRow>;

const money = z.number().int().nonnegative();
const financialSums = z.object({ count, withAmount: count, amountRials: money, objected: count });

export const financialReport = financialSums.extend({
  byKind: z.array(financialSums.extend({ kind: z.string() })),
  /** per category and kind, the largest sums first */
  byCategory: z.array(financialSums.extend({ category: z.string(), kind: z.string() })),
  projects: z.object({ count, withCost: count, costRials: money, medianMonths: z.number().nullable() }),
  /** the largest amounts first */
  list: z.array(
    z.object({
      resolutionId: z.string(),
      title: z.string(),
      incomingNumber: z.string(),
      councilName: z.string(),
      receiptDate: z.string(),
      category: z.string(),
      kind: z.string(),
      amountRials: money.nullable(),
      budgetYear: z.number().int().nullable(),
      budgetLine: z.string(),
      projectCostRials: money.nullable(),
      projectDurationMonths: z.number().int().nullable(),
      outcome: z.enum(['compliant', 'objected']).nullable(),
    }),
  ),
});
export type FinancialReport = z.infer<typeof financialReport>;

export const reportResult = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /** the Tehran day the figures were computed on (pending, overdue, missing answers) */
  asOf: z.string(),
  compliance: complianceReport,
  outcomes: outcomesReport,
  members: z.array(memberRow),
  experts: z.array(expertRow),
  councils: z.array(councilRow),
  financial: financialReport,
  /** citizens' complaints filed in the period, and the office's answers given in it (issue 14) */
  complaints: z.object({ received: count, answered: count }).optional(),
});
export type ReportResult = z.infer<typeof reportResult>;

/** The reports one can ask for alone (a tab of the reports page). */
export const REPORT_PARTS = ['compliance', 'outcomes', 'members', 'experts', 'councils', 'financial'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export const reportPartInput = reportInput.extend({
  part: z.enum(REPORT_PARTS, { error: 'گزارش خواسته‌شده نامعتبر است.' }),
});

/**
 * One report of the period (a tab), with how many resolutions the period received under the
 * filters (the page says when there were none) and the complaints beside the compliance.
 */
export const reportPartResult = reportResult
  .partial()
  .required({ period: true, asOf: true })
  .extend({
    part: z.enum(REPORT_PARTS),
    received: count,
  });
export type ReportPartResult = z.infer<typeof reportPartResult>;

/** An exported report: the file's name and its bytes. */
export const reportFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });
export type ReportFile = z.infer<typeof reportFile>;
