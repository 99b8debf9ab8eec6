// The public complaint form (issue 14 item 7): anyone may complain about a council's resolution to
// the county's panel secretariat, without an account. A complaint is stored with an unguessable
// tracking code and published in the same transaction to its office's feed (a pulled `complaint`
// record, shared/sync/complaints.ts); the office's answer comes back as a pushed
// `complaint_answer` record with the complaint's id. Following a complaint needs its exact code:
// there is no list, no search, and every lookup counts against the address (complaintLimits.ts).
import crypto from 'node:crypto';
import { scopeOf } from '../../shared/sync/protocol';
import type { ComplaintRecord } from '../../shared/sync/complaints';
import {
  COMPLAINT_FILE_MAX,
  COMPLAINT_MESSAGES,
  TRACKING_DIGITS,
  readContact,
  readTrackingCode,
  sniffFile,
  type complaintInput,
} from '../../shared/complaints/input';
import { parseJalali } from '../../shared/dates/jalali';
import { toAsciiDigits } from '../../shared/text/persian';
import type { z } from 'zod';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import { storeOwnedBlob } from '../sync/blobs';
import { newId } from '../admin/ids';
import { countAttempt } from './complaintLimits';
import { officeCouncils } from './complaintPlaces';
import { publicLetter, type PublicLetter } from './verify';

const bad = (message: string) => new HttpError(400, 'invalid', message);

/** A fresh 16-digit code from the system's CSPRNG. */
function trackingCode(): string {
  let s = '';
  for (let i = 0; i < TRACKING_DIGITS; i++) s += String(crypto.randomInt(10));
  return s;
}

interface File {
  bytes: Buffer;
  sha256: string;
  mimeType: NonNullable<ReturnType<typeof sniffFile>>;
  name: string;
}

