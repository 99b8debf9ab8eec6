// What assigning resolutions for review and the citation catalogs say to users.
export const reviewMessages = {
  officeReferenceNotFound: 'این مستند در فهرست مستندات دفتر یافت نشد؛ فهرست را دوباره باز کنید.',
  officeReferenceStale: 'این مستند در این فاصله تغییر کرده است؛ فهرست را دوباره باز کنید.',
  officeReferenceDuplicate: 'این مستند با همین قانون و ماده در فهرست دفتر هست.',
  notInNationalCatalog:
    'مستند انتخاب‌شده در فهرست ملی مستندات یافت نشد؛ مستندهای فهرست دفتر به صورت متن در رأی یا نظر ثبت می‌شوند.',
  assignBySecretary: 'ارجاع مصوبه به کارشناس با دبیرخانه است.',
  alreadyAssigned: 'این مصوبه هم‌اکنون به همین کارشناس ارجاع شده است.',
  referenceNotFound: 'مستند قانونی انتخاب‌شده در فهرست مستندات یافت نشد؛ فهرست را دوباره باز کنید.',
} as const;
