// The contacts capability's Persian messages.
export const contactMessages = {
  notOnPanel: 'تلفن و ایمیل فقط برای اعضای فعال هیأت و دبیرخانه ثبت می‌شود.',
} as const;
