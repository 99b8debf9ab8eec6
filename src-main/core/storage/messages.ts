// What opening the database says to users.
export const storageMessages = {
  newerDatabase: 'این پایگاه داده با نسخهٔ تازه‌تری از تطبیق ساخته شده است. برنامه را به‌روز کنید.',
  /** every capability refuses work until the office's details are recorded (office setup) */
  notConfigured: 'ابتدا مشخصات دبیرخانه را ثبت کنید.',
};
