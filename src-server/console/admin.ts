// Administration in the console (issue 13 item 4): the same operations as the command line
// (admin/commands.ts, admin/publish.ts), each checked against the account's scope on the server and
// audited in its own transaction. A ministry admin manages the country; a province admin its
// province's counties, offices and councils; a county admin its county's offices. Reference data
// read by every office (policy, holidays, legal references, letter templates) is the ministry's.
import QRCode from 'qrcode';
import { z } from 'zod';
import type { ServerDb, Sql, Tx } from '../db/database';
import { HttpError } from '../http/errors';
import { addCounty, addOffice, addProvince, AdminError, issueCode, listOffices, revokeTokens } from '../admin/commands';
import {
  publishCouncils,
  publishedPolicy,
  publishHolidays,
  publishList,
  publishPolicy,
  PublishError,
  type Published,
} from '../admin/publish';
import { covers, type ConsoleAccount } from './accounts';
import { audit } from './audit';
import { CONSOLE_MESSAGES as M } from './messages';
import { officesIn, unitIn } from './scope';

export interface Actor {
  account: ConsoleAccount;
  address: string;
}

const outOfScope = () => new HttpError(403, 'out_of_scope', M.outOfScope);

/** Admin errors become a 400 with their Persian text; anything else stays a server error. */
export function adminError(e: unknown): never {
  if (e instanceof AdminError || e instanceof PublishError) throw new HttpError(400, 'invalid', e.persian);
  throw e;
}

const audited =
  (by: Actor, action: string, target: string, detail: Record<string, unknown>, now: string) => async (tx: Tx) =>
    audit(tx, { actor: by.account.id, action, target, detail, address: by.address }, now);

/** Provinces and counties the account may place things in (the forms' choices). */
export async function places(db: Sql, a: ConsoleAccount) {
  const rows = await db.query<{ provinceId: string; province: string; countyId: string | null; county: string | null }>(
    `SELECT p.id AS "provinceId", p.name AS province, c.id AS "countyId", c.name AS county
       FROM province p LEFT JOIN county c ON c.province_id = p.id ORDER BY p.name, c.name`,
  );
  const provinces = new Map<string, { id: string; name: string; counties: { id: string; name: string }[] }>();
  for (const r of rows) {
    if (!covers(a, { provinceId: r.provinceId, countyId: a.scope === 'county' ? r.countyId : null })) continue;
    const p = provinces.get(r.provinceId) ?? { id: r.provinceId, name: r.province, counties: [] };
    if (r.countyId && covers(a, { provinceId: r.provinceId, countyId: r.countyId }))
      p.counties.push({ id: r.countyId, name: r.county! });
    provinces.set(r.provinceId, p);
  }
  return { provinces: [...provinces.values()] };
}

const placeName = z.string().trim().min(1, 'نام خالی است.').max(120, 'نام بیش از حد طولانی است.');
export const provinceInput = z.strictObject({ name: placeName });
export const countyInput = z.strictObject({ province: placeName, name: placeName });
export const officeInput = z.strictObject({
  code: z.string().trim().min(1, 'کد دبیرخانه خالی است.').max(32, 'کد دبیرخانه بیش از حد طولانی است.'),
  name: placeName,
  province: placeName,
  county: placeName,
});
export const codeInput = z.strictObject({
  days: z.number({ error: 'مدت اعتبار باید عدد باشد.' }).int().min(1, 'اعتبار کد دست‌کم یک روز است.').max(365),
});

export async function createProvince(db: ServerDb, by: Actor, input: z.infer<typeof provinceInput>, now: string) {
  if (by.account.scope !== 'ministry') throw outOfScope();
  return addProvince(db, input.name, now, audited(by, 'province.create', input.name, {}, now)).catch(adminError);
}

export async function createCounty(db: ServerDb, by: Actor, input: z.infer<typeof countyInput>, now: string) {
  if (by.account.scope === 'county') throw outOfScope();
  return addCounty(db, input.province, input.name, now, async (tx, provinceId) => {
    if (!covers(by.account, { provinceId, countyId: null })) throw outOfScope();
    await audited(by, 'county.create', input.name, { province: input.province }, now)(tx);
  }).catch(adminError);
}

export async function createOffice(db: ServerDb, by: Actor, input: z.infer<typeof officeInput>, now: string) {
  return addOffice(db, input, now, async (tx, place) => {
    // checked inside the transaction: a failed check rolls the new office back
    if (!covers(by.account, place)) throw outOfScope();
    await audited(by, 'office.create', input.code, { name: input.name, county: input.county }, now)(tx);
  }).catch(adminError);
}

