// Bearer tokens: each request resolves its token to the office it was issued for, and the route
// names the scope it needs. A revoked token, or an office's token used for a scope it lacks, is
// refused before any handler reads or writes.
import type { FastifyRequest } from 'fastify';
import type { Scope } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import type { AuthedOffice } from '../sync/office';
import { hashSecret, parseScopes } from '../sync/tokens';
import { HttpError, MESSAGES } from './errors';

interface TokenRow {
  id: string;
  code: string;
  name: string;
  client_office_id: string | null;
  county: string;
  province: string;
  scopes: string;
  last_pull_at: string | null;
}

export async function authenticate(db: ServerDb, req: FastifyRequest, scope: Scope): Promise<AuthedOffice> {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
  if (!m) throw new HttpError(401, 'unauthenticated', MESSAGES.unauthenticated);
  const [row] = await db.read.query<TokenRow>(
    `SELECT o.id, o.code, o.name, o.client_office_id, c.name AS county, p.name AS province, t.scopes, o.last_pull_at
       FROM access_token t
       JOIN office o ON o.id = t.office_id
       JOIN county c ON c.id = o.county_id
       JOIN province p ON p.id = c.province_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [hashSecret(m[1])],
  );
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
  };
}
