// The council portal's Persian messages (the portal and the console show them as they are).
import { toPersianDigits } from '../../shared/text/persian';

export const COUNCIL_MESSAGES = {
  noCouncil: 'چنین شورایی در حوزهٔ دسترسی شما نیست (فهرست شوراها از همگام‌سازی دبیرخانه‌ها می‌آید).',
  noAccount: 'چنین حساب شورایی در حوزهٔ شما نیست.',
  usernameTaken: 'این نام کاربری پیش‌تر ثبت شده است.',
  notFound: 'چنین مصوبه‌ای در ارسال‌های این شورا نیست.',
  notPdf: 'پیوست باید پرونده PDF باشد (صورت‌جلسهٔ امضاشده).',
  badBase64: 'پرونده پیوست خوانده نشد؛ دوباره انتخاب کنید.',
  tooLarge: (mb: number) => `حجم صورت‌جلسه بیش از ${toPersianDigits(mb)} مگابایت است.`,
  approvalInFuture: 'تاریخ تصویب نمی‌تواند پس از امروز باشد.',
  duplicate: (receipt: string) =>
    `این مصوبه (همین شماره در همین سال) پیش‌تر با رسید ${toPersianDigits(receipt)} ارسال شده است.`,
  alreadyRegistered: (incoming: string) =>
    `این مصوبه پیش‌تر در دبیرخانه با شمارهٔ ثبت ${toPersianDigits(incoming)} ثبت شده است؛ ارسال دوباره لازم نیست.`,
  councilInactive: 'این شورا در دبیرخانه غیرفعال است و ارسال نمی‌پذیرد.',
} as const;
