// What opening the database says to users.
export const storageMessages = {
  newerDatabase: 'این پایگاه داده با نسخهٔ تازه‌تری از تطبیق ساخته شده است. برنامه را به‌روز کنید.',
  /** every capability refuses work until the office's details are recorded (office setup) */
  notConfigured: 'ابتدا مشخصات دبیرخانه را ثبت کنید.',
};

/** Writing an exported file into a folder the user chose (exportFile.ts). */
export const exportFileMessages = {
  notAbsolute: (example: string) => `مسیر کامل پوشهٔ مقصد را وارد کنید (مثلاً ${example}).`,
  noFolder: 'پوشهٔ مقصد پیدا نشد؛ مسیر را بررسی کنید.',
  notWritable: 'در این پوشه نمی‌توان پرونده نوشت (اجازهٔ نوشتن نیست یا دیسک فقط‌خواندنی است). پوشهٔ دیگری برگزینید.',
  diskFull: 'جای خالی دیسک مقصد کافی نیست؛ پرونده ساخته نشد. جایی باز کنید یا پوشهٔ دیگری برگزینید.',
};
