// Console accounts: who may look (viewer) or also administer (admin), over the whole country
// (ministry), one province or one county. The first admin is made by the command line
// (`account:add`); admins then make accounts inside their own scope, never wider.
import { z } from 'zod';
import { normalizeLine } from '../../shared/text/persian';
import type { ServerDb, Sql } from '../db/database';
import { newId } from '../admin/ids';
import { audit } from './audit';
import { hashPassword, MIN_PASSWORD, newPassword } from './password';

export const ROLES = ['admin', 'viewer'] as const;
export const SCOPE_KINDS = ['ministry', 'province', 'county'] as const;
export type Role = (typeof ROLES)[number];
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface ConsoleAccount {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  scope: ScopeKind;
  provinceId: string | null;
  countyId: string | null;
  provinceName: string | null;
  countyName: string | null;
  /** 1, or 0 once an admin turned it off: it cannot sign in and its sessions are ended */
  active: number;
}

export class AccountError extends Error {
  constructor(
    message: string,
    /** the Persian message for the console */
    readonly persian: string,
  ) {
    super(message);
  }
}

export const accountInput = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z][a-z0-9._-]{2,39}$/, 'نام کاربری ۳ تا ۴۰ نویسهٔ لاتین کوچک، رقم و . _ - است و با حرف آغاز می‌شود.'),
  fullName: z.string().trim().min(1, 'نام کامل خالی است.').max(120, 'نام کامل بیش از حد طولانی است.'),
  role: z.enum(ROLES, { error: 'نقش نامعتبر است.' }),
  scope: z.enum(SCOPE_KINDS, { error: 'حوزهٔ دسترسی نامعتبر است.' }),
  province: z.string().max(80).optional(),
  county: z.string().max(80).optional(),
  /** none: one is made and shown once */
  password: z.string().min(MIN_PASSWORD, 'گذرواژه دست‌کم ۱۰ نویسه است.').max(200).optional(),
});
export type AccountInput = z.infer<typeof accountInput>;

/** The body of turning an account off or on (console and council accounts alike). */
export const activeInput = z.strictObject({ active: z.boolean({ error: 'وضعیت حساب نامعتبر است.' }) });

export const ACCOUNT_SELECT = `SELECT a.id, a.username, a.full_name AS "fullName", a.role, a.scope,
    a.province_id AS "provinceId", a.county_id AS "countyId", p.name AS "provinceName", c.name AS "countyName",
    a.active
  FROM console_account a
  LEFT JOIN province p ON p.id = a.province_id
  LEFT JOIN county c ON c.id = a.county_id`;

async function place(db: Sql, input: AccountInput): Promise<{ provinceId: string | null; countyId: string | null }> {
  if (input.scope === 'ministry') return { provinceId: null, countyId: null };
  const province = normalizeLine(input.province ?? '');
  if (!province) throw new AccountError('give --province', 'استان را انتخاب کنید.');
  const [p] = await db.query<{ id: string }>('SELECT id FROM province WHERE name = $1', [province]);
  if (!p) throw new AccountError(`no province «${province}»`, `استان «${province}» در سرور نیست.`);
  if (input.scope === 'province') return { provinceId: p.id, countyId: null };
  const county = normalizeLine(input.county ?? '');
  if (!county) throw new AccountError('give --county', 'شهرستان را انتخاب کنید.');
  const [c] = await db.query<{ id: string }>('SELECT id FROM county WHERE province_id = $1 AND name = $2', [
    p.id,
    county,
  ]);
  if (!c) throw new AccountError(`no county «${county}» in «${province}»`, `شهرستان «${county}» در این استان نیست.`);
  return { provinceId: p.id, countyId: c.id };
}

/** Whether `by` may create or manage an account placed at `target` (never wider than its own). */
export function covers(
  by: Pick<ConsoleAccount, 'scope' | 'provinceId' | 'countyId'>,
  target: { provinceId: string | null; countyId: string | null },
): boolean {
  if (by.scope === 'ministry') return true;
  if (by.scope === 'province') return target.provinceId === by.provinceId;
  return target.countyId !== null && target.countyId === by.countyId;
}

