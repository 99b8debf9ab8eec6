// The sync screen (همگام‌سازی با سرور وزارت).
export const syncMessages = {
  title: 'همگام‌سازی با سرور وزارت',
  subtitle: 'ارسال مصوبات و سوابق این دبیرخانه به سرور وزارت کشور و دریافت ضوابط و اطلاعات پایه',
  syncNow: 'همگام‌سازی اکنون',
  syncing: 'در حال همگام‌سازی…',
  started: 'همگام‌سازی آغاز شد.',
  // state
  stateTitle: 'وضعیت',
  notEnrolledTitle: 'این دبیرخانه هنوز در سرور وزارت ثبت نشده است',
  notEnrolledAdmin: 'نشانی سرور و کد ثبتی را که وزارت داده است در فرم زیر وارد کنید.',
  notEnrolledOther: 'مدیر سامانه باید دبیرخانه را با کد ثبتی که وزارت می‌دهد، در سرور ثبت کند.',
  server: 'سرور',
  serverOffice: 'ثبت‌شده به نام',
  enrolledAt: 'تاریخ ثبت',
  lastSuccess: 'آخرین همگام‌سازی موفق',
  lastAttempt: 'آخرین تلاش',
  nextRun: 'همگام‌سازی بعدی',
  never: 'هنوز انجام نشده',
  every: (minutes: string) => `خودکار، هر ${minutes} دقیقه و هنگام باز شدن برنامه`,
  lastCounts: (pushed: string, pulled: string) =>
    `در آخرین همگام‌سازی ${pushed} مورد ارسال و ${pulled} مورد دریافت شد.`,
  lastError: 'آخرین خطا',
  phasePush: 'ارسال سوابق به سرور',
  phasePull: 'دریافت اطلاعات از سرور',
  progress: (done: string, total: string) => `${done} از ${total}`,
  progressOpen: (done: string) => `${done} مورد`,
  // waiting
  waitingTitle: 'در انتظار ارسال',
  waitingNone: 'همهٔ سوابق این دبیرخانه به سرور رسیده است.',
  waitingCount: (n: string) => `${n} مورد در انتظار ارسال`,
  setAsideTitle: 'دریافت‌شده اما اعمال‌نشده',
  setAsideIntro:
    'این موارد از سرور وزارت رسید اما در این دبیرخانه اعمال نشد؛ بقیهٔ اطلاعات اعمال شده است. پس از رفع دلیل، در همگام‌سازی بعدی خودکار دوباره اعمال می‌شوند.',
  heldTitle: 'منتظر پیش‌نیاز در سرور',
  heldIntro: 'این موارد پس از رسیدن پیش‌نیازشان به سرور، خودکار دوباره فرستاده می‌شوند.',
  // rejected
  rejectedTitle: 'موارد ردشده توسط سرور',
  rejectedIntro:
    'سرور این تغییرها را نپذیرفته است. با ویرایش دوبارهٔ رکورد یا رفع مشکل در سرور، آن را دوباره بفرستید؛ هیچ موردی بی‌صدا کنار گذاشته نمی‌شود.',
  colKind: 'نوع',
  colRecord: 'رکورد',
  colReason: 'دلیل',
  colAt: 'زمان',
  retry: 'ارسال دوباره',
  retried: 'دوباره در صف ارسال قرار گرفت.',
  // enrollment
  enrollTitle: 'ثبت دبیرخانه در سرور وزارت',
  reenrollTitle: 'ثبت دوباره',
  reenrollIntro:
    'اگر وزارت کد ثبت تازه‌ای داده است (مثلاً پس از لغو دسترسی یا تغییر سرور)، آن را اینجا وارد کنید. ثبت در سروری دیگر، همهٔ سوابق را دوباره می‌فرستد.',
  serverUrl: 'نشانی سرور وزارت',
  serverUrlHelp: 'مانند https://tatbiq.moi.ir',
  code: 'کد ثبت',
  codeHelp: 'کد یک‌بارمصرفی که وزارت برای این دبیرخانه صادر کرده است',
  enroll: 'ثبت در سرور',
  enrolled: (name: string) => `دبیرخانه با نام «${name}» در سرور وزارت ثبت شد.`,
} as const;
