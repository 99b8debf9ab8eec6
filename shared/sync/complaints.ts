// Citizens' complaints on the wire (issue 14 item 8). The server publishes each complaint to the
// office it names as a pulled `complaint` record (scope office:<id>, rev 1, never changed after);
// the office answers with a pushed `complaint_answer` record whose id is the complaint's id. Both
// are add-only: an office that does not know `complaint` keeps it unread in sync_reference.
import { z } from 'zod';
import { safeString } from '../schemas/fields';

const str = (max: number) => safeString().max(max);

export const complaintRecord = z.object({
  id: str(64).min(1),
  trackingCode: z.string().regex(/^\d{16}$/),
  /** the council as the office knows it (its own council id, or the ministry's), if one was picked */
  councilId: str(64).nullable(),
  councilName: str(200),
  resolutionNumber: str(80),
  /** Gregorian YYYY-MM-DD, if the complainant gave it */
  resolutionDate: str(10).nullable(),
  resolutionText: str(2000),
  grounds: str(5000).min(1),
  complainantName: str(120),
  contact: str(200),
  contactKind: z.enum(['phone', 'email']),
  file: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      name: str(255),
      mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
      size: z.number().int().min(1),
    })
    .nullable(),
  submittedAt: str(40).min(10),
});
export type ComplaintRecord = z.infer<typeof complaintRecord>;

const instant = safeString().min(10).max(40);
const id = safeString().min(1).max(64);

/** The office's answer: its row in complaint_answer as it stores it (camelCase). */
export const complaintAnswerRecord = z.strictObject({
  id,
  officeId: id,
  resolutionId: id.nullable(),
  answer: safeString().min(1).max(4000),
  letterId: id.nullable(),
  answeredBy: id,
  answeredByName: safeString().max(400),
  answeredAt: instant,
  rev: z.number().int().positive(),
  createdAt: instant,
  updatedAt: instant,
});
export type ComplaintAnswerRecord = z.infer<typeof complaintAnswerRecord>;
