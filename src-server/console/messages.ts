// The console API's Persian messages (the web app shows them as they are).
export const CONSOLE_MESSAGES = {
  badCredentials: 'نام کاربری یا گذرواژه درست نیست.',
  locked: 'به دلیل تلاش‌های نادرست پیاپی، این حساب برای ۱۵ دقیقه قفل شد.',
  signedOut: 'ابتدا وارد سامانه شوید.',
  expired: 'نشست شما به دلیل بی‌کاری پایان یافت؛ دوباره وارد شوید.',
  csrf: 'درخواست از صفحهٔ سامانه نیامده است؛ صفحه را تازه کنید و دوباره تلاش کنید.',
  adminOnly: 'این کار فقط از مدیران سامانه برمی‌آید.',
  outOfScope: 'این مورد در حوزهٔ دسترسی شما نیست.',
  notFound: 'چنین مصوبه‌ای در این دبیرخانه نیست.',
  unknownPublish: 'چنین فهرستی برای انتشار نیست.',
  crossOrigin: 'درخواست از نشانی دیگری آمده است و پذیرفته نشد.',
} as const;
