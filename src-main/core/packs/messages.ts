// The session pack's Persian text (issue 15 item 3).
import { toPersianDigits } from '../../../shared/text/persian';

export const packMessages = {
  title: (number: number, year: number) =>
    `بستهٔ جلسهٔ ${toPersianDigits(number)} سال ${toPersianDigits(year)} هیأت تطبیق`,
  agenda: 'دستور جلسه',
  when: 'زمان و مکان',
  row: 'ردیف',
  resolution: 'مصوبه',
  council: 'شورا',
  incoming: 'شمارهٔ ثبت',
  item: (n: number) => `بند ${toPersianDigits(n)}`,
  text: 'متن مصوبه',
  opinion: 'نظر کارشناس مشورتی',
  noOpinion: 'نظر کارشناسی برای این مصوبه ثبت نشده است.',
  conclusion: 'نتیجه',
  clauses: 'بندهای مورد نظر',
  attachments: (n: number) => `پیوست‌های شورا: ${toPersianDigits(n)} پرونده (پس از این صفحه)`,
  attachmentUnreadable: (name: string) => `پیوست «${name}» خوانده نشد و در بسته نیامده است.`,
  noItems: 'دستور این جلسه خالی است.',
  sessionNotFound: 'جلسه پیدا نشد.',
} as const;
