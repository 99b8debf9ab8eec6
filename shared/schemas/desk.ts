// The desk (میز کار): what is due, overdue and waiting for the signed-in user, and the panel's
// upcoming sessions (DESIGN.md §2 "Reminders come before deadlines", §6).
import { z } from 'zod';
import { ROLES } from '../lifecycle/roles';
import { STATUS_CODES } from '../domain/statuses';
import { DUE_KIND_CODES } from '../lifecycle/due';
import { SESSION_STATUS_CODES } from './session';

/**
 * The desk's buckets. The first three are deadlines (the secretary sees every resolution's; an
 * expert their assigned reviews'; a member their findings'); the rest are "waiting for me".
 */
export const DESK_BUCKETS = [
  { key: 'overdue', label: 'مهلت گذشته', hint: 'مهلت این موارد گذشته است.' },
  { key: 'dueToday', label: 'آخرین مهلت امروز', hint: 'امروز آخرین روز مهلت این موارد است.' },
  { key: 'dueSoon', label: 'نزدیک به مهلت', hint: 'مهلت این موارد در روزهای آینده به پایان می‌رسد.' },
  { key: 'assigned', label: 'بررسی‌های ارجاع‌شده به من', hint: 'نظر کارشناسی این مصوبات را ثبت کنید.' },
  { key: 'findings', label: 'نظرهای ثبت‌نشدهٔ من', hint: 'نظر خود را دربارهٔ این بندهای دستور جلسات ثبت کنید.' },
  { key: 'toAssign', label: 'در انتظار ارجاع', hint: 'به کارشناس ارجاع دهید یا مستقیم به هیأت بفرستید.' },
  { key: 'toRule', label: 'آماده طرح در هیأت', hint: 'در انتظار رأی هیأت و هنوز در دستور هیچ جلسه‌ای نیست.' },
  {
    key: 'objectionLetters',
    label: 'نامه‌های اعتراض برای ارسال',
    hint: 'رأی اعتراض صادر شده و نامهٔ آن باید به شورا برود.',
  },
  { key: 'councilAnswers', label: 'پیگیری پاسخ شوراها', hint: 'مهلت پاسخ شورا گذشته یا نزدیک است.' },
  { key: 'boardOverdue', label: 'تأخیر هیأت حل اختلاف', hint: 'مهلت رأی هیأت حل اختلاف گذشته است.' },
  {
    key: 'lateRegistered',
    label: 'ثبت پس از انقضای مهلت',
    hint: 'این مصوبات پس از پایان مهلت قانونی اعتراض هیأت ثبت شدند و به علت انقضای مهلت لازم‌الاجرا شدند.',
  },
] as const;
export type DeskBucketKey = (typeof DESK_BUCKETS)[number]['key'];
export const DESK_BUCKET_KEYS = DESK_BUCKETS.map((b) => b.key) as [DeskBucketKey, ...DeskBucketKey[]];

export const deskInput = z.object({
  /** how many items of each bucket to list (counts are always whole) */
  limit: z.number().int().min(1).max(50).optional().default(8),
});

export const deskItem = z.object({
  /** unique within the bucket: the resolution, or the agenda item for a member's finding */
  key: z.string(),
  resolutionId: z.string(),
  title: z.string(),
  councilDisplayName: z.string(),
  incomingNumber: z.string(),
  status: z.enum(STATUS_CODES),
  dueDate: z.string().nullable(),
  dueKind: z.enum(DUE_KIND_CODES).nullable(),
  daysLeft: z.number().int().nullable(),
  countdownFa: z.string().nullable(),
  /** a line about the item that its countdown does not say (e.g. how late it was registered) */
  note: z.string().optional(),
  /** for a member's finding: the session whose agenda holds it */
  session: z.object({ id: z.string(), number: z.number().int(), year: z.number().int(), date: z.string() }).nullable(),
});
export type DeskItem = z.infer<typeof deskItem>;

export const deskBucket = z.object({
  key: z.enum(DESK_BUCKET_KEYS),
  count: z.number().int(),
  items: z.array(deskItem),
  /** the register filtered to this bucket's statuses, where that view helps */
  registerStatus: z.array(z.enum(STATUS_CODES)).nullable(),
  /** the register filtered to late registrations (issue 11) */
  registerLate: z.boolean().optional(),
});
export type DeskBucket = z.infer<typeof deskBucket>;

export const deskSession = z.object({
  id: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  time: z.string(),
  place: z.string(),
  status: z.enum(SESSION_STATUS_CODES),
  itemCount: z.number().int(),
  daysLeft: z.number().int(),
});
export type DeskSession = z.infer<typeof deskSession>;

export const desk = z.object({
  role: z.enum(ROLES),
  today: z.string(),
  /** «due soon» reaches this many days ahead (the policy's earliest reminder) */
  horizonDays: z.number().int(),
  buckets: z.array(deskBucket),
  /** resolutions per status: the overview that is the viewer's and the admin's desk (empty for other roles) */
  statusCounts: z.array(z.object({ status: z.enum(STATUS_CODES), count: z.number().int() })),
  /** scheduled sessions from today on, soonest first */
  upcomingSessions: z.array(deskSession),
});
export type Desk = z.infer<typeof desk>;