/** The office of that code, if the account's scope covers it (else 404, as if it did not exist). */
async function officeInScope(db: ServerDb, a: ConsoleAccount, code: string) {
  const offices = await officesIn(db.read, a, await unitIn(db.read, a, undefined));
  const o = offices.find((x) => x.code === code);
  if (!o) throw new HttpError(404, 'out_of_scope', M.outOfScope);
  return o;
}

/** Each office in scope with its sync health: last sync, records, open codes, refusals, audit anchor. */
export async function officeHealth(db: ServerDb, a: ConsoleAccount, now: string) {
  const mine = new Set((await officesIn(db.read, a, await unitIn(db.read, a, undefined))).map((o) => o.code));
  const [listed, refused] = await Promise.all([
    listOffices(db, now),
    db.read.query<{ code: string; refused: string | number; unstorable: string | number }>(
      `SELECT o.code, count(*) AS refused, sum(CASE WHEN a.code = 'unstorable' THEN 1 ELSE 0 END) AS unstorable
         FROM applied_change a JOIN office o ON o.id = a.office_id
        WHERE a.outcome <> 'accepted' GROUP BY o.code`,
    ),
  ]);
  const byCode = new Map(refused.map((r) => [r.code, r]));
  return {
    offices: listed
      .filter((o) => mine.has(o.code))
      .map((o) => ({
        ...o,
        refused: Number(byCode.get(o.code)?.refused ?? 0),
        setAside: Number(byCode.get(o.code)?.unstorable ?? 0),
      })),
  };
}

/** A one-time enrollment code, shown once, with its QR (a scanner can type it into the office app). */
export async function enrollmentCode(db: ServerDb, by: Actor, code: string, days: number, now: Date) {
  const office = await officeInScope(db, by.account, code);
  const issued = await issueCode(
    db,
    office.code,
    days,
    now,
    audited(by, 'office.code', office.code, { days }, now.toISOString()),
  ).catch(adminError);
  const qrSvg = await QRCode.toString(issued.code, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { code: issued.code, expiresAt: issued.expiresAt, office: { code: office.code, name: office.name }, qrSvg };
}

export async function revokeOffice(db: ServerDb, by: Actor, code: string, now: string) {
  const office = await officeInScope(db, by.account, code);
  return revokeTokens(db, office.code, now, audited(by, 'office.revoke', office.code, {}, now)).catch(adminError);
}

/** The office's latest refused changes of any kind (set aside as unstorable, stale, out of the lifecycle…). */
export async function refusedChanges(db: ServerDb, a: ConsoleAccount, code: string) {
  const office = await officeInScope(db, a, code);
  const rows = await db.read.query<{
    entity: string;
    record_id: string;
    rev: number | string;
    change_id: string;
    code: string | null;
    reason: string | null;
    at: string;
  }>(
    `SELECT entity, record_id, rev, change_id, code, reason, at FROM applied_change
      WHERE office_id = $1 AND outcome <> 'accepted' ORDER BY at DESC LIMIT 200`,
    [office.id],
  );
  return {
    changes: rows.map((r) => ({
      entity: r.entity,
      recordId: r.record_id,
      rev: Number(r.rev),
      changeId: r.change_id,
      code: r.code ?? '',
      reason: r.reason ?? '',
      at: r.at,
    })),
  };
}

export const PUBLISHABLE = ['policy', 'holidays', 'references', 'templates', 'councils'] as const;
export type Publishable = (typeof PUBLISHABLE)[number];

export const publishInput = z.strictObject({
  /** the record (policy) or list (the rest) as the command line's JSON file would hold it */
  data: z.unknown(),
  /** false: check and list the changes, write nothing */
  confirm: z.boolean(),
});

/** Checks and previews, or publishes, one kind of reference data within the account's scope. */
export async function publishAs(
  db: ServerDb,
  by: Actor,
  what: Publishable,
  input: z.infer<typeof publishInput>,
  now: string,
): Promise<Published> {
  const a = by.account;
  if (what === 'councils' ? a.scope === 'county' : a.scope !== 'ministry') throw outOfScope();
  const opts = {
    dryRun: !input.confirm,
    after: audited(by, `publish.${what}`, what, {}, now),
  };
  const run = () => {
    switch (what) {
      case 'policy':
        return publishPolicy(db, input.data, now, opts);
      case 'holidays':
        return publishHolidays(db, input.data, now, opts);
      case 'references':
        return publishList(db, 'legal_reference', input.data, now, opts);
      case 'templates':
        return publishList(db, 'letter_template', input.data, now, opts);
      case 'councils':
        return publishCouncils(db, input.data, now, {
          ...opts,
          onlyProvince: a.scope === 'province' ? (a.provinceName ?? '') : undefined,
        });
    }
  };
  return run().catch(adminError);
}

/** What is published now, for the forms to start from. */
export async function currentPolicy(db: ServerDb) {
  return { policy: await publishedPolicy(db) };
}
