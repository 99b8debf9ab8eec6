// Bearer tokens: each request resolves its token to the office it was issued for, and the route
// names the scope it needs. A revoked token, or an office's token used for a scope it lacks, is
// refused before any handler answers or writes. The sync routes read the token's office in the
// same round trip as their own first statements (push: inside its transaction, after the office's
// lock; pull: in the feed query itself), so every request still sees revocation at once.
import type { FastifyRequest } from 'fastify';
import type { Scope } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import type { AuthedOffice } from '../sync/office';
import { hashSecret, parseScopes } from '../sync/tokens';
import { HttpError, MESSAGES } from './errors';

export interface TokenRow {
  id: string;
  code: string;
  name: string;
  client_office_id: string | null;
  county: string;
  province: string;
  scopes: string;
  last_pull_at: string | null;
  app_version: string | null;
}

/**
 * The office of each live token whose hash `match` accepts (TokenRow's columns, after `extra`):
 * `match` is a condition on `t.token_hash`, e.g. `= $1`.
 */
export const tokenOfficeSql = (match: string, extra = '') =>
  `SELECT ${extra}o.id, o.code, o.name, o.client_office_id, c.name AS county, p.name AS province, t.scopes, o.last_pull_at, o.app_version
     FROM access_token t
     JOIN office o ON o.id = t.office_id
     JOIN county c ON c.id = o.county_id
     JOIN province p ON p.id = c.province_id
    WHERE t.token_hash ${match} AND t.revoked_at IS NULL`;

/** The hash of the request's bearer token (what the server stores); 401 without a well-formed one. */
export function bearerHash(req: FastifyRequest): string {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
  if (!m) throw new HttpError(401, 'unauthenticated', MESSAGES.unauthenticated);
  return hashSecret(m[1]);
}

/** The office a token row stands for, if it may act with `scope`: else 401 (no row) or 403. */
export function authorize(row: TokenRow | undefined, scope: Scope): AuthedOffice {
  if (!row || !row.client_office_id) throw new HttpError(401, 'unauthenticated', MESSAGES.unauthenticated);
  const scopes = parseScopes(row.scopes);
  if (!scopes.has(scope)) throw new HttpError(403, 'forbidden', MESSAGES.forbidden);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    clientOfficeId: row.client_office_id,
    county: row.county,
    province: row.province,
    scopes,
    lastPullAt: row.last_pull_at,
    appVersion: row.app_version,
  };
}

export async function authenticate(db: ServerDb, req: FastifyRequest, scope: Scope): Promise<AuthedOffice> {
  const hash = bearerHash(req);
  const [row] = await db.read.query<TokenRow>(tokenOfficeSql('= $1'), [hash], { prepare: true });
  return authorize(row, scope);
}
