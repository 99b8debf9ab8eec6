// The sessions capability's Persian messages for the refusals and notes added with issue 11
// (the earlier ones still sit beside their checks).
import { formatJalali } from '../../../shared/dates/jalali';

export const sessionMessages = {
  absentMember:
    'شما در حضور و غیاب این جلسه غایب ثبت شده‌اید و نظر عضو غایب در شمارش آرا به حساب نمی‌آید؛ نظری ثبت نشد. اگر در جلسه حاضرید، از دبیرخانه بخواهید حضور شما را ثبت کند.',
  findingDeadlinePassed: (deadline: string) =>
    `مهلت ثبت نظر اعضا دربارهٔ این مصوبه در پایان روز ${formatJalali(deadline)} به سر رسیده است و سکوت، عدم مغایرت (سیستمی) شمرده می‌شود.`,
  itemNotOnAgenda: 'این مصوبه در دستور جلسه نیست.',
  itemAlreadyRuled: 'رأی این مصوبه قبلاً صادر شده است.',
  objectionDrafter: 'بند مورد اعتراض، جهت و مستند قانونی اعتراض هیأت را رئیس هیأت یا دبیرخانه ثبت می‌کند.',
  objectionNeeded:
    'اکثریت اعضا مغایرت یافته‌اند، اما بند مورد اعتراض، جهت و مستند قانونی اعتراض ثبت نشده است؛ آن‌ها را در رأی وارد کنید.',
  objectionOnCompliant: 'نتیجهٔ آرای اعضا عدم مغایرت است؛ بند مورد اعتراض در این رأی ثبت نمی‌شود.',
  carriedNoObjection:
    'اکثریت اعضا مغایرت یافتند، اما بند مورد اعتراض، جهت و مستند قانونی اعتراض ثبت نشد؛ مصوبه در جلسهٔ بعد طرح می‌شود.',
} as const;
