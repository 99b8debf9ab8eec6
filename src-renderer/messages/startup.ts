import { PASSWORD_MIN } from '../../shared/schemas/user';
import { toPersianDigits } from '../../shared/text/persian';

export const startupMessages = {
  loading: 'در حال آماده‌سازی برنامه…',
  errorTitle: 'برنامه آماده نشد',
  errorHint: 'اگر این خطا تکرار شد، برنامه را ببندید و دوباره باز کنید.',
  setupTitle: 'به تطبیق خوش آمدید',
  setupIntro:
    'پیش از شروع، مشخصات دبیرخانه را وارد کنید. این مشخصات در سربرگ نامه‌ها و در همگام‌سازی با وزارت کشور به کار می‌رود و بعداً قابل تغییر است.',
  stepOrganisation: 'سازمان',
  stepPlace: 'محل و کد',
  stepAdmin: 'مدیر سامانه',
  adminIntro:
    'نخستین کاربر، مدیر سامانه است: او کاربران دیگر (دبیرخانه، کارشناسان، اعضای هیأت) را می‌سازد. پس از ثبت، با همین حساب وارد می‌شوید.',
  adminFullName: 'نام و نام خانوادگی',
  adminUsername: 'نام کاربری',
  adminUsernameHelp: 'با حروف لاتین، مثلاً admin یا m.ahmadi',
  adminPassword: 'گذرواژه',
  adminPasswordHelp: `دست‌کم ${toPersianDigits(PASSWORD_MIN)} نویسه، هم حرف و هم رقم`,
  adminConfirm: 'تکرار گذرواژه',
  confirmMismatch: 'تکرار گذرواژه با گذرواژه یکی نیست.',
  confirmRequired: 'گذرواژه را دوباره وارد کنید.',
  name: 'نام دبیرخانه',
  nameHelp: 'مثلاً «دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان کرمان»',
  organisation: 'نام سازمان',
  organisationHelp: 'مثلاً «فرمانداری شهرستان کرمان»',
  ministry: 'وزارتخانه',
  province: 'استان',
  county: 'شهرستان',
  code: 'کد دبیرخانه',
  codeHelp: 'کدی که وزارت کشور به دبیرخانه داده است',
  next: 'بعدی',
  previous: 'قبلی',
  submit: 'شروع کار با تطبیق',
  saving: 'در حال ذخیره…',
} as const;
