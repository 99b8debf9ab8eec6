// The ministry admin's operations: the map of provinces, counties and offices, one-time enrollment
// codes and tokens, and the office list with each office's last sync. Names are normalized like
// every Persian text in Tatbiq, so «كرمان» and «کرمان» are one province.
import { normalizeLine, toAsciiDigits } from '../../shared/text/persian';
import type { ServerDb, Tx } from '../db/database';
import { newId } from './ids';
import { canonicalCode, hashSecret, newEnrollmentCode } from '../sync/tokens';

/** English for the command line and logs; `persian` for the console, which shows it as it is. */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly persian: string = 'درخواست انجام نشد.',
  ) {
    super(message);
  }
}

/** Runs in the operation's own transaction after it succeeds (the console's audit row). */
export type AfterTx = (tx: Tx) => Promise<void>;
const none: AfterTx = async () => undefined;

const WHAT: Record<string, string> = {
  'province name': 'نام استان',
  'county name': 'نام شهرستان',
  'office name': 'نام دبیرخانه',
  'office code': 'کد دبیرخانه',
};

const name = (s: string, what: string) => {
  const n = normalizeLine(s ?? '');
  if (!n) throw new AdminError(`${what} is empty`, `${WHAT[what] ?? what} خالی است.`);
  if (n.length > 120) throw new AdminError(`${what} is too long`, `${WHAT[what] ?? what} بیش از حد طولانی است.`);
  return n;
};

export async function addProvince(db: ServerDb, provinceName: string, now: string, after = none) {
  const n = name(provinceName, 'province name');
  return db.tx(async (tx) => {
    const [have] = await tx.query<{ id: string }>('SELECT id FROM province WHERE name = $1', [n]);
    if (have) throw new AdminError(`province «${n}» already exists`, `استان «${n}» پیش‌تر ثبت شده است.`);
    const id = newId();
    await tx.query('INSERT INTO province (id, name, created_at) VALUES ($1, $2, $3)', [id, n, now]);
    await after(tx);
    return { id, name: n };
  });
}

async function provinceId(db: { query: ServerDb['read']['query'] }, provinceName: string): Promise<string> {
  const n = name(provinceName, 'province name');
  const [p] = await db.query<{ id: string }>('SELECT id FROM province WHERE name = $1', [n]);
  if (!p) throw new AdminError(`no province «${n}»; add it first (province:add)`, `استان «${n}» در سرور نیست.`);
  return p.id;
}

export async function addCounty(
  db: ServerDb,
  provinceName: string,
  countyName: string,
  now: string,
  after: (tx: Tx, provinceId: string) => Promise<void> = none,
) {
  const n = name(countyName, 'county name');
  return db.tx(async (tx) => {
    const pid = await provinceId(tx, provinceName);
    const [have] = await tx.query('SELECT id FROM county WHERE province_id = $1 AND name = $2', [pid, n]);
    if (have)
      throw new AdminError(
        `county «${n}» already exists in that province`,
        `شهرستان «${n}» در این استان پیش‌تر ثبت شده است.`,
      );
    const id = newId();
    await tx.query('INSERT INTO county (id, province_id, name, created_at) VALUES ($1, $2, $3, $4)', [id, pid, n, now]);
    await after(tx, pid);
    return { id, name: n };
  });
}

export interface OfficeInput {
  code: string;
  name: string;
  province: string;
  county: string;
}

export async function addOffice(
  db: ServerDb,
  input: OfficeInput,
  now: string,
  after: (tx: Tx, place: { provinceId: string; countyId: string }) => Promise<void> = none,
) {
  const code = toAsciiDigits(name(input.code, 'office code'));
  const officeName = name(input.name, 'office name');
  return db.tx(async (tx) => {
    const pid = await provinceId(tx, input.province);
    const countyName = name(input.county, 'county name');
    const [county] = await tx.query<{ id: string }>('SELECT id FROM county WHERE province_id = $1 AND name = $2', [
      pid,
      countyName,
    ]);
    if (!county)
      throw new AdminError(
        `no county «${countyName}» in that province; add it first (county:add)`,
        `شهرستان «${countyName}» در این استان نیست.`,
      );
    if (!/^[0-9A-Za-z-]{1,32}$/.test(code))
      throw new AdminError(`office code ${code} is not letters, digits and -`, 'کد دبیرخانه فقط رقم و حرف لاتین است.');
    const [have] = await tx.query('SELECT id FROM office WHERE code = $1', [code]);
    if (have)
      throw new AdminError(
        `an office with code ${code} already exists`,
        `دبیرخانه‌ای با کد ${code} پیش‌تر ثبت شده است.`,
      );
    const id = newId();
    await tx.query('INSERT INTO office (id, code, name, county_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
      id,
      code,
      officeName,
      county.id,
      now,
    ]);
    await after(tx, { provinceId: pid, countyId: county.id });
    return { id, code, name: officeName };
  });
}

async function officeByCode(db: ServerDb, code: string): Promise<{ id: string; code: string; name: string }> {
  const c = toAsciiDigits(code.trim());
  const [o] = await db.read.query<{ id: string; code: string; name: string }>(
    'SELECT id, code, name FROM office WHERE code = $1',
    [c],
  );
  if (!o) throw new AdminError(`no office with code ${c}`, `دبیرخانه‌ای با کد ${c} نیست.`);
  return o;
}

