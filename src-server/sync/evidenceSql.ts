// The SQL that reads the records evidencing resolutions' status changes (statusChanges.ts): for
// each (token, resolution) a push needs, the office's child records of that resolution, with only
// the fields the evidence is read from (a ruling's reasoning can be long). One statement for every
// push of a transaction (on SQLite, one per thousand keys). Request values go as bound parameters;
// the entity names and JSON keys in the text are this file's constants.
import type { Dialect, Statement } from '../db/database';
import { EVIDENCE_ENTITIES, EVIDENCE_FIELDS } from '../../shared/sync/statusEvidence';
import { overRows } from './pushSql';

/** A resolution whose status change needs what the server holds: the pushing token's hash, its id. */
export interface EvidenceKey {
  token: string;
  resolutionId: string;
}

/** A row of the answer: the key, the child's entity, and its evidence fields as text (or null). */
export type EvidenceRow = { token: string; resolution_id: string; entity: string } & Record<
  (typeof EVIDENCE_FIELDS)[number],
  string | null
>;

const field = (dialect: Dialect, key: string) =>
  dialect === 'postgres' ? `(x.data::jsonb ->> '${key}')` : `json_extract(x.data, '$.${key}')`;

// a column name per field: PostgreSQL folds unquoted names to lower case
const column = (key: string) => `"${key}"`;

export function evidenceStatements(dialect: Dialect, keys: EvidenceKey[]): Statement[] {
  const entities = EVIDENCE_ENTITIES.map((e) => `'${e}'`).join(', ');
  const fields = EVIDENCE_FIELDS.map((f) => `${field(dialect, f)} AS ${column(f)}`).join(', ');
  return overRows(
    dialect,
    ['token', 'rid'],
    keys.map((k) => [k.token, k.resolutionId]),
    (v) => `SELECT v.token, v.rid AS resolution_id, x.entity, ${fields} FROM ${v}
      JOIN access_token t ON t.token_hash = v.token AND t.revoked_at IS NULL
      JOIN sync_record x ON x.office_id = t.office_id AND x.entity IN (${entities})
       AND ${field(dialect, 'resolutionId')} = v.rid`,
  );
}
