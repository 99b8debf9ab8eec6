// What sign-in, password changes and managing users say to users.
import { formatInstant } from '../../../shared/dates/jalali';

export const userMessages = {
  badCredentials: 'نام کاربری یا گذرواژه نادرست است.',
  lockedUntil: (until: string) =>
    `به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا ${formatInstant(until, { withTime: true })} بسته است.`,
  tooManyFromAddress: 'تلاش‌های ناموفق ورود از این رایانه زیاد بوده است؛ چند دقیقه دیگر دوباره تلاش کنید.',
  wrongCurrentPassword: 'گذرواژهٔ فعلی نادرست است.',
  samePassword: 'گذرواژهٔ جدید باید با گذرواژهٔ فعلی فرق داشته باشد.',
  notFound: 'کاربر یافت نشد.',
  expertUnavailable: 'کارشناس انتخاب‌شده یافت نشد یا غیرفعال است.',
  userUnavailable: 'کاربر انتخاب‌شده یافت نشد یا غیرفعال است.',
  usernameTaken: (username: string) => `نام کاربری «${username}» قبلاً استفاده شده است.`,
  chairTaken: 'رئیس هیأت قبلاً تعیین شده است؛ ابتدا او را از ریاست بردارید.',
  lastAdmin: 'دبیرخانه دست‌کم یک مدیر فعال باید داشته باشد.',
  sessionGone: 'این ورود دیگر برقرار نیست؛ فهرست را تازه کنید.',
  ownSession: 'ورود خودتان را با «خروج» ببندید.',
};
