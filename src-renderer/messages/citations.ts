// Citations (issue 11): the catalog picker, citations written out, the office's own catalog, and
// the objection form the panel fills at its ruling.
export const citationsMessages = {
  catalog: 'مستند از فهرست',
  catalogPlaceholder: 'جست‌وجوی قانون، ماده یا موضوع (مثلاً کاربری، عوارض، استخدام)…',
  noMatch: 'مستندی یافت نشد؛ متن آن را در «مستند نوشتاری» بنویسید.',
  officeEntry: 'فهرست دفتر',
  written: 'مستندهای نوشتاری',
  writtenHelp: 'قانون یا مقرره‌ای که در فهرست نیست: نام قانون، ماده و در صورت لزوم متن آن.',
  addWritten: 'افزودن مستند نوشتاری',
  law: 'نام قانون یا مقرره',
  article: 'ماده، بند یا تبصره',
  text: 'متن یا موضوع مستند',
  remove: 'حذف این مستند',
  saveToOffice: 'افزودن به فهرست مستندات دفتر',
  savedToOffice: 'به فهرست مستندات دفتر افزوده شد.',

  resolutionText: 'متن مصوبه',

  // the office catalog page
  pageTitle: 'مستندات قانونی',
  pageSubtitle: 'فهرست ملی مستندات (از وزارتخانه) و مستندهایی که دبیرخانه برای خود افزوده است',
  national: 'فهرست ملی',
  office: 'فهرست دفتر',
  newEntry: 'مستند جدید',
  editEntry: 'ویرایش مستند',
  colLaw: 'قانون',
  colArticle: 'ماده',
  colSubject: 'موضوع',
  colSource: 'فهرست',
  colActive: 'وضعیت',
  count: (n: string) => `${n} مستند`,
  showWithdrawn: 'نمایش مستندهای کنارگذاشته',
  activeSwitch: 'در فهرست',
  activeHelp:
    'مستند کنارگذاشته از فهرست انتخاب حذف می‌شود، اما آنچه پیش‌تر به آن استناد کرده همچنان آن را نشان می‌دهد.',
  entrySaved: 'مستند ذخیره شد.',
} as const;