/** A new one-time code for an office; the code itself is shown once and never stored. */
export async function issueCode(db: ServerDb, officeCode: string, days: number, now: Date, after = none) {
  if (!(Number.isInteger(days) && days > 0 && days <= 365))
    throw new AdminError('days must be between 1 and 365', 'اعتبار کد از ۱ تا ۳۶۵ روز است.');
  const office = await officeByCode(db, officeCode);
  const code = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + days * 86_400_000).toISOString();
  await db.tx(async (tx) => {
    await tx.query(
      'INSERT INTO enrollment_code (code_hash, office_id, hint, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [hashSecret(code), office.id, code.slice(-4), now.toISOString(), expiresAt],
    );
    await after(tx);
  });
  return { code, office, expiresAt };
}

export async function revokeCode(db: ServerDb, code: string, now: string) {
  const h = hashSecret(canonicalCode(code));
  return db.tx(async (tx) => {
    const [row] = await tx.query<{ used_at: string | null; revoked_at: string | null }>(
      'SELECT used_at, revoked_at FROM enrollment_code WHERE code_hash = $1',
      [h],
    );
    if (!row) throw new AdminError('no such enrollment code');
    if (row.used_at)
      throw new AdminError('that code has already been used; revoke the office tokens instead (token:revoke)');
    if (!row.revoked_at) await tx.query('UPDATE enrollment_code SET revoked_at = $1 WHERE code_hash = $2', [now, h]);
    return { revoked: true };
  });
}

/** Revokes every token of an office: its app must enroll again with a new code. */
export async function revokeTokens(db: ServerDb, officeCode: string, now: string, after = none) {
  const office = await officeByCode(db, officeCode);
  return db.tx(async (tx) => {
    const rows = await tx.query<{ token_hash: string }>(
      'SELECT token_hash FROM access_token WHERE office_id = $1 AND revoked_at IS NULL',
      [office.id],
    );
    await tx.query('UPDATE access_token SET revoked_at = $1 WHERE office_id = $2 AND revoked_at IS NULL', [
      now,
      office.id,
    ]);
    await after(tx);
    return { office, revoked: rows.length };
  });
}

export interface OfficeListing {
  code: string;
  name: string;
  province: string;
  county: string;
  enrolledAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  records: number;
  openCodes: number;
  /** the audit chain's anchor: events the server accepted, and why it was refused, if ever */
  auditCount: number | null;
  auditFlagged: string | null;
  /** the office app's version its last pull reported */
  appVersion: string | null;
}

export async function listOffices(db: ServerDb, now: string): Promise<OfficeListing[]> {
  const rows = await db.read.query<{
    code: string;
    name: string;
    province: string;
    county: string;
    enrolled_at: string | null;
    last_push_at: string | null;
    last_pull_at: string | null;
    records: string | number;
    open_codes: string | number;
    audit_count: string | number | null;
    audit_flagged: string | null;
    app_version: string | null;
  }>(
    `SELECT o.code, o.name, p.name AS province, c.name AS county, o.enrolled_at, o.last_push_at, o.last_pull_at, o.app_version,
            (SELECT count(*) FROM sync_record r WHERE r.office_id = o.id) AS records,
            (SELECT count(*) FROM enrollment_code e
              WHERE e.office_id = o.id AND e.used_at IS NULL AND e.revoked_at IS NULL AND e.expires_at > $1) AS open_codes,
            a.count AS audit_count, a.flagged AS audit_flagged
       FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
       LEFT JOIN audit_anchor a ON a.office_id = o.id
      ORDER BY p.name, c.name, o.code`,
    [now],
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    province: r.province,
    county: r.county,
    enrolledAt: r.enrolled_at,
    lastPushAt: r.last_push_at,
    lastPullAt: r.last_pull_at,
    records: Number(r.records),
    openCodes: Number(r.open_codes),
    auditCount: r.audit_count === null ? null : Number(r.audit_count),
    auditFlagged: r.audit_flagged,
    appVersion: r.app_version,
  }));
}

export interface SetAsideChange {
  office: string;
  entity: string;
  recordId: string;
  rev: number;
  changeId: string;
  reason: string;
  at: string;
}

/**
 * Changes the server could not store and set aside (sync/setAside.ts), newest first: the office
 * shows the same reason on its sync screen; the admin sees them all here.
 */
export async function setAsideChanges(db: ServerDb, officeCode?: string, limit = 200): Promise<SetAsideChange[]> {
  const rows = await db.read.query<{
    code: string;
    entity: string;
    record_id: string;
    rev: number | string;
    change_id: string;
    reason: string | null;
    at: string;
  }>(
    `SELECT o.code, a.entity, a.record_id, a.rev, a.change_id, a.reason, a.at
       FROM applied_change a JOIN office o ON o.id = a.office_id
      WHERE a.code = 'unstorable' AND ($1 = '' OR o.code = $1)
      ORDER BY a.at DESC LIMIT ${Math.max(1, Math.floor(limit))}`,
    [officeCode ?? ''],
  );
  return rows.map((r) => ({
    office: r.code,
    entity: r.entity,
    recordId: r.record_id,
    rev: Number(r.rev),
    changeId: r.change_id,
    reason: r.reason ?? '',
    at: r.at,
  }));
}
