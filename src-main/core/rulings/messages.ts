// What recording rulings and what followed them (letters, the council's answer, the dispute
// board, the court) says to users.
import { formatJalali } from '../../../shared/dates/jalali';
import { toPersianDigits } from '../../../shared/text/persian';

/** The dates a ruling's steps record, as refusals name them. */
export const rulingDates = {
  referral: 'تاریخ ارجاع',
  decision: 'تاریخ رأی',
  courtRuling: 'تاریخ دادنامه',
  receipt: 'تاریخ وصول مصوبه',
  councilAnswer: 'تاریخ پاسخ شورا',
  objectionReceived: 'تاریخ وصول نامهٔ اعتراض در شورا',
  objectionLetter: 'تاریخ نامهٔ اعتراض',
  answerDeadline: 'پایان مهلت پاسخ شورا',
  letter: 'تاریخ نامه',
  ruled: 'تاریخ ثبت رأی هیأت',
  letterReceived: 'تاریخ وصول نامه در شورا',
} as const;

export const rulingMessages = {
  noReferral: 'ارجاع این مصوبه به هیأت حل اختلاف ثبت نشده است.',
  referenceNeeded: 'مستند قانونی اعتراض (قانون و مادهٔ مغایر) را از فهرست انتخاب کنید یا متن آن را بنویسید.',
  dateAfterToday: (label: string, today: string) => `${label} نمی‌تواند بعد از امروز (${formatJalali(today)}) باشد.`,
  dateBefore: (label: string, afterLabel: string, after: string) =>
    `${label} نمی‌تواند پیش از ${afterLabel} (${formatJalali(after)}) باشد.`,
  notCurrentRuling: 'رأی انتخاب‌شده رأی جاری این مصوبه نیست؛ صفحه را دوباره باز کنید.',
  noObjectionLetter: 'نامهٔ اعتراض این مصوبه ثبت نشده است.',
  amendedElsewhere: 'نسخهٔ اصلاحی باید از همان شورای مصوبهٔ پیشین باشد.',
  receiptBySecretary: 'ثبت وصول نامهٔ اعتراض در شورا با دبیرخانه است.',
  receiptInStatus: (status: string) => `ثبت وصول نامهٔ اعتراض برای مصوبه‌ای در وضعیت «${status}» ممکن نیست.`,
  sessionMissing: 'جلسهٔ هیأت مشخص نیست.',
  outcomeInvalid: 'نتیجهٔ رأی نامعتبر است.',
  tally: (against: number, infavour: number) =>
    `${toPersianDigits(against)} رأی مغایرت در برابر ${toPersianDigits(infavour)} رأی عدم مغایرت`,
  tie: (tally: string) => `آرا برابر است (${tally})؛ رسیدگی به جلسهٔ بعد می‌رود و رأیی ثبت نمی‌شود.`,
  notMajority: (tally: string) => `نتیجهٔ رأی با آرای اعضا (${tally}) هم‌خوان نیست.`,
  notMajorityField: 'نتیجهٔ رأی با آرای اعضا هم‌خوان نیست.',
  opinionFoundNoConflict:
    'نظر کارشناسی ثبت‌شده مغایرتی ذکر نکرده است؛ بند مورد اعتراض، جهت و مستند قانونی اعتراض را در رأی وارد کنید.',
  noOpinion:
    'برای این مصوبه نظر کارشناسی ثبت نشده است؛ بند مورد اعتراض، جهت و مستند قانونی اعتراض را در رأی وارد کنید.',
};
