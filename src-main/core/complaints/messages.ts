// The complaints capability's Persian messages.
export const complaintMessages = {
  notFound: 'شکایت پیدا نشد.',
  fileNotHeld: 'پیوست این شکایت هنوز از سرور وزارت دریافت نشده است.',
  resolutionNotFound: 'مصوبه‌ای که شکایت به آن پیوند می‌خورد پیدا نشد.',
  letterNotIssued: 'نامهٔ پیوست پاسخ باید نامه‌ای صادرشده (و باطل‌نشده) از همین دبیرخانه باشد.',
  invalidRecord: (reason: string) => `شکایت دریافتی خواندنی نیست: ${reason}`,
} as const;

/** The reports' complaints table (Excel sheet and PDF section), as the reports screen names it. */
export const complaintReportMessages = {
  sheet: 'شکایات شهروندان',
  received: 'شکایت رسیده در دوره',
  answered: 'پاسخ داده‌شده در دوره',
} as const;
