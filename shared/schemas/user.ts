// Users of one office and the signed-in session (DESIGN.md §1, §8).
import { z } from 'zod';
import { ROLES, roleSchema } from '../lifecycle/roles';
import { toPersianDigits } from '../text/persian';
import { idSchema, optionalLine, requiredLine, safeString } from './fields';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const usernameSchema = safeString('نام کاربری را وارد کنید.')
  .trim()
  .toLowerCase()
  .pipe(
    z
      .string()
      .min(3, `نام کاربری دست‌کم ${toPersianDigits(3)} نویسه است.`)
      .max(40, `نام کاربری حداکثر ${toPersianDigits(40)} نویسه است.`)
      .regex(/^[a-z0-9._-]+$/, 'نام کاربری فقط حروف لاتین، رقم، نقطه، خط تیره و زیرخط می‌تواند داشته باشد.'),
  );

export const newPasswordSchema = safeString('گذرواژه را وارد کنید.')
  .min(PASSWORD_MIN, `گذرواژه دست‌کم ${toPersianDigits(PASSWORD_MIN)} نویسه است.`)
  .max(PASSWORD_MAX, `گذرواژه حداکثر ${toPersianDigits(PASSWORD_MAX)} نویسه است.`)
  .refine((p) => /\D/.test(p) && /\d/.test(p), 'گذرواژه باید هم حرف و هم رقم داشته باشد.');

/** The account the office setup creates: the office's first admin. */
export const firstAdminInput = z.object({
  username: usernameSchema,
  fullName: requiredLine('نام و نام خانوادگی', 120),
  password: newPasswordSchema,
});

export const userCreateInput = z
  .object({
    username: usernameSchema,
    fullName: requiredLine('نام و نام خانوادگی', 120),
    /** shown under the name in letters and minutes, e.g. «فرماندار و رئیس هیأت تطبیق» */
    title: optionalLine('سمت', 120),
    role: roleSchema,
    isChair: z.boolean().optional().default(false),
    password: newPasswordSchema,
  })
  .refine((u) => !u.isChair || u.role === 'member', { message: 'رئیس هیأت باید عضو هیأت باشد.', path: ['isChair'] });
export type UserCreateInput = z.input<typeof userCreateInput>;

export const userUpdateInput = z
  .object({
    id: idSchema,
    rev: z.number().int().positive(),
    fullName: requiredLine('نام و نام خانوادگی', 120),
    title: optionalLine('سمت', 120),
    role: roleSchema,
    isChair: z.boolean(),
    active: z.boolean(),
  })
  .refine((u) => !u.isChair || u.role === 'member', { message: 'رئیس هیأت باید عضو هیأت باشد.', path: ['isChair'] });
export type UserUpdateInput = z.input<typeof userUpdateInput>;

export const passwordResetInput = z.object({ id: idSchema, password: newPasswordSchema });
export const passwordChangeInput = z.object({
  current: safeString('گذرواژهٔ فعلی را وارد کنید.').min(1, 'گذرواژهٔ فعلی را وارد کنید.').max(PASSWORD_MAX),
  next: newPasswordSchema,
});

export const loginInput = z.object({
  username: safeString('نام کاربری را وارد کنید.').trim().toLowerCase().min(1, 'نام کاربری را وارد کنید.').max(40),
  password: safeString('گذرواژه را وارد کنید.').min(1, 'گذرواژه را وارد کنید.').max(PASSWORD_MAX),
});

export const user = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  role: z.enum(ROLES),
  isChair: z.boolean(),
  active: z.boolean(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof user>;

export const currentUser = user.pick({
  id: true,
  username: true,
  fullName: true,
  title: true,
  role: true,
  isChair: true,
});
export type CurrentUser = z.infer<typeof currentUser>;

export const userListInput = z.object({
  role: roleSchema.optional(),
  includeInactive: z.boolean().optional().default(false),
});
