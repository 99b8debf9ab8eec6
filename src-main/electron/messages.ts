// Every Persian string the desktop shell shows (menu, dialogs, refusals), in one place.

const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const faDigits = (s: string): string => s.replace(/[0-9]/g, (d) => FA_DIGITS[Number(d)]);

export const appTitle = 'تطبیق';

export const menu = {
  file: 'پرونده',
  quit: 'خروج',
  edit: 'ویرایش',
  undo: 'واگرد',
  redo: 'ازنو',
  cut: 'برش',
  copy: 'رونوشت',
  paste: 'چسباندن',
  selectAll: 'انتخاب همه',
  view: 'نما',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  resetZoom: 'اندازهٔ واقعی',
  fullScreen: 'تمام‌صفحه',
  reload: 'بارگذاری دوباره',
  devTools: 'ابزار توسعه',
  help: 'راهنما',
  about: 'درباره تطبیق',
  dataFolder: 'پوشهٔ داده‌ها',
};

export const about = {
  title: 'درباره تطبیق',
  message: 'تطبیق',
  detail: (version: string, dataDir: string) =>
    [
      'سامانهٔ دبیرخانهٔ هیأت تطبیق مصوبات شوراهای اسلامی شهر و روستا',
      `نسخهٔ ${faDigits(version)}`,
      `پوشهٔ داده‌ها: ${dataDir}`,
    ].join('\n'),
  close: 'بستن',
};

export const startup = {
  failedTitle: 'تطبیق باز نشد',
  /** shown when the failure has no Persian message of its own */
  failedUnknown: (logFile: string) =>
    `هنگام آغاز برنامه خطایی رخ داد و برنامه بسته می‌شود. هیچ داده‌ای تغییر نکرد.\nجزئیات در این پرونده ثبت شده است:\n${logFile}`,
  dataFolderFailed: 'پوشهٔ داده‌ها باز نشد.',
};

export const ipc = {
  forbidden: 'این درخواست از صفحه‌ای خارج از برنامه آمده و رد شد.',
  badMethod: 'درخواست ناشناخته است.',
  internal: 'خطای پیش‌بینی‌نشده‌ای رخ داد. دوباره تلاش کنید.',
};

export const pickFolder = 'انتخاب پوشه';

export const update = {
  title: 'به‌روزرسانی تطبیق',
  ready: (version: string) => `نسخهٔ ${faDigits(version)} تطبیق دریافت شد.`,
  detail:
    'برای نصب آن، برنامه بسته و دوباره باز می‌شود. کارهای ذخیره‌شده از دست نمی‌روند. اگر «بعداً» را بزنید، هنگام بستن برنامه نصب می‌شود.',
  now: 'اکنون به‌روز شود',
  later: 'بعداً',
};
