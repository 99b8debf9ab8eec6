import { PASSWORD_MIN } from '../../shared/schemas/user';
import { toPersianDigits } from '../../shared/text/persian';

export const shellMessages = {
  navDesk: 'میز کار',
  navRegister: 'دفتر مصوبات',
  navNewResolution: 'ثبت مصوبه جدید',
  navSessions: 'جلسات هیأت',
  navCouncils: 'شوراها',
  navUsers: 'کاربران',
  navSectionWork: 'کارتابل',
  navSectionSettings: 'اطلاعات پایه',
  navSectionAdmin: 'مدیریت سامانه',
  version: (v: string) => `نسخه ${v}`,
  modeBrowser: 'نسخه مرورگر',
  modeDesktop: 'نسخه رومیزی',
  openMenu: 'باز کردن منو',
  userMenu: 'حساب کاربری',
  username: (u: string) => `نام کاربری: ${u}`,
  changePassword: 'تغییر گذرواژه',
  signOut: 'خروج از سامانه',
  signingOut: 'در حال خروج…',
  goDesk: 'رفتن به میز کار',
  noAccessTitle: 'دسترسی به این صفحه ندارید',
  noAccessBody: (role: string) =>
    `نقش «${role}» اجازهٔ دیدن این صفحه را ندارد. اگر لازم است، با مدیر سامانه تماس بگیرید.`,
  // the password dialog
  passwordTitle: 'تغییر گذرواژه',
  passwordIntro: `گذرواژهٔ جدید دست‌کم ${toPersianDigits(PASSWORD_MIN)} نویسه و هم حرف و هم رقم داشته باشد. پنجره‌های دیگری که با این کاربر باز است بسته می‌شوند.`,
  currentPassword: 'گذرواژهٔ فعلی',
  newPassword: 'گذرواژهٔ جدید',
  confirmPassword: 'تکرار گذرواژهٔ جدید',
  confirmMismatch: 'تکرار گذرواژه با گذرواژهٔ جدید یکی نیست.',
  confirmRequired: 'گذرواژهٔ جدید را دوباره وارد کنید.',
  passwordSave: 'تغییر گذرواژه',
  passwordChanged: 'گذرواژهٔ شما تغییر کرد.',
} as const;
