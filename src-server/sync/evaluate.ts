// One pushed change judged against what the server holds (push.ts reads it, writes the verdict):
// the entity's schema, ownership, the version order, the lifecycle with each step's evidence
// (statusChanges.ts), the files it needs, and
// for a letter, that its content hash is the hash of its content (issue 16 item 8).
import crypto from 'node:crypto';
import type { Change, RejectionCode } from '../../shared/sync/protocol';
import { entityLabel, pushedEntity, type PushedEntitySpec } from '../../shared/sync/records';
import { wireLetterHash } from '../../shared/letters/contentHash';
import type { AuthedOffice } from './office';
import type { Evidence } from './statusChanges';
import type { z } from 'zod';

export interface Held {
  rev: number;
  changeId: string;
  /** null when read only as a parent (that it exists is all a child needs) */
  data: string | null;
}

export type Outcome = { accepted: true } | { accepted: false; code: RejectionCode; reason: string };

/** What a changeId did the first time, and what it carried (a reuse with other data is refused). */
export interface Prior {
  outcome: Outcome;
  entity: string;
  id: string;
  rev: number;
  /** null for changes recorded before digests were kept */
  digest: string | null;
}

const key = (...parts: string[]) => parts.join('\u0000');

/**
 * The records a transaction touches (and their parents), read once, updated as it applies. Keyed
 * by the pushing token as well: records belong to an office (issue 16 item 9), and a transaction
 * carries one push per office.
 */
export class Records {
  private held = new Map<string, Held | null>();

  hold(token: string, entity: string, id: string, h: Held | null) {
    const k = key(token, entity, id);
    // a record read both as a change's own and as a parent keeps the reading with its data
    if (!this.held.has(k) || (h && !this.held.get(k)?.data)) this.held.set(k, h);
  }

  get(token: string, entity: string, id: string): Held | null {
    return this.held.get(key(token, entity, id)) ?? null;
  }

  set(token: string, entity: string, id: string, h: Held) {
    this.held.set(key(token, entity, id), h);
  }
}

/** The change's data as it was sent, hashed: what a changeId is bound to. */
export const changeDigest = (c: Change): string =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify([c.entity, c.id, c.rev, c.data]))
    .digest('base64url');

function firstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || 'data'}: ${i.message}` : 'نامعتبر';
}

export const refuse = (code: RejectionCode, reason: string): Outcome => ({ accepted: false, code, reason });

export interface Evaluated {
  outcome: Outcome;
  /** the row to write when accepted and newer than what the server holds */
  write?: { data: Record<string, unknown>; json: string; spec: PushedEntitySpec };
}

/** A change's data parsed with its entity's schema (once per change: the blob lookup needs it too). */
export type Parsed = z.ZodSafeParseResult<Record<string, unknown>> | undefined;

export const parseData = (c: Change): Parsed => pushedEntity(c.entity)?.schema.safeParse(c.data);

/** The reason a reused changeId is refused, or null when it is the same change again. */
export function reuseOf(c: Change, prior: Prior, digest: string): string | null {
  const same =
    prior.entity === c.entity && prior.id === c.id && prior.rev === c.rev && (!prior.digest || prior.digest === digest);
  return same ? null : 'شناسهٔ این تغییر پیش‌تر برای دادهٔ دیگری به کار رفته است؛ تغییر با شناسهٔ تازه فرستاده شود.';
}

export interface Context {
  office: AuthedOffice;
  token: string;
  records: Records;
  /** the attachments this office has sent */
  blobs: Set<string>;
  /** what evidences the steps of resolutions' status changes, from the pushes and the server */
  evidence: Evidence;
}

export function evaluate(ctx: Context, c: Change, parsed: Parsed): Evaluated {
  const { office, token, records, blobs, evidence } = ctx;
  const spec = pushedEntity(c.entity);
  const label = entityLabel(c.entity);
  if (!spec || !parsed)
    return { outcome: refuse('unknown_entity', `نوع رکورد «${c.entity}» در همگام‌سازی شناخته نیست.`) };
  if (!parsed.success) {
    return { outcome: refuse('invalid', `دادهٔ ${label} نامعتبر است (${firstIssue(parsed.error.issues)}).`) };
  }
  const data = parsed.data;
  if (data.id !== c.id || ('rev' in data && data.rev !== c.rev)) {
    return { outcome: refuse('invalid', `شناسه یا نسخهٔ ${label} با دادهٔ آن نمی‌خواند.`) };
  }

  const owner = spec.owner;
  if (owner.kind === 'self' && data.id !== office.clientOfficeId) {
    return { outcome: refuse('not_owner', 'مشخصات دبیرخانهٔ دیگری را نمی‌توان فرستاد.') };
  }
  if (owner.kind === 'office' && data[owner.field] !== office.clientOfficeId) {
    return { outcome: refuse('not_owner', `این ${label} به نام دبیرخانهٔ دیگری ثبت شده است.`) };
  }
  if (owner.kind === 'parent' && !records.get(token, owner.entity, String(data[owner.field]))) {
    // only this office's own records can be a parent: another office's id is simply not here
    return {
      outcome: refuse(
        'missing_parent',
        `${entityLabel(owner.entity)} این ${label} هنوز به سرور نرسیده است؛ پس از آن دوباره فرستاده می‌شود.`,
      ),
    };
  }
  if (spec.letter && wireLetterHash(office.code, data) !== data.contentHash) {
    return {
      outcome: refuse(
        'invalid',
        `چکیدهٔ متن این ${label} با متن آن (و کد دبیرخانه ${office.code}) نمی‌خواند؛ نامه در سرور ثبت نشد.`,
      ),
    };
  }

  const json = JSON.stringify(data);
  const held = records.get(token, c.entity, c.id);
  if (held) {
    if (c.rev <= held.rev) {
      // the same version again (a restored backup, a resent change) is harmless
      if (c.rev === held.rev && held.data === json) return { outcome: { accepted: true } };
      if (c.rev === held.rev) {
        return {
          outcome: refuse(
            'conflict',
            `نسخهٔ ${c.rev} این ${label} با دادهٔ دیگری پیش‌تر به سرور رسیده است؛ نسخهٔ سرور تغییر نکرد.`,
          ),
        };
      }
      return {
        outcome: refuse('stale', `نسخهٔ تازه‌تری از این ${label} (نسخهٔ ${held.rev}) پیش‌تر به سرور رسیده است.`),
      };
    }
  }
  if (spec.lifecycle) {
    // a new record too: it starts in the starting state, or carries the evidence of the way from it
    const before = held?.data ? (JSON.parse(held.data) as Record<string, unknown>) : null;
    const check = evidence.check(token, before, data);
    if (check && !check.ok) return { outcome: refuse('transition', check.reason) };
  }
  for (const sha of spec.blobs?.(data) ?? []) {
    if (!blobs.has(sha)) {
      return {
        outcome: refuse(
          'missing_blob',
          `پروندهٔ پیوست ${label} هنوز به سرور نرسیده است؛ پس از آن دوباره فرستاده می‌شود.`,
        ),
      };
    }
  }
  return { outcome: { accepted: true }, write: { data, json, spec } };
}
