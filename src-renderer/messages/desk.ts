// The desk (میز کار): greetings, bucket cards and the session calendar.
import { toPersianDigits } from '../../shared/text/persian';

const fa = (n: number) => toPersianDigits(n);

export const deskMessages = {
  title: 'میز کار',
  greeting: (name: string) => `${name}، روز بخیر`,
  subtitle: (today: string) => `امروز ${today}`,
  roleIntro: {
    secretary: 'مهلت‌های قانونی همهٔ مصوبات و کارهای در انتظار دبیرخانه',
    expert: 'بررسی‌های ارجاع‌شده به شما و مهلت نظر کارشناسی',
    member: 'نظرهایی که باید برای دستور جلسات پیش رو ثبت کنید',
    viewer: 'نمای کلی مهلت‌ها و وضعیت مصوبات',
    admin: 'نمای کلی مهلت‌ها و وضعیت مصوبات',
  },
  soonWindow: (n: number) => `تا ${fa(n)} روز آینده`,
  empty: 'موردی نیست.',
  more: (n: number) => `و ${fa(n)} مورد دیگر`,
  viewInRegister: 'نمایش در دفتر مصوبات',
  openSession: 'باز کردن جلسه',
  sessionOf: (n: number, y: number) => `جلسهٔ ${fa(n)}/${fa(y)}`,
  sectionWaiting: 'در انتظار شما',
  sectionDeadlines: 'مهلت‌ها',
  overview: 'وضعیت مصوبات',
  overviewTotal: (n: number) => `${fa(n)} مصوبه در دفتر`,
  nothingAtAll: 'کاری در انتظار شما نیست. مهلت‌ها و کارهای تازه اینجا نمایش داده می‌شوند.',

  // calendar
  calendar: 'تقویم جلسات هیأت',
  prevMonth: 'ماه قبل',
  nextMonth: 'ماه بعد',
  thisMonth: 'امروز',
  upcoming: 'جلسات پیش رو',
  noUpcoming: 'جلسه‌ای برنامه‌ریزی نشده است.',
  allSessions: 'همهٔ جلسات',
  sessionChip: (n: number, time: string) => `جلسهٔ ${fa(n)} — ${toPersianDigits(time)}`,
  itemsOnAgenda: (n: number) => `${fa(n)} مصوبه`,
} as const;