function readFile(f: { name: string; data: string } | null): File | null {
  if (!f) return null;
  const bytes = Buffer.from(f.data, 'base64');
  if (bytes.length === 0) throw bad(COMPLAINT_MESSAGES.fileEmpty);
  if (bytes.length > COMPLAINT_FILE_MAX) throw bad(COMPLAINT_MESSAGES.fileSize);
  const mimeType = sniffFile(bytes);
  if (!mimeType) throw bad(COMPLAINT_MESSAGES.fileType);
  return { bytes, mimeType, name: f.name, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

export interface Filed {
  /** 16 digits; the page shows it as ۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶ */
  trackingCode: string;
  submittedAt: string;
}

export async function fileComplaint(
  db: ServerDb,
  input: z.output<typeof complaintInput>,
  address: string,
  now: string,
): Promise<Filed> {
  const contact = readContact(input.contact);
  if (!contact) throw bad(COMPLAINT_MESSAGES.contact);
  const file = readFile(input.file);
  const [office] = await db.read.query<{ id: string }>('SELECT id FROM office WHERE id = $1', [input.officeId]);
  if (!office) throw bad(COMPLAINT_MESSAGES.office);
  let councilName = input.councilName;
  if (input.councilId) {
    const council = (await officeCouncils(db, office.id)).find((c) => c.id === input.councilId);
    if (!council) throw bad(COMPLAINT_MESSAGES.council);
    councilName = council.name;
  }
  await countAttempt(db, 'submit', address, now);
  const record: ComplaintRecord = {
    id: newId(),
    trackingCode: trackingCode(),
    councilId: input.councilId || null,
    councilName,
    resolutionNumber: toAsciiDigits(input.resolutionNumber),
    resolutionDate: input.resolutionDate ? parseJalali(input.resolutionDate) : null,
    resolutionText: input.resolutionText.trim(),
    grounds: input.grounds,
    complainantName: input.name,
    contact: contact.value,
    contactKind: contact.kind,
    file: file ? { sha256: file.sha256, name: file.name, mimeType: file.mimeType, size: file.bytes.length } : null,
    submittedAt: now,
  };
  await db.tx(async (tx) => {
    if (file) await storeOwnedBlob(tx, office.id, file.sha256, file.bytes, now);
    await tx.query(
      `INSERT INTO complaint (id, tracking_code, office_id, council_id, council_name, resolution_number,
         resolution_date, resolution_text, grounds, complainant_name, contact, contact_kind, file_sha256,
         file_name, file_mime, file_size, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        record.id,
        record.trackingCode,
        office.id,
        record.councilId,
        record.councilName,
        record.resolutionNumber,
        record.resolutionDate,
        record.resolutionText,
        record.grounds,
        record.complainantName,
        record.contact,
        record.contactKind,
        file?.sha256 ?? null,
        file?.name ?? null,
        file?.mimeType ?? null,
        file?.bytes.length ?? null,
        now,
      ],
    );
    // feed rows are appended under one lock, so a pulling office never skips one (admin/publish.ts)
    await tx.lock('feed');
    await tx.query('INSERT INTO feed (scope, entity, id, rev, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      scopeOf.office(office.id),
      'complaint',
      record.id,
      1,
      JSON.stringify(record),
      now,
    ]);
  });
  return { trackingCode: record.trackingCode, submittedAt: now };
}

export type ComplaintStatus = 'received' | 'delivered' | 'answered';

const STATUS_TEXT: Record<ComplaintStatus, string> = {
  received: 'شکایت ثبت شده و در انتظار دریافت دبیرخانهٔ هیأت تطبیق است.',
  delivered: 'شکایت به دبیرخانهٔ هیأت تطبیق رسیده و در دست بررسی است.',
  answered: 'دبیرخانهٔ هیأت تطبیق به شکایت پاسخ داده است.',
};

export interface TrackAnswer {
  status: ComplaintStatus;
  statusText: string;
  submittedAt: string;
  office: { name: string; county: string; province: string };
  councilName: string;
  resolutionNumber: string;
  resolutionDate: string | null;
  answer: { text: string; answeredAt: string; letter: PublicLetter | null } | null;
}

interface TrackRow {
  id: string;
  office_id: string;
  council_name: string;
  resolution_number: string;
  resolution_date: string | null;
  created_at: string;
  office: string;
  county: string;
  province: string;
  last_pull_at: string | null;
  answer: string | null;
}

export async function trackComplaint(db: ServerDb, raw: string, address: string, now: string): Promise<TrackAnswer> {
  // every lookup counts, found or not: codes cannot be tried in bulk
  await countAttempt(db, 'track', address, now);
  const code = readTrackingCode(raw);
  if (!code) throw bad(COMPLAINT_MESSAGES.code);
  const [row] = await db.read.query<TrackRow>(
    `SELECT k.id, k.office_id, k.council_name, k.resolution_number, k.resolution_date, k.created_at,
            o.name AS office, c.name AS county, p.name AS province, o.last_pull_at, a.data AS answer
       FROM complaint k JOIN office o ON o.id = k.office_id
       JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
       LEFT JOIN sync_record a ON a.office_id = k.office_id AND a.entity = 'complaint_answer' AND a.id = k.id
      WHERE k.tracking_code = $1`,
    [code],
  );
  if (!row) throw new HttpError(404, 'not_found', 'شکایتی با این کد پیگیری ثبت نشده است.');
  let answer: TrackAnswer['answer'] = null;
  if (row.answer) {
    const a = JSON.parse(row.answer) as { answer: string; answeredAt: string; letterId: string | null };
    let letter: PublicLetter | null = null;
    if (a.letterId) {
      const [l] = await db.read.query<{ data: string }>(
        "SELECT data FROM sync_record WHERE office_id = $1 AND entity = 'letter' AND id = $2",
        [row.office_id, a.letterId],
      );
      if (l) letter = publicLetter(l.data);
    }
    answer = { text: a.answer, answeredAt: a.answeredAt, letter };
  }
  const status: ComplaintStatus = answer
    ? 'answered'
    : row.last_pull_at && row.last_pull_at >= row.created_at
      ? 'delivered'
      : 'received';
  return {
    status,
    statusText: STATUS_TEXT[status],
    submittedAt: row.created_at,
    office: { name: row.office, county: row.county, province: row.province },
    councilName: row.council_name,
    resolutionNumber: row.resolution_number,
    resolutionDate: row.resolution_date,
    answer,
  };
}
