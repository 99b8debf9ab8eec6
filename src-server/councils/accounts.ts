// Council accounts: the council secretary (منشی شورا) of one council signs in to the council
// portal. Console admins make them for councils inside their own scope (a county admin its
// county's, a province admin its province's, the ministry any); the councils are those offices
// pushed (sync_record, entity council), so a council is known by its office and the office's id
// for it. Passwords, lockout, sessions and CSRF are the console's (sessions.ts, COUNCIL_REALM).
import { z } from 'zod';
import { councilDisplayName } from '../../shared/domain/councils';
import { normalizeLine } from '../../shared/text/persian';
import type { ServerDb, Sql } from '../db/database';
import { newId } from '../admin/ids';
import { HttpError } from '../http/errors';
import { accountInput, type ConsoleAccount } from '../console/accounts';
import { audit } from '../console/audit';
import { hashPassword, newPassword } from '../console/password';
import type { Realm } from '../console/sessions';
import { COUNCIL_MESSAGES as M } from './messages';

export interface CouncilAccount {
  id: string;
  username: string;
  fullName: string;
  officeId: string;
  officeCode: string;
  officeName: string;
  councilId: string;
  councilName: string;
  active: number;
}

const ACCOUNT_SELECT = `SELECT a.id, a.username, a.full_name AS "fullName", a.office_id AS "officeId",
    o.code AS "officeCode", o.name AS "officeName", a.council_id AS "councilId", r.data AS council, a.active,
    c.province_id AS "provinceId", o.county_id AS "countyId"
  FROM council_account a
  JOIN office o ON o.id = a.office_id
  JOIN county c ON c.id = o.county_id
  LEFT JOIN sync_record r ON r.office_id = a.office_id AND r.entity = 'council' AND r.id = a.council_id`;

type Row = Omit<CouncilAccount, 'councilName'> & { council: string | null; provinceId: string; countyId: string };

const nameOf = (data: string | null, fallback: string) => {
  if (!data) return fallback;
  const d = JSON.parse(data) as { kind: string; name: string };
  return councilDisplayName(d);
};

const toAccount = ({ council, provinceId: _p, countyId: _c, ...r }: Row): CouncilAccount => ({
  ...r,
  active: Number(r.active),
  councilName: nameOf(council, r.councilId),
});

export const COUNCIL_REALM: Realm<CouncilAccount> = {
  accounts: 'council_account',
  sessions: 'council_session',
  cookie: 'tq_council',
  path: '/council',
  load: async (db, id) => toAccount((await db.query<Row>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [id]))[0]),
  actor: (id) => `council:${id}`,
};

/** The scope filter of a console account over offices (o) and counties (c), from parameter $n on. */
function scopeWhere(by: ConsoleAccount, n: number): { sql: string; params: unknown[] } {
  if (by.scope === 'province') return { sql: `c.province_id = $${n}`, params: [by.provinceId] };
  if (by.scope === 'county') return { sql: `o.county_id = $${n}`, params: [by.countyId] };
  return { sql: 'TRUE', params: [] };
}

export interface ScopeCouncil {
  officeId: string;
  officeCode: string;
  officeName: string;
  councilId: string;
  name: string;
  active: number;
}

/** The councils the offices inside the account's scope pushed. */
export async function councilsInScope(db: Sql, by: ConsoleAccount): Promise<ScopeCouncil[]> {
  const w = scopeWhere(by, 1);
  const rows = await db.query<{ officeId: string; officeCode: string; officeName: string; id: string; data: string }>(
    `SELECT r.office_id AS "officeId", o.code AS "officeCode", o.name AS "officeName", r.id, r.data
       FROM sync_record r JOIN office o ON o.id = r.office_id JOIN county c ON c.id = o.county_id
      WHERE r.entity = 'council' AND ${w.sql}
      ORDER BY o.code, r.id`,
    w.params,
  );
  return rows
    .map((r) => {
      const d = JSON.parse(r.data) as { kind: string; name: string; active: number };
      return {
        officeId: r.officeId,
        officeCode: r.officeCode,
        officeName: r.officeName,
        councilId: r.id,
        name: councilDisplayName(d),
        active: d.active,
      };
    })
    .sort((a, b) => a.officeCode.localeCompare(b.officeCode) || a.name.localeCompare(b.name, 'fa'));
}

