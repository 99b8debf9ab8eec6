// The review capability's Persian messages added with issue 11 (the office's citation catalog).
export const reviewMessages = {
  officeReferenceNotFound: 'این مستند در فهرست مستندات دفتر یافت نشد؛ فهرست را دوباره باز کنید.',
  officeReferenceStale: 'این مستند در این فاصله تغییر کرده است؛ فهرست را دوباره باز کنید.',
  officeReferenceDuplicate: 'این مستند با همین قانون و ماده در فهرست دفتر هست.',
  notInNationalCatalog:
    'مستند انتخاب‌شده در فهرست ملی مستندات یافت نشد؛ مستندهای فهرست دفتر به صورت متن در رأی یا نظر ثبت می‌شوند.',
} as const;
