// What a console account may see. Every monitoring route names a unit (the country, a province, a
// county or an office) or an office; `unitIn` resolves it and refuses (404, as if it did not exist)
// anything outside the account's scope, and `officesIn` filters by the account's scope again in
// SQL, so no request can widen what it reads.
import type { Sql } from '../db/database';
import { HttpError } from '../http/errors';
import { covers, type ConsoleAccount } from './accounts';
import { CONSOLE_MESSAGES as M } from './messages';

export type UnitKind = 'country' | 'province' | 'county' | 'office';

export interface Unit {
  kind: UnitKind;
  id: string | null;
  name: string;
  /** the units above it, from the country down, for the breadcrumbs */
  path: { kind: UnitKind; id: string | null; name: string }[];
}

export const COUNTRY_NAME = 'کل کشور';

export interface OfficeRow {
  id: string;
  code: string;
  name: string;
  countyId: string;
  county: string;
  provinceId: string;
  province: string;
  lastPushAt: string | null;
  lastPullAt: string | null;
  enrolledAt: string | null;
}

/** Refusal of anything outside the account's scope: 404, as if it did not exist. */
export const notHere = () => new HttpError(404, 'out_of_scope', M.outOfScope);

/** An id `unitIn` accepts; any other is refused before anything is read. */
export const unitIdOk = (id: string) => /^[0-9A-Za-z-]{1,64}$/.test(id);

/**
 * The account's scope as a condition on `office o` joined to `county c` (parameters numbered from
 * `from`): the one rule officesIn and the register's single statement both apply.
 */
export function scopeCondition(
  a: Pick<ConsoleAccount, 'scope' | 'provinceId' | 'countyId'>,
  from: number,
): { sql: string; params: unknown[] } {
  if (a.scope === 'province') return { sql: `c.province_id = $${from}`, params: [a.provinceId] };
  if (a.scope === 'county') return { sql: `o.county_id = $${from}`, params: [a.countyId] };
  return { sql: 'TRUE', params: [] };
}

/** The account's own unit: where its dashboard opens. */
export function rootUnit(a: ConsoleAccount): string {
  if (a.scope === 'ministry') return 'country';
  return a.scope === 'province' ? `province:${a.provinceId}` : `county:${a.countyId}`;
}

/** «country», «province:<id>», «county:<id>» or «office:<id>», checked against the account's scope. */
export async function unitIn(db: Sql, a: ConsoleAccount, ref: string | undefined): Promise<Unit> {
  const [kind, id = ''] = (ref || rootUnit(a)).split(':');
  const country = { kind: 'country' as const, id: null, name: COUNTRY_NAME };
  if (kind === 'country') {
    if (a.scope !== 'ministry') throw notHere();
    return { ...country, path: [] };
  }
  if (!unitIdOk(id)) throw notHere();
  const sql: Record<string, string> = {
    province: `SELECT p.id AS "provinceId", p.name AS province, NULL AS "countyId", NULL AS county, NULL AS office
                 FROM province p WHERE p.id = $1`,
    county: `SELECT p.id AS "provinceId", p.name AS province, c.id AS "countyId", c.name AS county, NULL AS office
               FROM county c JOIN province p ON p.id = c.province_id WHERE c.id = $1`,
    office: `SELECT p.id AS "provinceId", p.name AS province, c.id AS "countyId", c.name AS county, o.name AS office
               FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id WHERE o.id = $1`,
  };
  if (!sql[kind]) throw notHere();
  const [row] = await db.query<{
    provinceId: string;
    province: string;
    countyId: string | null;
    county: string | null;
    office: string | null;
  }>(sql[kind], [id]);
  if (!row || !covers(a, { provinceId: row.provinceId, countyId: row.countyId })) throw notHere();
  const path: Unit['path'] = a.scope === 'ministry' ? [country] : [];
  if (kind !== 'province' && a.scope !== 'county')
    path.push({ kind: 'province', id: row.provinceId, name: row.province });
  if (kind === 'office') path.push({ kind: 'county', id: row.countyId, name: row.county! });
  const name = kind === 'province' ? row.province : kind === 'county' ? row.county! : row.office!;
  return { kind: kind as UnitKind, id, name, path };
}

/** The offices of a unit, inside the account's scope whatever the unit. */
export async function officesIn(
  db: Sql,
  a: Pick<ConsoleAccount, 'scope' | 'provinceId' | 'countyId'>,
  unit: Pick<Unit, 'kind' | 'id'>,
): Promise<OfficeRow[]> {
  const scope = scopeCondition(a, 1);
  const clauses = [scope.sql];
  const params = [...scope.params];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (unit.kind === 'province') add('c.province_id = ?', unit.id);
  if (unit.kind === 'county') add('o.county_id = ?', unit.id);
  if (unit.kind === 'office') add('o.id = ?', unit.id);
  return db.query<OfficeRow>(
    `SELECT o.id, o.code, o.name, c.id AS "countyId", c.name AS county, p.id AS "provinceId", p.name AS province,
            o.last_push_at AS "lastPushAt", o.last_pull_at AS "lastPullAt", o.enrolled_at AS "enrolledAt"
       FROM office o JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
      WHERE ${clauses.join(' AND ')}
      ORDER BY p.name, c.name, o.code`,
    params,
  );
}

/** One office, if it is inside the account's scope (else 404). */
export async function officeIn(db: Sql, a: ConsoleAccount, officeId: string): Promise<OfficeRow> {
  const unit = await unitIn(db, a, `office:${officeId}`);
  const [o] = await officesIn(db, a, unit);
  if (!o) throw notHere();
  return o;
}
