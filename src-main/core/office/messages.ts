// What setting up the office says to users.
export const officeMessages = {
  alreadyConfigured: 'مشخصات دبیرخانه قبلاً ثبت شده است.',
  /** the title of the first admin, made with the office */
  adminTitle: 'مدیر سامانه',
};
