// MUI X's Jalali adapter with Persian digits. date-fns-jalali's fa-IR locale writes Latin
// digits, so the calendar and the field would show «1405/09/01». This subclass maps every
// formatted digit to Persian (MUI then derives the field's digits from the adapter, see
// getLocalizedDigits) and folds Persian/Arabic-Indic digits back before parsing.
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { format as formatJalaliDate } from 'date-fns-jalali/format';
import { parse as parseJalaliDate } from 'date-fns-jalali/parse';

const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

function latinToPersian(s: string): string {
  return s.replace(/[0-9]/g, (d) => FA_DIGITS[Number(d)]);
}

function toLatinDigits(s: string): string {
  return s
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

export class PersianDigitsJalaliAdapter extends AdapterDateFnsJalali {
  constructor({ locale, formats }: ConstructorParameters<typeof AdapterDateFnsJalali>[0] = {}) {
    // the calendar's weekday heads: «ش ی د س چ پ ج» (the short form would be «1ش», «2ش», …)
    super({ locale, formats: { weekdayShort: 'EEEEE', ...formats } });
    // MUI tells a padded year by the formatted year 1 starting with a Latin '0'; with Persian
    // digits it cannot, so the year's width is stated here.
    this.formatTokenMap = { ...this.formatTokenMap, yyyy: { sectionType: 'year', contentType: 'digit', maxLength: 4 } };
  }

  override formatByString = (value: Date, formatString: string): string =>
    latinToPersian(formatJalaliDate(value, formatString, { locale: this.locale }));

  override parse = (value: string, formatString: string): Date | null => {
    if (value === '') return null;
    return parseJalaliDate(toLatinDigits(value), formatString, new Date(), { locale: this.locale });
  };
}
