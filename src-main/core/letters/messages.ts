// What issuing and editing letters says to users.
export const letterMessages = {
  printedMeanwhile: (number: string) =>
    `نامهٔ شمارهٔ ${number} در همین فاصله از جای دیگری چاپ یا باطل شد؛ این چاپ ثبت نشد. دوباره چاپ کنید.`,
  printTicketUnknown: 'این چاپ دیگر قابل ثبت نیست (پیش‌تر ثبت شده یا مهلتش گذشته است). دوباره چاپ کنید.',
  changedMeanwhile: 'این نامه در این فاصله تغییر کرده است. صفحه را دوباره باز کنید.',
};

/** The editable Word copy of an issued letter (issue 12, exports): its page and what can go wrong. */
export const docxMessages = {
  fileName: (number: string) => `نامهٔ ${number}`,
  nation: 'جمهوری اسلامی ایران',
  bismillah: 'بسمه تعالی',
  number: 'شماره',
  date: 'تاریخ',
  attachments: 'پیوست',
  noAttachments: 'ندارد',
  subject: 'موضوع: ',
  copies: 'رونوشت:',
  footer: 'این نسخهٔ قابل ویرایش است؛ نسخهٔ رسمی همان PDF صادرشده است.',
  draft: 'پیش‌نویس را نمی‌توان به Word برد؛ نخست نامه را صادر کنید.',
  voided: 'این نامه باطل شده است؛ نسخهٔ Word از نامهٔ باطل‌شده ساخته نمی‌شود.',
  notAbsolute: 'مسیر کامل پوشهٔ مقصد را وارد کنید (مثلاً D:\\نامه‌ها یا /home/office/letters).',
  noFolder: 'پوشهٔ مقصد پیدا نشد؛ مسیر را بررسی کنید.',
  notWritable: 'در این پوشه نمی‌توان پرونده نوشت (اجازهٔ نوشتن نیست یا دیسک فقط‌خواندنی است). پوشهٔ دیگری برگزینید.',
  diskFull: 'جای خالی دیسک مقصد کافی نیست؛ پرونده ساخته نشد. جایی باز کنید یا پوشهٔ دیگری برگزینید.',
  failed: 'ساختن پروندهٔ Word ناتمام ماند و پرونده‌ای بر جا نماند. دوباره تلاش کنید.',
};
