// Citizens' complaints (issue 14 item 8), each table declared once (storage/table.ts): a complaint
// as it came on the pull (only the office's link to a resolution changes on it, locally), and the
// office's answer, a record of its own (id = the complaint's id) pushed like any other.
import { col, defineTable } from '../storage/table';

export const complaintTable = defineTable('complaint', {
  id: col.id(),
  trackingCode: col.text(),
  councilId: col.maybeText(),
  councilName: col.text(),
  resolutionNumber: col.text(),
  resolutionDate: col.maybeText(),
  resolutionText: col.text(),
  grounds: col.text(),
  complainantName: col.text(),
  contact: col.text(),
  contactKind: col.text<'phone' | 'email'>(),
  fileSha256: col.maybeText(),
  fileName: col.maybeText(),
  fileMime: col.maybeText(),
  fileSize: col.maybeInt(),
  submittedAt: col.text(),
  receivedAt: col.text(),
  resolutionId: col.maybeText(),
  linkedBy: col.maybeText(),
  linkedAt: col.maybeText(),
});

export const complaintAnswerTable = defineTable('complaint_answer', {
  id: col.id(),
  officeId: col.text(),
  resolutionId: col.maybeText(),
  answer: col.text(),
  letterId: col.maybeText(),
  answeredBy: col.text(),
  answeredByName: col.text(),
  answeredAt: col.text(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});

export const COMPLAINT_TABLES = [complaintTable, complaintAnswerTable] as const;
