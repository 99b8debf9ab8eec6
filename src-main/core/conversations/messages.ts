// The conversations capability's Persian messages: refusals and the text of automatic notices.
import { formatJalali } from '../../../shared/dates/jalali';
import { toPersianDigits } from '../../../shared/text/persian';

const fa = toPersianDigits;

export const conversationMessages = {
  notFound: 'گفت‌وگو پیدا نشد یا شما در آن نیستید.',
  resolutionNotFound: 'مصوبه پیدا نشد.',
  sessionNotFound: 'جلسه پیدا نشد.',
  personUnavailable: 'این کاربر فعال نیست یا نمی‌تواند در پیام‌ها شرکت کند.',
  notYourself: 'گفت‌وگوی مستقیم با خودتان ممکن نیست.',
  secretariatInDirect: 'گفت‌وگوی مستقیم میان دبیرخانه و اعضای هیأت است؛ یکی از دو طرف باید از دبیرخانه باشد.',
  inactiveCaller: 'حساب شما فعال نیست.',
  resolutionTitle: (incomingNumber: string, title: string) => `مصوبهٔ ${fa(incomingNumber)} — ${title}`,
  /** automatic notices on a session's thread */
  scheduled: (title: string, date: string, time: string, place: string) =>
    `${title} برای ${formatJalali(date, { digits: 'fa', style: 'long' })} ساعت ${fa(time)} در ${place} برنامه‌ریزی شد.`,
  rescheduled: (title: string, date: string, time: string, place: string) =>
    `زمان یا مکان ${title} تغییر کرد: ${formatJalali(date, { digits: 'fa', style: 'long' })} ساعت ${fa(time)} در ${place}.`,
  cancelled: (title: string, reason: string) => `${title} لغو شد. علت: ${reason}`,
  agendaChanged: (title: string, items: string[]) =>
    items.length
      ? `دستور ${title} تغییر کرد (${fa(items.length)} بند):\n${items.map((t, i) => `${fa(i + 1)}. ${t}`).join('\n')}`
      : `دستور ${title} تغییر کرد و اکنون بندی ندارد.`,
  findingReminder: (title: string, item: string, deadline: string) =>
    `یادآوری ${title}: مهلت اعلام نظر اعضا دربارهٔ «${item}» تا ${formatJalali(deadline, { digits: 'fa', style: 'long' })} است. اعضایی که هنوز نظر نداده‌اند لطفاً آن را ثبت کنند.`,
} as const;
