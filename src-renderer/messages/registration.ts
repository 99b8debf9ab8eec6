// Correcting a resolution's registration fields, and registering one late (issue 11).
import { toPersianDigits } from '../../shared/text/persian';

export const registrationMessages = {
  action: 'اصلاح مشخصات ثبت',
  title: 'اصلاح مشخصات ثبت مصوبه',
  intro:
    'تاریخ وصول و دیگر مشخصات ثبت را با ذکر دلیل اصلاح کنید. مقادیر پیشین در تاریخچه می‌ماند و مهلت‌ها از تاریخ وصول اصلاح‌شده دوباره شمرده می‌شود. متن مصوبه اصلاح نمی‌شود: متن تازه نسخهٔ اصلاحی شوراست.',
  receiptHelp: 'مهلت اعتراض هیأت از این تاریخ شمرده می‌شود.',
  reason: 'دلیل اصلاح',
  submit: 'ثبت اصلاح',
  confirmSubmit: 'تأیید و ثبت اصلاح',

  // on the resolution page
  lateRegistered: 'این مصوبه پس از پایان مهلت قانونی اعتراض هیأت ثبت شده است.',

  // the timeline
  fields: {
    councilId: 'شورا',
    councilResolutionNumber: 'شمارهٔ مصوبه',
    councilSessionNumber: 'شمارهٔ جلسهٔ شورا',
    councilSessionDate: 'تاریخ جلسهٔ شورا',
    approvalDate: 'تاریخ تصویب',
    receiptDate: 'تاریخ وصول',
    incomingNumber: 'شمارهٔ ثبت وارده',
    title: 'موضوع',
    category: 'دسته‌بندی',
    objectionDeadline: 'مهلت اعتراض هیأت',
  } as Record<string, string>,
  change: (field: string, from: string, to: string) => `${field}: ${toPersianDigits(from)} ← ${toPersianDigits(to)}`,
  changed: (field: string) => `${field}: تغییر کرد`,
} as const;
