// What the sync capability tells the office's users: the server's answers, and pulled changes it could not apply.
export const APPLY_MESSAGES = {
  invalid: (label: string, id: string, detail: string) =>
    `دادهٔ «${label}» (${id}) دریافتی از سرور وزارت نامعتبر است (${detail})؛ کنار گذاشته شد و بقیه اعمال شد.`,
  councilNameTaken: (name: string) =>
    `شورای «${name}» دریافتی از سرور وزارت اعمال نشد: شورای دیگری با همین نام و نوع در این شهرستان هست. نام یکی از آن دو را اصلاح کنید؛ در همگام‌سازی بعدی دوباره تلاش می‌شود.`,
  notApplied: (label: string, id: string) =>
    `«${label}» (${id}) دریافتی از سرور وزارت در این دبیرخانه اعمال نشد؛ کنار گذاشته شد و در همگام‌سازی بعدی دوباره تلاش می‌شود.`,
} as const;

/** Why a request to the ministry server failed. */
export const SYNC_MESSAGES = {
  network: 'سرور وزارت در دسترس نیست؛ اتصال شبکه را بررسی کنید. همگام‌سازی بعداً دوباره تلاش می‌کند.',
  timeout: 'پاسخ سرور وزارت به موقع نرسید. همگام‌سازی بعداً دوباره تلاش می‌کند.',
  server: 'سرور وزارت با خطا پاسخ داد. همگام‌سازی بعداً دوباره تلاش می‌کند.',
  auth: 'دسترسی این دبیرخانه به سرور وزارت پذیرفته نشد؛ مدیر سامانه باید با کد ثبت تازه دوباره ثبت کند.',
  protocol: 'پاسخ سرور وزارت قابل فهم نبود؛ ممکن است نسخهٔ سرور با این برنامه سازگار نباشد.',
} as const;

export const ENGINE_MESSAGES = {
  notEnrolled: 'این دبیرخانه هنوز در سرور وزارت ثبت نشده است؛ مدیر سامانه باید آن را با کد ثبت، ثبت کند.',
  unexpected: 'همگام‌سازی با خطای پیش‌بینی‌نشده‌ای متوقف شد؛ چیزی از دست نرفته است و بعداً دوباره تلاش می‌شود.',
  checkServerUrl: (reason: string) => `${reason} نشانی سرور را بررسی کنید.`,
  setAsideGone: 'این مورد دیگر در فهرست ردشده‌ها نیست.',
  missingFile: 'پروندهٔ پیوست این رکورد در این رایانه یافت نشد یا آسیب دیده است؛ آن را دوباره پیوست کنید.',
} as const;
