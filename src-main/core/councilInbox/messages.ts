// What the council portal's inbox says to users (issue 14).
import { toPersianDigits } from '../../../shared/text/persian';

export const inboxMessages = {
  notFound: 'این ارسال الکترونیکی در صندوق مصوبات رسیده نیست یا پیش‌تر ثبت شده است.',
  pdfMissing: 'صورت‌جلسهٔ امضاشدهٔ این ارسال هنوز از سرور نرسیده است؛ یک بار همگام‌سازی کنید.',
  sameAs: (incoming: string) =>
    `این مصوبه پیش‌تر به‌صورت دستی با شمارهٔ ثبت ${toPersianDigits(incoming)} ثبت شده است؛ به جای ثبت دوباره، ارسال را به همان مصوبه پیوند دهید.`,
  linkMismatch: 'شورا، شماره یا سال تصویب این مصوبه با ارسال الکترونیکی نمی‌خواند؛ پیوند ممکن نیست.',
  linkTaken: 'این مصوبه پیش‌تر به ارسال الکترونیکی دیگری پیوند شده است.',
  unknownCouncil: (id: string) => `شورای این ارسال (${id}) در این دبیرخانه نیست.`,
} as const;
