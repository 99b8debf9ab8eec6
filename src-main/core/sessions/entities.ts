// Issue 3: panel sessions' tables (sessions, agenda, attendance, findings), each declared once (storage/table.ts); the hot reads use SQL.
import { col, defineTable, type RowOf } from '../storage/table';

export const panelSessionTable = defineTable('panel_session', {
  id: col.id(),
  officeId: col.text(),
  /** the Jalali year of `date`; `number` counts sessions within it */
  year: col.int(),
  number: col.int(),
  date: col.text(),
  time: col.text(),
  place: col.text(),
  note: col.text(),
  status: col.text(),
  cancelReason: col.maybeText(),
  /** frozen when the session closes */
  quorumRequired: col.maybeInt(),
  attendanceRecordedAt: col.maybeText(),
  closedAt: col.maybeText(),
  closedBy: col.maybeText(),
  createdBy: col.text(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type PanelSessionRow = RowOf<typeof panelSessionTable>;

export const sessionItemTable = defineTable('session_item', {
  id: col.id(),
  sessionId: col.text(),
  resolutionId: col.text(),
  position: col.int(),
  state: col.text(),
  outcome: col.maybeText(),
  votesConflict: col.maybeInt(),
  votesPartial: col.maybeInt(),
  votesNoConflict: col.maybeInt(),
  votesSystem: col.maybeInt(),
  votesMissing: col.maybeInt(),
  note: col.text(),
  rulingId: col.maybeText(),
  ruledAt: col.maybeText(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type SessionItemRow = RowOf<typeof sessionItemTable>;

export const sessionAttendanceTable = defineTable('session_attendance', {
  sessionId: col.id(),
  memberId: col.id(),
  present: col.bool(),
  fullName: col.text(),
  title: col.text(),
  isChair: col.bool(),
  recordedAt: col.text(),
});
export type SessionAttendanceRow = RowOf<typeof sessionAttendanceTable>;

export const sessionFindingTable = defineTable('session_finding', {
  id: col.id(),
  sessionId: col.text(),
  itemId: col.text(),
  resolutionId: col.text(),
  memberId: col.text(),
  finding: col.text(),
  source: col.text(),
  note: col.text(),
  rev: col.int(),
  recordedAt: col.text(),
});
export type SessionFindingRow = RowOf<typeof sessionFindingTable>;

/** The panel's objection to a pending item, drafted before its ruling (drafting.ts); JSON lists. */
export const sessionObjectionTable = defineTable('session_objection', {
  itemId: col.id(),
  sessionId: col.text(),
  resolutionId: col.text(),
  clause: col.text(),
  grounds: col.text(),
  referenceIds: col.text(),
  citations: col.text(),
  reasoning: col.text(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  rev: col.int().withDefault(),
  createdAt: col.text(),
  updatedAt: col.text(),
});

export const PanelSessionEntity = panelSessionTable.entity;
export const SessionItemEntity = sessionItemTable.entity;
export const SessionAttendanceEntity = sessionAttendanceTable.entity;
export const SessionFindingEntity = sessionFindingTable.entity;

export const SESSION_TABLES = [
  panelSessionTable,
  sessionItemTable,
  sessionAttendanceTable,
  sessionFindingTable,
  sessionObjectionTable,
];
