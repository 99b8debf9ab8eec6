// What the sync capability tells the office's users about pulled changes it could not apply.
export const APPLY_MESSAGES = {
  invalid: (label: string, id: string, detail: string) =>
    `دادهٔ «${label}» (${id}) دریافتی از سرور وزارت نامعتبر است (${detail})؛ کنار گذاشته شد و بقیه اعمال شد.`,
  councilNameTaken: (name: string) =>
    `شورای «${name}» دریافتی از سرور وزارت اعمال نشد: شورای دیگری با همین نام و نوع در این شهرستان هست. نام یکی از آن دو را اصلاح کنید؛ در همگام‌سازی بعدی دوباره تلاش می‌شود.`,
  notApplied: (label: string, id: string) =>
    `«${label}» (${id}) دریافتی از سرور وزارت در این دبیرخانه اعمال نشد؛ کنار گذاشته شد و در همگام‌سازی بعدی دوباره تلاش می‌شود.`,
} as const;
