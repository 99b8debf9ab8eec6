// Records as an office puts them on the wire, and a small HTTP client, for protocol tests that
// talk to the server directly (without an office's core).
import crypto from 'node:crypto';
import { v7 } from 'uuid';
import { wireLetterHash } from '../../shared/letters/contentHash';

const AT = '2026-11-20T08:00:00.000Z';

export function councilData(officeId: string, id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    officeId,
    name: 'کرمان',
    nameKey: 'کرمان',
    kind: 'city',
    county: 'کرمان',
    province: 'کرمان',
    nationalCode: '',
    active: 1,
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function resolutionData(officeId: string, councilId: string, id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    officeId,
    councilId,
    councilResolutionNumber: '۱۲',
    numberKey: '12',
    councilSessionNumber: '۴',
    councilSessionDate: '2026-11-10',
    approvalDate: '2026-11-10',
    approvalYear: 1405,
    receiptDate: '2026-11-15',
    receiptYear: 1405,
    incomingNumber: '۱۴۰۵/۱',
    incomingKey: '1405/1',
    title: 'عوارض پسماند',
    category: 'fees',
    status: 'received',
    supersedesId: null,
    objectionDeadline: '2026-11-29',
    dueDate: '2026-11-29',
    dueKind: 'objection',
    assignedExpertId: null,
    createdBy: 'user-1',
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    text: 'متن مصوبه',
    attachments: [],
    ...over,
  };
}

export function sessionData(officeId: string, id: string) {
  return {
    id,
    officeId,
    year: 1405,
    number: 1,
    date: '2026-11-25',
    time: '10:00',
    place: 'فرمانداری',
    note: '',
    status: 'scheduled',
    cancelReason: null,
    quorumRequired: null,
    attendanceRecordedAt: null,
    closedAt: null,
    closedBy: null,
    createdBy: 'user-1',
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    attendance: [],
  };
}

export function sessionItemData(sessionId: string, resolutionId: string, id: string) {
  return {
    id,
    sessionId,
    resolutionId,
    position: 1,
    state: 'pending',
    outcome: null,
    votesConflict: null,
    votesPartial: null,
    votesNoConflict: null,
    votesSystem: null,
    votesMissing: null,
    note: '',
    rulingId: null,
    ruledAt: null,
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function letterData(officeId: string, id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    officeId,
    kind: 'objection',
    status: 'issued',
    resolutionId: null,
    sessionId: null,
    councilId: null,
    year: 1405,
    serial: 123,
    number: '۱۴۰۵/ت/۱۲۳',
    numberKey: '1405/ت/123',
    letterDate: '2026-11-22',
    recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
    subject: 'اعتراض',
    salutation: 'با سلام و احترام',
    body: '<p>متن</p>',
    closing: '',
    attachments: 'ندارد',
    copies: '[]',
    signatoryName: 'محمد فرماندار',
    signatoryTitle: 'فرماندار',
    letterhead: null,
    contentHash: 'a'.repeat(64),
    pdfSha256: 'b'.repeat(64),
    pdfPages: 1,
    signed: 0,
    certificateSubject: null,
    printCount: 0,
    voidReason: null,
    voidedAt: null,
    voidedBy: null,
    voidedByName: null,
    issuedAt: AT,
    issuedBy: 'user-1',
    issuedByName: 'دبیر',
    searchKey: 'اعتراض',
    createdBy: 'user-1',
    createdByName: 'دبیر',
    rev: 1,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

/** A letter as `officeCode` issues it: its content hash is the hash of its content. */
export function issuedLetter(officeCode: string, officeId: string, id: string, over: Record<string, unknown> = {}) {
  const d = letterData(officeId, id, over);
  return { ...d, contentHash: wireLetterHash(officeCode, d)! };
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
