// The reports capability's Persian messages (issue 12).
export const reportMessages = {
  chairOnly: 'گزارش‌ها برای دبیرخانه، رئیس هیأت و ناظر است؛ عضو هیأت به آن دسترسی ندارد.',
} as const;
