// What sign-in and password changes say to users.
import { formatInstant } from '../../../shared/dates/jalali';

export const userMessages = {
  badCredentials: 'نام کاربری یا گذرواژه نادرست است.',
  lockedUntil: (until: string) =>
    `به علت تلاش‌های ناموفق پیاپی، ورود این کاربر تا ${formatInstant(until, { withTime: true })} بسته است.`,
  tooManyFromAddress: 'تلاش‌های ناموفق ورود از این رایانه زیاد بوده است؛ چند دقیقه دیگر دوباره تلاش کنید.',
  wrongCurrentPassword: 'گذرواژهٔ فعلی نادرست است.',
  samePassword: 'گذرواژهٔ جدید باید با گذرواژهٔ فعلی فرق داشته باشد.',
};
