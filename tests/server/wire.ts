// Records as an office puts them on the wire, and a small HTTP client, for protocol tests that
// talk to the server directly (without an office's core).
import crypto from 'node:crypto';
import { v7 } from 'uuid';
import { wireLetterHash } from '../../shared/letters/contentHash';
import { letterNumberKey } from '../../shared/letters/numbering';
import { pushedEntity } from '../../shared/sync/records';
import { readRecords } from '../../src-main/core/sync/records';
import { syncedTable } from '../../src-main/core/sync/tables';
// no vitest here (nor in what it imports): the sync bench loads this file outside vitest
import { freeLetterDraft, resolutionInput, startSeededCore } from '../support/core';

type Row = Record<string, unknown>;
/** a record for `change`: its columns are the core's, so only its id and version are known here */
type Wire = Row & { id: string; rev: number };
type Entity = 'office' | 'council' | 'resolution' | 'panel_session' | 'session_item' | 'letter';

// One record of each kind as a real office core wrote it and its sync engine reads it for a push
// (readRecords): the builders below hand out copies with their ids and owners replaced, so the
// fixtures follow the office's tables instead of a hand-written copy of their columns that drifts
// from them whenever a column is added.
const samples = new Map<Entity, Row>();

/**
 * Makes the samples through a core (once per test file, in beforeAll; the sync bench before it
 * builds its offices). `letters` also issues a letter, which renders its PDF in Chromium: only
 * the files that push letters ask for it.
 */
export async function loadWireSamples(opts: { letters?: boolean } = {}): Promise<void> {
  if (samples.has('council') && (!opts.letters || samples.has('letter'))) return;
  const { t, people, councilId } = await startSeededCore();
  try {
    const register = (n: string) =>
      t.call('resolutions.register', resolutionInput(councilId, { councilResolutionNumber: n, incomingNumber: n }));
    const pushed = await register('W-1');
    const onAgenda = await register('W-2');
    await t.as(people.secretary).call('review.sendToPanel', { resolutionId: onAgenda.id, rev: onAgenda.rev });
    const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'فرمانداری' });
    await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: [onAgenda.id] });
    let letterId: string | null = null;
    if (opts.letters) {
      const draft = await freeLetterDraft(t, 'اعتراض', { body: '<p>متن</p>' });
      letterId = (await t.call('letters.issue', { id: draft.id })).letter.id;
    }
    const m = t.core.context.db.read;
    const one = async (entity: Entity, where: string, params: unknown[] = []) => {
      const table = syncedTable(entity)!;
      const [row] = (await m.query(`SELECT id FROM ${table.table} WHERE ${where} LIMIT 1`, params)) as { id: string }[];
      const data = row && (await readRecords(m, table, [row.id])).get(row.id);
      if (!data) throw new Error(`no ${entity} record to copy`);
      samples.set(entity, data);
    };
    await one('office', '1');
    await one('council', 'id = ?', [councilId]);
    await one('resolution', 'id = ?', [pushed.id]);
    await one('panel_session', 'id = ?', [s.session.id]);
    await one('session_item', 'session_id = ?', [s.session.id]);
    if (letterId) {
      await one('letter', 'id = ?', [letterId]);
      // the server recomputes this hash from the pushed letter: the office's own hash must be the
      // shared function's over the letter as it goes on the wire, or every letter push is refused
      const letter = samples.get('letter')!;
      if (wireLetterHash(officeCode(), letter) !== letter.contentHash) {
        throw new Error("the office's letter hash is not shared/letters/contentHash.ts's over its wire record");
      }
    }
  } finally {
    await t.close();
  }
}

const officeCode = () => String(samples.get('office')?.code);

function sample(entity: Entity): Row {
  const row = samples.get(entity);
  if (!row) throw new Error(`call loadWireSamples(${entity === 'letter' ? '{ letters: true }' : ''}) in beforeAll`);
  return structuredClone(row);
}

export function officeData(id: string, over: Row = {}) {
  return { ...sample('office'), id, rev: 1, ...over };
}

export function councilData(officeId: string, id: string, over: Row = {}) {
  return { ...sample('council'), id, officeId, rev: 1, ...over };
}

export function resolutionData(officeId: string, councilId: string, id: string, over: Row = {}) {
  return { ...sample('resolution'), id, officeId, councilId, rev: 1, attachments: [], ...over };
}

export function sessionData(officeId: string, id: string) {
  return { ...sample('panel_session'), id, officeId, rev: 1, attendance: [] };
}

export function sessionItemData(sessionId: string, resolutionId: string, id: string) {
  return { ...sample('session_item'), id, sessionId, resolutionId, rev: 1 };
}

// The children that evidence a resolution's steps (shared/sync/statusEvidence.ts), as the office's
// rulings capability writes them; `child` parses each with its shared schema, so a column added
// there fails here first instead of every push that uses them.
const AT = '2026-11-20T08:00:00.000Z';
const BY = { recordedBy: 'secretary-1', recordedByName: 'زهرا دبیری' };