export const councilAccountInput = z.strictObject({
  officeId: z.string().min(1).max(64),
  councilId: z.string().min(1).max(64),
  username: accountInput.shape.username,
  fullName: accountInput.shape.fullName,
  password: accountInput.shape.password,
});

interface By {
  account: ConsoleAccount;
  address: string | null;
}

/** A council account for a council inside the console account's scope; its password when generated. */
export async function createCouncilAccount(
  db: ServerDb,
  input: z.infer<typeof councilAccountInput>,
  by: By,
  now: string,
): Promise<{ account: CouncilAccount; password: string | null }> {
  const password = input.password ?? newPassword();
  const hash = await hashPassword(password);
  const id = await db.tx(async (tx) => {
    const w = scopeWhere(by.account, 3);
    const [council] = await tx.query(
      `SELECT r.id FROM sync_record r JOIN office o ON o.id = r.office_id JOIN county c ON c.id = o.county_id
        WHERE r.entity = 'council' AND r.office_id = $1 AND r.id = $2 AND ${w.sql}`,
      [input.officeId, input.councilId, ...w.params],
    );
    if (!council) throw new HttpError(404, 'out_of_scope', M.noCouncil);
    await tx.lock(`council-account:${input.username}`);
    const [taken] = await tx.query('SELECT id FROM council_account WHERE username = $1', [input.username]);
    if (taken) throw new HttpError(400, 'invalid', M.usernameTaken);
    const accountId = newId();
    await tx.query(
      `INSERT INTO council_account (id, username, full_name, password_hash, office_id, council_id, created_by,
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        accountId,
        input.username,
        normalizeLine(input.fullName),
        hash,
        input.officeId,
        input.councilId,
        by.account.id,
        now,
      ],
    );
    await audit(
      tx,
      {
        actor: by.account.id,
        action: 'council_account.create',
        target: input.username,
        address: by.address,
        detail: { officeId: input.officeId, councilId: input.councilId },
      },
      now,
    );
    return accountId;
  });
  return { account: await COUNCIL_REALM.load(db.read, id), password: input.password ? null : password };
}

async function inScope(db: Sql, by: ConsoleAccount): Promise<Row[]> {
  const w = scopeWhere(by, 1);
  return db.query<Row>(`${ACCOUNT_SELECT} WHERE ${w.sql} ORDER BY a.username`, w.params);
}

export async function listCouncilAccounts(db: Sql, by: ConsoleAccount): Promise<CouncilAccount[]> {
  return (await inScope(db, by)).map(toAccount);
}

/** The id of a council account inside the console account's scope, or a 404. */
async function accountInScope(tx: Sql, username: string, by: ConsoleAccount): Promise<string> {
  const w = scopeWhere(by, 2);
  const [a] = await tx.query<{ id: string }>(
    `SELECT a.id FROM council_account a JOIN office o ON o.id = a.office_id JOIN county c ON c.id = o.county_id
      WHERE a.username = $1 AND ${w.sql}`,
    [username, ...w.params],
  );
  if (!a) throw new HttpError(404, 'out_of_scope', M.noAccount);
  return a.id;
}

/** A council secretary who left: the account cannot sign in and its sessions end; or on again. */
export async function setCouncilAccountActive(db: ServerDb, username: string, active: boolean, by: By, now: string) {
  await db.tx(async (tx) => {
    const id = await accountInScope(tx, username, by.account);
    await tx.query('UPDATE council_account SET active = $1, updated_at = $2 WHERE id = $3', [active ? 1 : 0, now, id]);
    if (!active)
      await tx.query('UPDATE council_session SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL', [now, id]);
    const action = active ? 'council_account.activate' : 'council_account.deactivate';
    await audit(tx, { actor: by.account.id, action, target: username, address: by.address }, now);
  });
  return { active };
}

/** A new password (generated when none is given), the lock lifted, every session ended. */
export async function resetCouncilPassword(db: ServerDb, username: string, by: By, now: string) {
  const password = newPassword();
  const hash = await hashPassword(password);
  await db.tx(async (tx) => {
    const id = await accountInScope(tx, username, by.account);
    await tx.query(
      `UPDATE council_account SET password_hash = $1, failed_attempts = 0, locked_until = NULL, updated_at = $2
        WHERE id = $3`,
      [hash, now, id],
    );
    await tx.query('UPDATE council_session SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL', [now, id]);
    await audit(
      tx,
      { actor: by.account.id, action: 'council_account.password', target: username, address: by.address },
      now,
    );
  });
  return { password };
}
