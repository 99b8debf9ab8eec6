// The office network's Persian messages.
import { toPersianDigits } from '../../../shared/text/persian';

export const lanMessages = {
  notSupported: 'این نسخه از برنامه نمی‌تواند شبکهٔ دفتر را راه بیندازد؛ برنامهٔ رومیزی یا حالت مرورگر را اجرا کنید.',
  portTaken: (port: number) =>
    `درگاه ${toPersianDigits(String(port))} را برنامهٔ دیگری گرفته است؛ درگاه دیگری انتخاب کنید.`,
  portDenied: (port: number) => `این رایانه اجازهٔ شنیدن روی درگاه ${toPersianDigits(String(port))} را نمی‌دهد.`,
  cannotServe: 'راه‌اندازی شبکهٔ دفتر ناموفق بود؛ جزئیات در گزارش برنامه ثبت شد.',
  noNetwork: 'این رایانه به هیچ شبکه‌ای وصل نیست؛ اعضا فقط پس از اتصال به شبکهٔ دفتر می‌توانند وارد شوند.',
} as const;
