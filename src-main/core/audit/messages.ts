// What the audit capability tells its users.
export const AUDIT_MESSAGES = {
  truncated: (count: number, anchored: number) =>
    `زنجیرهٔ رویدادها کوتاه شده است: ${count} رویداد در پرونده هست، اما سرور وزارت پیش‌تر ${anchored} رویداد از این دبیرخانه تأیید کرده بود. رویدادهای پایانی حذف شده‌اند.`,
  rewritten: (anchored: number) =>
    `زنجیرهٔ رویدادها بازنویسی شده است: رویداد شمارهٔ ${anchored} با آنچه سرور وزارت پیش‌تر تأیید کرده بود یکی نیست.`,
} as const;
