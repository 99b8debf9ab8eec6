// The official holidays of Iran (تعطیلات رسمی) for the Jalali years the app ships with, as data.
// The ministry replaces this table through sync every year (DESIGN.md §7): lunar holidays move
// about 11 days a year and new ones are added by law, so nothing here is computed from rules.
// Dates are written literally; tests/unit/holidays.test.ts checks every one against fromJalali.
import type { IsoDate } from '../dates/jalali';

export interface Holiday {
  /** Gregorian calendar date, 'YYYY-MM-DD'. */
  date: IsoDate;
  /** The same day on the Jalali calendar, 'YYYY/MM/DD' with ASCII digits. */
  jalali: string;
  /** The occasion, in Persian, as the official calendar names it. */
  name: string;
}

export interface HolidayCalendar {
  /** Where the table comes from and when it was consulted; shown to admins. */
  source: string;
  years: { [jalaliYear: number]: readonly Holiday[] };
}

const h = (date: IsoDate, jalali: string, name: string): Holiday => ({ date, jalali, name });

const NOWRUZ = 'عید نوروز';
const FITR = 'عید سعید فطر';
const SADIQ = 'شهادت امام جعفر صادق (ع)';
const KHOMEINI = 'رحلت امام خمینی (ره)';
const KHORDAD15 = 'قیام ۱۵ خرداد';
const ADHA = 'عید سعید قربان';
const GHADIR = 'عید سعید غدیر خم';
const TASUA = 'تاسوعای حسینی';
const ASHURA = 'عاشورای حسینی';
const ARBAEEN = 'اربعین حسینی';
const PROPHET_DEATH = 'رحلت حضرت رسول اکرم (ص) و شهادت امام حسن مجتبی (ع)';
const REZA = 'شهادت امام رضا (ع)';
const ASKARI = 'شهادت امام حسن عسکری (ع)';
const PROPHET_BIRTH = 'میلاد حضرت رسول اکرم (ص) و امام جعفر صادق (ع)';
const FATIMA = 'شهادت حضرت فاطمه زهرا (س)';
const ALI_BIRTH = 'ولادت امام علی (ع)';
const MABAATH = 'مبعث حضرت رسول اکرم (ص)';
const QAEM = 'ولادت حضرت قائم (عج)';
const REVOLUTION = 'پیروزی انقلاب اسلامی';
const ALI_DEATH = 'شهادت حضرت علی (ع)';
const OIL = 'روز ملی شدن صنعت نفت ایران';
const REPUBLIC = 'روز جمهوری اسلامی ایران';
const NATURE = 'روز طبیعت';

// 1404 (2025-03-21 … 2026-03-20): 26 days, four of them Fridays.
const Y1404: readonly Holiday[] = [
  h('2025-03-21', '1404/01/01', 'آغاز نوروز'),
  h('2025-03-22', '1404/01/02', `${NOWRUZ} و ${ALI_DEATH}`),
  h('2025-03-23', '1404/01/03', NOWRUZ),
  h('2025-03-24', '1404/01/04', NOWRUZ),
  h('2025-03-31', '1404/01/11', FITR),
  h('2025-04-01', '1404/01/12', `${REPUBLIC} و تعطیل به مناسبت ${FITR}`),
  h('2025-04-02', '1404/01/13', NATURE),
  h('2025-04-24', '1404/02/04', SADIQ),
  h('2025-06-04', '1404/03/14', KHOMEINI),
  h('2025-06-05', '1404/03/15', KHORDAD15),
  h('2025-06-06', '1404/03/16', ADHA),
  h('2025-06-14', '1404/03/24', GHADIR),
  h('2025-07-05', '1404/04/14', TASUA),
  h('2025-07-06', '1404/04/15', ASHURA),
  h('2025-08-14', '1404/05/23', ARBAEEN),
  h('2025-08-22', '1404/05/31', PROPHET_DEATH),
  h('2025-08-24', '1404/06/02', REZA),
  h('2025-09-01', '1404/06/10', ASKARI),
  h('2025-09-10', '1404/06/19', PROPHET_BIRTH),
  h('2025-11-24', '1404/09/03', FATIMA),
  h('2026-01-03', '1404/10/13', ALI_BIRTH),
  h('2026-01-17', '1404/10/27', MABAATH),
  h('2026-02-04', '1404/11/15', QAEM),
  h('2026-02-11', '1404/11/22', REVOLUTION),
  h('2026-03-11', '1404/12/20', ALI_DEATH),
  h('2026-03-20', '1404/12/29', OIL),
];