/** A new account; its password is returned only when it was generated here. */
export async function createAccount(
  db: ServerDb,
  raw: unknown,
  by: { actor: string; account?: ConsoleAccount; address?: string | null },
  now: string,
): Promise<{ account: ConsoleAccount; password: string | null }> {
  const r = accountInput.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new AccountError(`${i.path.join('.')}: ${i.message}`, i.message);
  }
  const input = r.data;
  const password = input.password ?? newPassword();
  const hash = await hashPassword(password);
  const id = await db.tx(async (tx) => {
    const where = await place(tx, input);
    if (by.account && !covers(by.account, where))
      throw new AccountError('outside the admin scope', 'حساب بیرون از حوزهٔ دسترسی شما ساخته نمی‌شود.');
    const [have] = await tx.query('SELECT id FROM console_account WHERE username = $1', [input.username]);
    if (have) throw new AccountError(`username ${input.username} is taken`, 'این نام کاربری پیش‌تر ثبت شده است.');
    const accountId = newId();
    await tx.query(
      `INSERT INTO console_account (id, username, full_name, password_hash, role, scope, province_id, county_id,
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [
        accountId,
        input.username,
        normalizeLine(input.fullName),
        hash,
        input.role,
        input.scope,
        where.provinceId,
        where.countyId,
        now,
      ],
    );
    await audit(
      tx,
      {
        actor: by.actor,
        action: 'account.create',
        target: input.username,
        address: by.address,
        detail: {
          role: input.role,
          scope: input.scope,
          province: input.province ?? null,
          county: input.county ?? null,
        },
      },
      now,
    );
    return accountId;
  });
  const account = await accountById(db.read, id);
  return { account: account!, password: input.password ? null : password };
}

export async function accountById(db: Sql, id: string): Promise<ConsoleAccount | null> {
  const [a] = await db.query<ConsoleAccount>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [id]);
  return a ?? null;
}

/** A new password (generated when none is given), the lock lifted, every session ended. */
export async function resetPassword(
  db: ServerDb,
  username: string,
  given: string | undefined,
  by: { actor: string; account?: ConsoleAccount; address?: string | null },
  now: string,
): Promise<{ password: string | null }> {
  if (given !== undefined && given.length < MIN_PASSWORD)
    throw new AccountError('password too short', 'گذرواژه دست‌کم ۱۰ نویسه است.');
  const password = given ?? newPassword();
  const hash = await hashPassword(password);
  await db.tx(async (tx) => {
    const [a] = await tx.query<ConsoleAccount>(`${ACCOUNT_SELECT} WHERE a.username = $1`, [username]);
    if (!a || (by.account && !covers(by.account, a)))
      throw new AccountError(`no account ${username}`, 'چنین حسابی در حوزهٔ شما نیست.');
    await tx.query(
      `UPDATE console_account SET password_hash = $1, failed_attempts = 0, locked_until = NULL, updated_at = $2
        WHERE id = $3`,
      [hash, now, a.id],
    );
    await tx.query('UPDATE console_session SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL', [now, a.id]);
    await audit(tx, { actor: by.actor, action: 'account.password', target: username, address: by.address }, now);
  });
  return { password: given === undefined ? password : null };
}

/**
 * Turns an account off (it cannot sign in, its open sessions end) or on again. An admin never turns
 * off its own account, so a scope cannot be left without the admin who locked itself out.
 */
export async function setAccountActive(
  db: ServerDb,
  username: string,
  active: boolean,
  by: { actor: string; account?: ConsoleAccount; address?: string | null },
  now: string,
): Promise<{ active: boolean }> {
  await db.tx(async (tx) => {
    const [a] = await tx.query<ConsoleAccount>(`${ACCOUNT_SELECT} WHERE a.username = $1`, [username]);
    if (!a || (by.account && !covers(by.account, a)))
      throw new AccountError(`no account ${username}`, 'چنین حسابی در حوزهٔ شما نیست.');
    if (!active && a.id === by.account?.id)
      throw new AccountError('an admin does not turn off its own account', 'حساب خودتان را نمی‌توانید غیرفعال کنید.');
    await tx.query('UPDATE console_account SET active = $1, updated_at = $2 WHERE id = $3', [
      active ? 1 : 0,
      now,
      a.id,
    ]);
    if (!active)
      await tx.query('UPDATE console_session SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL', [
        now,
        a.id,
      ]);
    const action = active ? 'account.activate' : 'account.deactivate';
    await audit(tx, { actor: by.actor, action, target: username, address: by.address }, now);
  });
  return { active };
}

/** Accounts the viewer's scope covers. */
export async function listAccounts(db: Sql, by: ConsoleAccount): Promise<ConsoleAccount[]> {
  const rows = await db.query<ConsoleAccount>(`${ACCOUNT_SELECT} ORDER BY a.username`);
  return rows.filter((a) => covers(by, a));
}
