// The panel's contacts (issue 15 item 6): each member's and the secretariat's phone and email,
// kept by the secretary and shown to everyone signed in.
import { z } from 'zod';
import { toAsciiDigits } from '../text/persian';
import { idSchema } from './fields';

const PHONE = /^\+?[0-9][0-9 -]{6,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const contactInput = z.object({
  userId: idSchema,
  phone: z
    .string({ error: 'شمارهٔ تلفن نامعتبر است.' })
    .transform((s) => toAsciiDigits(s).trim())
    .refine((s) => s === '' || PHONE.test(s), 'شمارهٔ تلفن را فقط با رقم وارد کنید (مثلاً ۰۹۱۲۳۴۵۶۷۸۹).'),
  email: z
    .string({ error: 'نشانی ایمیل نامعتبر است.' })
    .transform((s) => s.trim())
    .refine((s) => s === '' || (s.length <= 200 && EMAIL.test(s)), 'نشانی ایمیل نامعتبر است.'),
});
export type ContactInput = z.input<typeof contactInput>;

export const contact = z.object({
  userId: z.string(),
  fullName: z.string(),
  title: z.string(),
  role: z.string(),
  isChair: z.boolean(),
  phone: z.string(),
  email: z.string(),
});
export type Contact = z.infer<typeof contact>;