// 1405 (2026-03-21 … 2027-03-20): 25 days per ILNA; Eid al-Fitr falls twice (Farvardin and Esfand).
const Y1405: readonly Holiday[] = [
  h('2026-03-21', '1405/01/01', `آغاز نوروز و ${FITR}`),
  h('2026-03-22', '1405/01/02', `${NOWRUZ} و تعطیل به مناسبت ${FITR}`),
  h('2026-03-23', '1405/01/03', NOWRUZ),
  h('2026-03-24', '1405/01/04', NOWRUZ),
  h('2026-04-01', '1405/01/12', REPUBLIC),
  h('2026-04-02', '1405/01/13', NATURE),
  h('2026-05-27', '1405/03/06', ADHA),
  h('2026-06-04', '1405/03/14', `${GHADIR} و ${KHOMEINI}`),
  h('2026-06-05', '1405/03/15', KHORDAD15),
  h('2026-06-24', '1405/04/03', TASUA),
  h('2026-06-25', '1405/04/04', ASHURA),
  h('2026-08-04', '1405/05/13', ARBAEEN),
  h('2026-08-12', '1405/05/21', PROPHET_DEATH),
  h('2026-08-13', '1405/05/22', REZA),
  h('2026-08-21', '1405/05/30', ASKARI),
  h('2026-08-30', '1405/06/08', PROPHET_BIRTH),
  h('2026-11-13', '1405/08/22', FATIMA),
  h('2026-12-23', '1405/10/02', ALI_BIRTH),
  h('2027-01-06', '1405/10/16', MABAATH),
  h('2027-01-24', '1405/11/04', QAEM),
  h('2027-02-11', '1405/11/22', REVOLUTION),
  h('2027-02-28', '1405/12/09', ALI_DEATH),
  h('2027-03-10', '1405/12/19', FITR),
  h('2027-03-11', '1405/12/20', `تعطیل به مناسبت ${FITR}`),
  h('2027-03-20', '1405/12/29', OIL),
];

const SOURCE = [
  'Official calendar of the Council for Public Culture (شورای فرهنگ عمومی), as reported; consulted 2026-11-23 (stored copies of the pages below).',
  '1405: ILNA, 2025-10-30, «سال ۱۴۰۵ چند روز تعطیل رسمی دارد؟» (https://www.ilna.ir/ news 1707051): 25 days; Farvardin 6, Khordad 3,',
  'Tir 2, Mordad 4, Esfand 4, none in Ordibehesht/Mehr/Azar; 6 on Thursdays, 3 on Fridays. The article text we could read lists',
  'Farvardin–Tir with weekdays; the days after Tir were completed from a second, independent list (GitHub',
  'app:calender:seed-iran-holidays-1405 seeder), which matches every ILNA count and weekday total.',
  'UNCONFIRMED 1405: 1405/01/25 (2026-04-14), 25 Shawwal, martyrdom of Imam Sadiq, is a holiday by statute in other years',
  '(1404/02/04 here) and is in the second list, but ILNA lists only six Farvardin holidays and 25 in all. It is NOT in this table;',
  'the ministry should confirm against the printed calendar and add it by sync if it is a holiday.',
  '1404: gardshgar.com/holiday-1404 (26 days, 4 on Fridays; Farvardin–Shahrivar with weekdays), esfahanemrooz.ir (Shahrivar 1404),',
  'tabnak.ir (none in Mehr 1404), sharghdaily.com (20 Jumada II 1447 = 1404/09/20, so Fatima 3 Jumada II = 1404/09/03),',
  'eghtesadonline.com (Dey 1404: 13, 27), asrshanbe.ir (Bahman 1404: 15), ILNA (1404/12/29 = 30 Ramadan, so 21 Ramadan = 1404/12/20);',
  'the full 26-day list also matches a second public list (GitHub, STATIC_JALALI_HOLIDAYS).',
  'Ad hoc closures (heat, provincial, government-announced) are not official holidays and are not listed.',
].join(' ');

export const HOLIDAYS: HolidayCalendar = { source: SOURCE, years: { 1404: Y1404, 1405: Y1405 } };

/** Every holiday date of a calendar, ascending, each once. */
export function holidayDates(calendar: HolidayCalendar = HOLIDAYS): IsoDate[] {
  const all = new Set<IsoDate>();
  for (const list of Object.values(calendar.years)) for (const day of list) all.add(day.date);
  return [...all].sort();
}
