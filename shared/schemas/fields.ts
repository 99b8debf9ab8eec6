// Field schemas with Persian messages. Input is normalized on the way in (DESIGN.md §4), so
// every stored string has Persian ی/ک whatever keyboard typed it.
import { z } from 'zod';
import { normalizeLine, normalizePersian, toPersianDigits } from '../text/persian';
import { isIsoDate } from '../dates/jalali';

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

export function isoDate(label: string) {
  return z.string({ error: `${label} را وارد کنید.` }).refine((s) => isIsoDate(s), `${label} تاریخ معتبری نیست.`);
}

export const idSchema = z.string({ error: 'شناسه نامعتبر است.' }).min(1, 'شناسه نامعتبر است.').max(64);
export const sha256Schema = z
  .string({ error: 'شناسه پرونده نامعتبر است.' })
  .regex(/^[0-9a-f]{64}$/, 'شناسه پرونده نامعتبر است.');
export const instantSchema = z.string();
