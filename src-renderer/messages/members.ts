// The member's workspace and private notes (issue 15 items 3 and 4).
import { toFa } from '../format/fa';

export const membersMessages = {
  title: 'کارتابل عضو هیأت',
  greeting: (name: string) => `${name}، خوش آمدید`,
  today: (d: string) => `امروز ${d}`,
  nextSessions: 'جلسه‌های پیش رو',
  noSessions: 'جلسه‌ای برنامه‌ریزی نشده است.',
  sessionLine: (number: number, year: number) => `جلسهٔ ${toFa(number)} سال ${toFa(year)}`,
  sessionCounts: (items: number, waiting: number) =>
    `${toFa(items)} مصوبه در دستور · ${waiting ? `${toFa(waiting)} منتظر نظر شما` : 'نظر همه ثبت شده'}`,
  openSession: 'صفحهٔ جلسه',
  waiting: (n: number) => `منتظر نظر شما (${toFa(n)})`,
  nothingWaiting: 'مصوبه‌ای منتظر نظر شما نیست.',
  deadline: 'مهلت ثبت نظر',
  incoming: (n: string) => `شمارهٔ ثبت ${n}`,
  inSession: (number: number, year: number) => `در دستور جلسهٔ ${toFa(number)}/${toFa(year)}`,
  showText: 'متن مصوبه',
  hideText: 'بستن متن',
  loadingText: 'در حال خواندن متن…',
  findingSaved: 'نظر شما ثبت شد.',
  myNote: 'یادداشت شخصی',
  sessionNote: 'یادداشت شخصی من برای این جلسه',
  notesPanel: 'یادداشت‌های شخصی من',
  notesHint: 'این یادداشت‌ها را فقط خودتان می‌بینید؛ به دبیرخانه و وزارت فرستاده نمی‌شوند.',
  saveNote: 'ذخیرهٔ یادداشت',
  noteSaved: 'یادداشت ذخیره شد.',
  noteRemoved: 'یادداشت حذف شد.',
  navWorkspace: 'کارتابل من',
  pack: 'بستهٔ جلسه (PDF)',
  packMaking: 'در حال آماده‌سازی بسته…',
  fullApp: 'همهٔ بخش‌ها',
} as const;
