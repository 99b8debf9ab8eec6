// The council portal's words in the office (Persian, shown as they are).
export const portalMessages = {
  /** who the history names for what arrived from the portal */
  portalActor: (name: string) => `درگاه شوراها (${name})`,
  portalDeliveryActor: 'درگاه شوراها',
  noPdf: 'صورت‌جلسهٔ اصلاح هنوز از سرور نرسیده است؛ در همگام‌سازی بعدی دوباره گرفته می‌شود.',
  notWithCouncil: (status: string) => `مصوبه در وضعیت «${status}» است و پاسخ شورا را نمی‌پذیرد.`,
  amendedTitle: (title: string) => `${title} (اصلاحی)`,
} as const;
