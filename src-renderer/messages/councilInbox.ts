// The desk's inbox of council portal submissions («مصوبات الکترونیکی رسیده», issue 14).
import { toPersianDigits } from '../../shared/text/persian';

export const inboxMessages = {
  title: 'مصوبات الکترونیکی رسیده',
  intro: (n: number) =>
    `${toPersianDigits(n)} مصوبه از درگاه شوراها رسیده است؛ مهلت قانونی از لحظهٔ دریافت در سرور وزارت کشور می‌گذرد.`,
  receipt: (number: string, date: string) => `رسید ${toPersianDigits(number)} — وصول ${date}`,
  number: (n: string) => `مصوبهٔ شمارهٔ ${toPersianDigits(n)}`,
  deadline: 'مهلت اعتراض هیأت',
  register: 'ثبت',
  link: 'پیوند به مصوبهٔ ثبت‌شده',
  sameAs: (incoming: string) => `این مصوبه پیش‌تر دستی با شمارهٔ ثبت ${toPersianDigits(incoming)} ثبت شده است.`,
  pdfMissing: 'صورت‌جلسه هنوز نرسیده؛ همگام‌سازی کنید.',
  dialogTitle: 'ثبت مصوبهٔ رسیده از درگاه شوراها',
  dialogIntro: 'مشخصات و صورت‌جلسه همان است که شورا فرستاده است. تاریخ وصول، روز دریافت در سرور است و تغییر نمی‌کند.',
  council: 'شورا',
  councilNumber: 'شمارهٔ مصوبه',
  session: 'جلسه',
  approval: 'تاریخ تصویب',
  subject: 'موضوع',
  receiptDate: 'تاریخ وصول (سرور)',
  incoming: 'شماره ثبت وارده',
  minutes: 'صورت‌جلسه',
  sender: 'فرستنده',
  confirm: 'تأیید و ثبت',
  confirmLate: 'با آگاهی ثبت شود',
  cancel: 'انصراف',
  registered: (incoming: string) => `مصوبه با شمارهٔ ثبت ${toPersianDigits(incoming)} ثبت شد.`,
} as const;
