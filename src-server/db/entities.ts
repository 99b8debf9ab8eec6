// The server's tables as TypeORM entity schemas, one set for both databases (PostgreSQL in
// production, SQLite as the embedded default). Only the byte column's type differs. Instants are
// ISO text in both, so values compare and sort alike everywhere. The admin commands use these
// repositories; the sync hot paths use SQL (db/sql.ts).
import { EntitySchema } from 'typeorm';

export type Dialect = 'postgres' | 'sqlite';

export interface ProvinceRow {
  id: string;
  name: string;
  createdAt: string;
}

export interface CountyRow {
  id: string;
  provinceId: string;
  name: string;
  createdAt: string;
}

export interface OfficeRow {
  id: string;
  /** the code the ministry gives the office (ASCII digits) */
  code: string;
  name: string;
  countyId: string;
  /** the office database's own office id, bound at enrollment; its records carry it as officeId */
  clientOfficeId: string | null;
  enrolledAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  createdAt: string;
}

export interface EnrollmentCodeRow {
  codeHash: string;
  officeId: string;
  /** the last characters, so an admin can tell codes apart without the secret */
  hint: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface AccessTokenRow {
  tokenHash: string;
  officeId: string;
  /** space-separated (shared/sync/protocol.ts SCOPES) */
  scopes: string;
  client: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface SyncRecordRow {
  entity: string;
  id: string;
  officeId: string;
  rev: number;
  changeId: string;
  data: string;
  updatedAt: string;
}

export interface AppliedChangeRow {
  officeId: string;
  changeId: string;
  batchId: string;
  entity: string;
  recordId: string;
  rev: number;
  outcome: string;
  code: string | null;
  reason: string | null;
  at: string;
  /** what the change carried (push.ts changeDigest), so a reused changeId is recognised */
  digest: string | null;
}

export interface FeedRow {
  seq: number;
  scope: string;
  entity: string;
  id: string;
  rev: number;
  data: string;
  at: string;
}

export interface ReferenceRecordRow {
  entity: string;
  id: string;
  scope: string;
  rev: number;
  data: string;
  updatedAt: string;
}

export interface BlobRow {
  sha256: string;
  size: number;
  data: Buffer;
  createdAt: string;
}

export interface BlobOwnerRow {
  sha256: string;
  officeId: string;
}

export interface LetterRegisterRow {
  officeId: string;
  letterId: string;
  /** letterNumberKey of the number (ASCII digits, no spaces) */
  number: string;
  /** Gregorian YYYY-MM-DD */
  date: string;
  hash: string;
  status: string;
}

const text = (name: string) => ({ type: 'text' as const, name });
const maybeText = (name: string) => ({ type: 'text' as const, name, nullable: true });
const int = (name: string) => ({ type: 'integer' as const, name });

export function serverEntities(dialect: Dialect) {
  const Province = new EntitySchema<ProvinceRow>({
    name: 'province',
    columns: { id: { type: 'text', primary: true }, name: text('name'), createdAt: text('created_at') },
  });
  const County = new EntitySchema<CountyRow>({
    name: 'county',
    columns: {
      id: { type: 'text', primary: true },
      provinceId: text('province_id'),
      name: text('name'),
      createdAt: text('created_at'),
    },
  });
  const Office = new EntitySchema<OfficeRow>({
    name: 'office',
    columns: {
      id: { type: 'text', primary: true },
      code: text('code'),
      name: text('name'),
      countyId: text('county_id'),
      clientOfficeId: maybeText('client_office_id'),
      enrolledAt: maybeText('enrolled_at'),
      lastPushAt: maybeText('last_push_at'),
      lastPullAt: maybeText('last_pull_at'),
      createdAt: text('created_at'),
    },
  });
  const EnrollmentCode = new EntitySchema<EnrollmentCodeRow>({
    name: 'enrollment_code',
    columns: {
      codeHash: { type: 'text', primary: true, name: 'code_hash' },
      officeId: text('office_id'),
      hint: text('hint'),
      createdAt: text('created_at'),
      expiresAt: text('expires_at'),
      usedAt: maybeText('used_at'),
      revokedAt: maybeText('revoked_at'),
    },
  });
  const AccessToken = new EntitySchema<AccessTokenRow>({
    name: 'access_token',
    columns: {
      tokenHash: { type: 'text', primary: true, name: 'token_hash' },
      officeId: text('office_id'),
      scopes: text('scopes'),
      client: text('client'),
      createdAt: text('created_at'),
      revokedAt: maybeText('revoked_at'),
    },
  });
  const SyncRecord = new EntitySchema<SyncRecordRow>({
    name: 'sync_record',
    columns: {
      officeId: { type: 'text', primary: true, name: 'office_id' },
      entity: { type: 'text', primary: true },
      id: { type: 'text', primary: true },
      rev: int('rev'),
      changeId: text('change_id'),
      data: text('data'),
      updatedAt: text('updated_at'),
    },
  });
  const AppliedChange = new EntitySchema<AppliedChangeRow>({
    name: 'applied_change',
    columns: {
      officeId: { type: 'text', primary: true, name: 'office_id' },
      changeId: { type: 'text', primary: true, name: 'change_id' },
      batchId: text('batch_id'),
      entity: text('entity'),
      recordId: text('record_id'),
      rev: int('rev'),
      outcome: text('outcome'),
      code: maybeText('code'),
      reason: maybeText('reason'),
      at: text('at'),
      digest: maybeText('digest'),
    },
  });
  const Feed = new EntitySchema<FeedRow>({
    name: 'feed',
    columns: {
      seq: { type: dialect === 'postgres' ? 'bigint' : 'integer', primary: true, generated: 'increment' },
      scope: text('scope'),
      entity: text('entity'),
      id: text('id'),
      rev: int('rev'),
      data: text('data'),
      at: text('at'),
    },
  });
  const ReferenceRecord = new EntitySchema<ReferenceRecordRow>({
    name: 'reference_record',
    columns: {
      entity: { type: 'text', primary: true },
      id: { type: 'text', primary: true },
      scope: text('scope'),
      rev: int('rev'),
      data: text('data'),
      updatedAt: text('updated_at'),
    },
  });
  const Blob = new EntitySchema<BlobRow>({
    name: 'blob',
    columns: {
      sha256: { type: 'text', primary: true },
      size: int('size'),
      data: { type: dialect === 'postgres' ? 'bytea' : 'blob', name: 'data' },
      createdAt: text('created_at'),
    },
  });
  const BlobOwner = new EntitySchema<BlobOwnerRow>({
    name: 'blob_owner',
    columns: {
      sha256: { type: 'text', primary: true },
      officeId: { type: 'text', primary: true, name: 'office_id' },
    },
  });
  const LetterRegister = new EntitySchema<LetterRegisterRow>({
    name: 'letter_register',
    columns: {
      officeId: { type: 'text', primary: true, name: 'office_id' },
      letterId: { type: 'text', primary: true, name: 'letter_id' },
      number: text('number'),
      date: text('date'),
      hash: text('hash'),
      status: text('status'),
    },
  });
  return {
    Province,
    County,
    Office,
    EnrollmentCode,
    AccessToken,
    SyncRecord,
    AppliedChange,
    Feed,
    ReferenceRecord,
    Blob,
    BlobOwner,
    LetterRegister,
  };
}

export type ServerEntities = ReturnType<typeof serverEntities>;
