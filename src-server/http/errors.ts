// Every refusal the server sends: an HTTP status, a stable code and a Persian message for the
// office's users (the sync screen shows it as it is).
import type { ServerError } from '../../shared/sync/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
  body(): ServerError {
    return { error: { code: this.code, message: this.message } };
  }
}

export const MESSAGES = {
  unauthenticated: 'دسترسی این دبیرخانه به سرور تأیید نشد؛ دبیرخانه را دوباره ثبت کنید.',
  forbidden: 'این دبیرخانه اجازهٔ این کار را ندارد.',
  tooLarge: 'حجم درخواست بیش از حد مجاز است.',
  malformedJson: 'متن درخواست JSON معتبر نیست.',
  unsupportedType: 'قالب درخواست پشتیبانی نمی‌شود.',
  invalid: 'درخواست نامعتبر است',
  notFound: 'نشانی درخواست‌شده در سرور نیست.',
  internal: 'خطای پیش‌بینی‌نشده‌ای در سرور رخ داد؛ چیزی ذخیره نشد. دوباره تلاش کنید.',
  unavailable: 'سرور در حال خاموش شدن یا بی‌دسترس به پایگاه داده است؛ کمی بعد دوباره تلاش کنید.',
} as const;
