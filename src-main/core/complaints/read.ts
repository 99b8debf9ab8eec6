// Reading complaints: the list, one complaint, and a resolution's complaints.
import type { EntityManager } from 'typeorm';
import type { Complaint, ComplaintStatus, ComplaintSummary } from '../../../shared/schemas/complaint';
import { todayInTehran } from '../../../shared/dates/jalali';
import type { BlobStore } from '../storage/blobs';

const SELECT = `SELECT k.*, r.incoming_number AS r_incoming, r.title AS r_title,
    a.answer AS a_text, a.answered_at AS a_at, a.answered_by_name AS a_by, a.letter_id AS a_letter,
    l.number AS l_number, l.subject AS l_subject
  FROM complaint k
  LEFT JOIN resolution r ON r.id = k.resolution_id
  LEFT JOIN complaint_answer a ON a.id = k.id
  LEFT JOIN letter l ON l.id = a.letter_id`;

interface Row {
  id: string;
  tracking_code: string;
  council_id: string | null;
  council_name: string;
  resolution_number: string;
  resolution_date: string | null;
  resolution_text: string;
  grounds: string;
  complainant_name: string;
  contact: string;
  contact_kind: 'phone' | 'email';
  file_sha256: string | null;
  file_name: string | null;
  file_mime: string | null;
  file_size: number | null;
  submitted_at: string;
  received_at: string;
  resolution_id: string | null;
  r_incoming: string | null;
  r_title: string | null;
  a_text: string | null;
  a_at: string | null;
  a_by: string | null;
  a_letter: string | null;
  l_number: string | null;
  l_subject: string | null;
}

const statusOf = (r: Row): ComplaintStatus => (r.a_text !== null ? 'answered' : r.resolution_id ? 'linked' : 'new');

function summary(r: Row): ComplaintSummary {
  return {
    id: r.id,
    trackingCode: r.tracking_code,
    status: statusOf(r),
    councilName: r.council_name,
    resolutionNumber: r.resolution_number,
    resolutionDate: r.resolution_date,
    grounds: r.grounds,
    submittedAt: r.submitted_at,
    receivedAt: r.received_at,
    resolution: r.resolution_id
      ? { id: r.resolution_id, incomingNumber: r.r_incoming ?? '', title: r.r_title ?? '' }
      : null,
    answeredAt: r.a_at,
  };
}

function detail(r: Row, blobs: BlobStore): Complaint {
  return {
    ...summary(r),
    councilId: r.council_id,
    resolutionText: r.resolution_text,
    complainantName: r.complainant_name,
    contact: r.contact,
    contactKind: r.contact_kind,
    file: r.file_sha256
      ? {
          sha256: r.file_sha256,
          name: r.file_name ?? '',
          mimeType: r.file_mime ?? '',
          size: r.file_size ?? 0,
          held: blobs.has(r.file_sha256),
        }
      : null,
    answer:
      r.a_text !== null
        ? {
            text: r.a_text,
            letter: r.a_letter ? { id: r.a_letter, number: r.l_number, subject: r.l_subject ?? '' } : null,
            answeredByName: r.a_by ?? '',
            answeredAt: r.a_at ?? '',
          }
        : null,
  };
}

export async function complaintList(m: EntityManager, status: ComplaintStatus | 'all'): Promise<ComplaintSummary[]> {
  const rows: Row[] = await m.query(`${SELECT} ORDER BY k.submitted_at DESC, k.id`);
  return rows.map(summary).filter((c) => status === 'all' || c.status === status);
}

export async function complaintRow(m: EntityManager, id: string, blobs: BlobStore): Promise<Complaint | null> {
  const [row]: Row[] = await m.query(`${SELECT} WHERE k.id = ?`, [id]);
  return row ? detail(row, blobs) : null;
}

export async function complaintsAbout(m: EntityManager, resolutionId: string, blobs: BlobStore): Promise<Complaint[]> {
  const rows: Row[] = await m.query(`${SELECT} WHERE k.resolution_id = ? ORDER BY k.submitted_at, k.id`, [
    resolutionId,
  ]);
  return rows.map((r) => detail(r, blobs));
}

/** Complaints filed (their Tehran day) and answered in [from, to]: the reports' figure. */
export async function complaintFigures(
  m: EntityManager,
  from: string,
  to: string,
): Promise<{ received: number; answered: number }> {
  const within = (instant: string | null) => {
    if (!instant) return false;
    const day = todayInTehran(new Date(instant));
    return day >= from && day <= to;
  };
  const rows: { submitted: string; answered: string | null }[] = await m.query(
    `SELECT k.submitted_at AS submitted, a.answered_at AS answered
       FROM complaint k LEFT JOIN complaint_answer a ON a.id = k.id`,
  );
  return {
    received: rows.filter((r) => within(r.submitted)).length,
    answered: rows.filter((r) => within(r.answered)).length,
  };
}
