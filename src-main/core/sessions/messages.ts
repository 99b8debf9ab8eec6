// What the sessions capability says to users: its refusals, and the notes it leaves on items.
import { formatJalali } from '../../../shared/dates/jalali';
import { toPersianDigits } from '../../../shared/text/persian';

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

  notFound: 'جلسه یافت نشد.',
  minutesNotReady: 'صورتجلسه پس از پایان جلسه و ثبت نتیجهٔ آن آماده می‌شود.',

  // the agenda
  resolutionNamed: (title: string, incomingNumber: string) =>
    `مصوبهٔ «${title}» (شمارهٔ ثبت ${toPersianDigits(incomingNumber)})`,
  pickedNotFound: 'یکی از مصوبات انتخاب‌شده یافت نشد.',
  notForAgenda: (named: string, status: string) => `${named} در وضعیت «${status}» است و در دستور جلسه قرار نمی‌گیرد.`,
  deadlineBeforeSession: (named: string, deadline: string) =>
    `مهلت رسیدگی هیأت به ${named} در ${formatJalali(deadline)}، پیش از تاریخ این جلسه، به پایان می‌رسد.`,
  onOtherAgenda: (named: string, session: string) => `${named} در دستور ${session} است.`,
  agendaFull: (limit: number) => `دستور هر جلسه حداکثر ${toPersianDigits(limit)} مصوبه است (تنظیمات دبیرخانه).`,

  // scheduling
  unchangeable: (session: string, status: string) => `${session} ${status} است و تغییر نمی‌کند.`,
  alreadyRuled: (session: string, what: string) => `در ${session} رأی صادر شده است؛ ${what} ممکن نیست.`,
  dateInPast: (today: string) => `تاریخ جلسه نمی‌تواند پیش از امروز (${formatJalali(today)}) باشد.`,
  dateTooFar: 'تاریخ جلسه بیش از یک سال بعد است؛ آن را بررسی کنید.',
  clash: (session: string, time: string) =>
    `${session} در همین تاریخ و ساعت (${toPersianDigits(time)}) برنامه‌ریزی شده است.`,
  /** what a refusal names as not possible */
  doing: {
    reschedule: 'تغییر زمان و محل آن',
    cancel: 'لغو آن',
    rule: 'صدور رأی',
    close: 'پایان جلسه',
    attendance: 'ثبت حضور و غیاب',
    changeAttendance: 'تغییر حضور و غیاب',
  },
  notYetDay: (session: string, date: string, what: string) =>
    `${session} در ${formatJalali(date)} برگزار می‌شود؛ ${what} از آن روز ممکن است.`,

  // attendance and findings
  onlyActiveAttend: 'فقط اعضای فعال هیأت در حضور و غیاب ثبت می‌شوند.',
  findingAfterRuling: 'رأی هیأت دربارهٔ این مصوبه صادر شده است و نظر اعضا دیگر تغییر نمی‌کند.',
  onlyActiveFind: 'فقط اعضای فعال هیأت نظر ثبت می‌کنند.',

  // ruling and closing
  attendanceFirst: 'ابتدا حضور و غیاب اعضا را ثبت کنید.',
  noQuorum: (present: number, required: number) =>
    `جلسه به حد نصاب نرسیده است: ${toPersianDigits(present)} عضو حاضرند و دست‌کم ${toPersianDigits(required)} عضو لازم است.`,
  tie: 'آرای اعضای حاضر برابر است؛ رأی صادر نمی‌شود و مصوبه به جلسهٔ بعد موکول می‌شود.',
  undecided: 'هنوز همهٔ اعضای حاضر نظر نداده‌اند و نتیجه معلوم نیست.',
  noneUnanimous: 'هیچ مصوبه‌ای نیست که همهٔ اعضای حاضر دربارهٔ آن نظر عدم مغایرت داده باشند.',
  notRecorded: (reason: string) => `رأی ثبت نشد: ${reason}`,
  notReadyYet: (status: string) => `مصوبه هنوز آمادهٔ رأی هیأت نبود (وضعیت: «${status}»).`,
  noRulingNeeded: (status: string) => `وضعیت مصوبه «${status}» است و رأی هیأت لازم نیست.`,
  carriedNoQuorum: 'جلسه به حد نصاب نرسید؛ مصوبه در جلسهٔ بعد طرح می‌شود.',
  carriedNoFindings: 'نظری از اعضای حاضر ثبت نشد؛ مصوبه در جلسهٔ بعد طرح می‌شود.',
  carriedTie: 'آرای اعضای حاضر برابر بود؛ مصوبه در جلسهٔ بعد طرح می‌شود.',
} as const;
