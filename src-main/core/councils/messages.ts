// What importing councils says to users.
import { formatNumberFa, toPersianDigits } from '../../../shared/text/persian';

export const councilMessages = {
  header: 'سطر اول باید عنوان ستون‌ها باشد: نام، نوع، شهرستان، استان (و در صورت نیاز کد).',
  unsupportedType: 'فقط پرونده‌های CSV و اکسل (xlsx) پذیرفته می‌شود.',
  unreadableXlsx: 'پروندهٔ اکسل خوانده نشد؛ آن را با قالب xlsx ذخیره کنید.',
  unreadableCsv: 'پروندهٔ CSV خوانده نشد؛ آن را با کدگذاری UTF-8 ذخیره کنید.',
  fileTooLarge: (bytes: number) =>
    `حجم پرونده بیش از ${formatNumberFa(bytes / 1024 / 1024)} مگابایت است؛ آن را به چند پرونده تقسیم کنید.`,
  tooManyRows: (max: number) =>
    `پرونده بیش از ${formatNumberFa(max)} شورا دارد؛ هر بار حداکثر ${formatNumberFa(max)} شورا وارد می‌شود. ` +
    'پرونده را به چند پرونده تقسیم کنید.',
  tooComplex: 'خواندن این پرونده بیش از حد زمان یا حافظه گرفت؛ آن را به چند پروندهٔ کوچک‌تر تقسیم کنید.',
  unknownKind: (kind: string) => `نوع شورا «${kind}» شناخته نشد؛ یکی از روستا، بخش، شهر، شهرستان، استان.`,
  duplicateOfRow: (row: number) => `تکراری: همان شورای سطر ${toPersianDigits(row)}.`,
  empty: 'پرونده هیچ سطری ندارد.',
  duplicate: (council: string) => `${council} قبلاً ثبت شده است.`,
  notFound: 'شورا یافت نشد.',
};
