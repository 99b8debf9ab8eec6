// What uploading and reading attachments says to users.
export const attachmentMessages = {
  corrupt: 'محتوای پرونده خراب است؛ دوباره بارگذاری کنید.',
  empty: 'پرونده خالی است.',
  notPdf: (name: string) => `«${name}» پروندهٔ PDF نیست؛ فقط پروندهٔ PDF پذیرفته می‌شود.`,
  tooLarge: (mb: string) => `حجم پیوست بیش از ${mb} مگابایت است.`,
  notFound: 'پیوست یافت نشد.',
};
