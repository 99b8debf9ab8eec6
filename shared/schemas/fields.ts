// Field schemas with Persian messages. Every string of the contract's input is built here. Typed
// text is normalized on the way in (DESIGN.md §4), so every stored string has Persian ی/ک
// whatever keyboard typed it, and loses the control characters no text may carry (pasted from
// Word or a PDF they are invisible; shared/text/persian.ts lists them and why). Strings that are
// not typed text (passwords, codes, identifiers, files) refuse those characters instead: a
// password or a code must never change silently.
import { z } from 'zod';
import { hasUnsafeCharacters, normalizeLine, normalizePersian, stripUnsafe, toPersianDigits } from '../text/persian';
import { isIsoDate } from '../dates/jalali';

export const UNSAFE_CHARACTERS = 'این مقدار نویسهٔ نامعتبری (نویسهٔ کنترلی یا جهت‌نما) دارد.';

/** A string that is not typed text: control characters and the like are refused. */
export function safeString(error = 'مقدار نامعتبر است.') {
  return z.string({ error }).refine((s) => !hasUnsafeCharacters(s), UNSAFE_CHARACTERS);
}

/** Text kept as sent (a letter's HTML body, a search): at most `max` long, unsafe characters dropped. */
export function rawText(max: number, tooLong: string, error?: string) {
  return z
    .string(error ? { error } : undefined)
    .max(max, tooLong)
    .transform(stripUnsafe);
}

/** A file's name as the computer gave it: unsafe characters dropped, 1–255 long. */
export function fileName() {
  return z
    .string({ error: 'نام پرونده خالی است.' })
    .transform(stripUnsafe)
    .pipe(z.string().min(1, 'نام پرونده خالی است.').max(255, 'نام پرونده بیش از حد طولانی است.'));
}

export function requiredLine(label: string, max = 200) {
  return z
    .string({ error: `${label} را وارد کنید.` })
    .transform(normalizeLine)
    .pipe(
      z
        .string()
        .min(1, `${label} را وارد کنید.`)
        .max(max, `${label} حداکثر ${toPersianDigits(max)} نویسه می‌تواند باشد.`),
    );
}

export function optionalLine(label: string, max = 200) {
  return z
    .string({ error: `${label} نامعتبر است.` })
    .transform(normalizeLine)
    .pipe(z.string().max(max, `${label} حداکثر ${toPersianDigits(max)} نویسه می‌تواند باشد.`))
    .optional()
    .default('');
}

export function requiredText(label: string, max = 100_000) {
  return z
    .string({ error: `${label} را وارد کنید.` })
    .transform(normalizePersian)
    .pipe(z.string().min(1, `${label} را وارد کنید.`).max(max, `${label} بیش از حد طولانی است.`));
}

/** A calendar date `YYYY-MM-DD`; an empty one asks for it rather than calling it invalid. */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} را وارد کنید.` })
    .min(1, `${label} را وارد کنید.`)
    .refine((s) => s === '' || isIsoDate(s), `${label} تاریخ معتبری نیست.`);
}

export const idSchema = safeString('شناسه نامعتبر است.').min(1, 'شناسه نامعتبر است.').max(64);
export const sha256Schema = z
  .string({ error: 'شناسه پرونده نامعتبر است.' })
  .regex(/^[0-9a-f]{64}$/, 'شناسه پرونده نامعتبر است.');
export const instantSchema = z.string();
