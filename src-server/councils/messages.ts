// The council portal's Persian messages (the portal and the console show them as they are).
import { toPersianDigits } from '../../shared/text/persian';
import { formatJalali } from '../../shared/dates/jalali';

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
  letterNotFound: 'چنین نامه‌ای در نامه‌های رسیده به این شورا نیست.',
} as const;

const fa = (iso: string) => formatJalali(iso, { digits: 'fa' });

/** Why the council may not answer an objection letter (now), in the portal's words. */
export const PORTAL_ANSWER_MESSAGES = {
  notObjection: 'به این نامه پاسخی در درگاه داده نمی‌شود؛ تنها نامهٔ اعتراض هیأت پاسخ شورا را می‌خواهد.',
  notDelivered: 'این نامه هنوز گشوده نشده است؛ نخست آن را بگشایید.',
  alreadyAnswered: 'شورا به این اعتراض پیش‌تر پاسخ داده است.',
  voided: 'دبیرخانه این نامه را باطل کرده است و پاسخ نمی‌پذیرد.',
  late: (deadline: string) =>
    `مهلت پاسخ شورا به این اعتراض در پایان ${fa(deadline)} (به وقت تهران) به سر رسید؛ پاسخ پس از مهلت پذیرفته نمی‌شود.`,
  notWithCouncil: (status: string) =>
    status
      ? `این مصوبه اکنون در وضعیت «${status}» است و پاسخ شورا به اعتراض را نمی‌پذیرد.`
      : 'وضعیت این مصوبه هنوز از دبیرخانه نرسیده است؛ پس از همگام‌سازی دبیرخانه دوباره بکوشید.',
  approvalInFuture: 'تاریخ تصویب اصلاحیه نمی‌تواند پس از امروز باشد.',
  idReused: 'این شناسهٔ پاسخ پیش‌تر برای نامهٔ دیگری به کار رفته است.',
} as const;