function child(entity: string, d: Row & { id: string }): Row & { id: string; rev?: number } {
  return { ...pushedEntity(entity)!.schema.parse(d), id: d.id };
}

export function rulingData(resolutionId: string, id: string, outcome: 'compliant' | 'objected', over: Row = {}) {
  return child('ruling', {
    id,
    resolutionId,
    outcome,
    sessionId: null,
    votes: null,
    objectionClause: outcome === 'objected' ? 'بند ۲' : null,
    objectionGrounds: outcome === 'objected' ? '["conflicts_with_law"]' : null,
    objectionReferenceIds: null,
    objectionReasoning: null,
    correctsId: null,
    correctionReason: null,
    recordedAt: AT,
    ...BY,
    ...over,
  });
}

export function councilLetterData(resolutionId: string, id: string, kind: 'objection' | 'compliance', over: Row = {}) {
  return child('council_letter', {
    id,
    resolutionId,
    kind,
    rulingId: null,
    letterRef: null,
    outgoingNumber: '۱۴۰۵/ت/۱۰۱',
    letterDate: '2026-11-21',
    councilReceivedDate: null,
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    ...BY,
    ...over,
  });
}

export function councilAnswerData(resolutionId: string, id: string, answer: 'amend' | 'repeal' | 'insist') {
  return child('council_answer', {
    id,
    resolutionId,
    letterId: null,
    answer,
    answerDate: '2026-11-25',
    answerNumber: '۷۸۹',
    note: '',
    amendedResolutionId: null,
    recordedAt: AT,
    ...BY,
  });
}

export function boardReferralData(resolutionId: string, id: string, over: Row = {}) {
  return child('board_referral', {
    id,
    resolutionId,
    cause: 'insist',
    boardLevel: 'province',
    boardName: 'هیأت حل اختلاف استان کرمان',
    referralDate: '2026-11-25',
    referralNumber: '۹۰۱',
    decision: null,
    decisionNumber: null,
    decisionDate: null,
    decisionNote: null,
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    ...BY,
    ...over,
  });
}

/**
 * An issued letter, number 1405/ت/123 of 2026-11-22 unless `over` says otherwise (the verify tests
 * ask for them), hashed as the sample's own office would; `issuedLetter` hashes it as another's.
 */
export function letterData(officeId: string, id: string, over: Row = {}): Wire & { contentHash: string | null } {
  const number = typeof over.number === 'string' ? over.number : '۱۴۰۵/ت/۱۲۳';
  const d: Wire = {
    ...sample('letter'),
    id,
    officeId,
    year: 1405,
    serial: 123,
    number,
    numberKey: letterNumberKey(number),
    letterDate: '2026-11-22',
    rev: 1,
    ...over,
  };
  const contentHash = typeof over.contentHash === 'string' ? over.contentHash : wireLetterHash(officeCode(), d);
  return { ...d, contentHash };
}

/** A letter as the office numbered `code` issues it: its content hash is the hash of its content. */
export function issuedLetter(code: string, officeId: string, id: string, over: Row = {}) {
  const d = letterData(officeId, id, over);
  return { ...d, contentHash: wireLetterHash(code, d)! };
}

export const change = (
  entity: string,
  data: { id: string; rev?: number } & Record<string, unknown>,
  changeId = v7(),
) => ({
  changeId,
  entity,
  id: data.id,
  rev: data.rev ?? 1,
  data,
});

export const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export function client(base: string) {
  const call = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    opts: { token?: string; json?: unknown; raw?: string | Buffer; type?: string } = {},
  ): Promise<Answer<T>> => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | Uint8Array | undefined;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.raw !== undefined) {
      headers['content-type'] = opts.type ?? 'application/json';
      body = typeof opts.raw === 'string' ? opts.raw : new Uint8Array(opts.raw);
    }
    const res = await fetch(`${base}${path}`, { method, headers, body: body as BodyInit | undefined });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a blob
    }
    return { status: res.status, body: parsed as T };
  };
  return {
    call,
    enroll: (code: string, officeId: string) =>
      call<{ token: string; office: { id: string } }>('POST', '/v1/enroll', { json: { code, officeId } }),
    push: (token: string, changes: unknown[], batchId = v7()) =>
      call<{ accepted: string[]; rejected: { changeId: string; code: string; reason: string; retry: boolean }[] }>(
        'POST',
        '/v1/sync/push',
        { token, json: { batchId, changes } },
      ),
    pull: (token: string, query: string) =>
      call<{ changes: { entity: string; id: string; rev: number; scope: string }[]; cursor: string; hasMore: boolean }>(
        'GET',
        `/v1/sync/pull?${query}`,
        { token },
      ),
  };
}
