// Issue 3: panel sessions' entities (sessions, agenda, attendance, findings) and office settings.
// Every column typed explicitly (no decorator metadata); the hot reads use SQL.
import { EntitySchema } from 'typeorm';

export interface PanelSessionRow {
  id: string;
  officeId: string;
  /** the Jalali year of `date`; `number` counts sessions within it */
  year: number;
  number: number;
  date: string;
  time: string;
  place: string;
  note: string;
  status: string;
  cancelReason: string | null;
  /** frozen when the session closes */
  quorumRequired: number | null;
  attendanceRecordedAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  createdBy: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionItemRow {
  id: string;
  sessionId: string;
  resolutionId: string;
  position: number;
  state: string;
  outcome: string | null;
  votesConflict: number | null;
  votesPartial: number | null;
  votesNoConflict: number | null;
  votesSystem: number | null;
  votesMissing: number | null;
  note: string;
  rulingId: string | null;
  ruledAt: string | null;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionAttendanceRow {
  sessionId: string;
  memberId: string;
  present: boolean;
  fullName: string;
  title: string;
  isChair: boolean;
  recordedAt: string;
}

export interface SessionFindingRow {
  id: string;
  sessionId: string;
  itemId: string;
  resolutionId: string;
  memberId: string;
  finding: string;
  source: string;
  note: string;
  rev: number;
  recordedAt: string;
}

export interface OfficeSettingRow {
  key: string;
  value: string;
  updatedAt: string;
}

const text = (name: string) => ({ type: 'text' as const, name });
const maybeText = (name: string) => ({ type: 'text' as const, name, nullable: true });
const int = (name: string) => ({ type: 'integer' as const, name });
const maybeInt = (name: string) => ({ type: 'integer' as const, name, nullable: true });

export const PanelSessionEntity = new EntitySchema<PanelSessionRow>({
  name: 'panel_session',
  tableName: 'panel_session',
  columns: {
    id: { type: 'text', primary: true },
    officeId: text('office_id'),
    year: int('year'),
    number: int('number'),
    date: text('date'),
    time: text('time'),
    place: text('place'),
    note: text('note'),
    status: text('status'),
    cancelReason: maybeText('cancel_reason'),
    quorumRequired: maybeInt('quorum_required'),
    attendanceRecordedAt: maybeText('attendance_recorded_at'),
    closedAt: maybeText('closed_at'),
    closedBy: maybeText('closed_by'),
    createdBy: text('created_by'),
    rev: int('rev'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});

export const SessionItemEntity = new EntitySchema<SessionItemRow>({
  name: 'session_item',
  tableName: 'session_item',
  columns: {
    id: { type: 'text', primary: true },
    sessionId: text('session_id'),
    resolutionId: text('resolution_id'),
    position: int('position'),
    state: text('state'),
    outcome: maybeText('outcome'),
    votesConflict: maybeInt('votes_conflict'),
    votesPartial: maybeInt('votes_partial'),
    votesNoConflict: maybeInt('votes_no_conflict'),
    votesSystem: maybeInt('votes_system'),
    votesMissing: maybeInt('votes_missing'),
    note: text('note'),
    rulingId: maybeText('ruling_id'),
    ruledAt: maybeText('ruled_at'),
    rev: int('rev'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});

export const SessionAttendanceEntity = new EntitySchema<SessionAttendanceRow>({
  name: 'session_attendance',
  tableName: 'session_attendance',
  columns: {
    sessionId: { type: 'text', primary: true, name: 'session_id' },
    memberId: { type: 'text', primary: true, name: 'member_id' },
    present: { type: 'boolean', name: 'present' },
    fullName: text('full_name'),
    title: text('title'),
    isChair: { type: 'boolean', name: 'is_chair' },
    recordedAt: text('recorded_at'),
  },
});

export const SessionFindingEntity = new EntitySchema<SessionFindingRow>({
  name: 'session_finding',
  tableName: 'session_finding',
  columns: {
    id: { type: 'text', primary: true },
    sessionId: text('session_id'),
    itemId: text('item_id'),
    resolutionId: text('resolution_id'),
    memberId: text('member_id'),
    finding: text('finding'),
    source: text('source'),
    note: text('note'),
    rev: int('rev'),
    recordedAt: text('recorded_at'),
  },
});

export const OfficeSettingEntity = new EntitySchema<OfficeSettingRow>({
  name: 'office_setting',
  tableName: 'office_setting',
  columns: {
    key: { type: 'text', primary: true },
    value: text('value'),
    updatedAt: text('updated_at'),
  },
});

export const SESSION_ENTITIES: EntitySchema[] = [
  PanelSessionEntity,
  SessionItemEntity,
  SessionAttendanceEntity,
  SessionFindingEntity,
  OfficeSettingEntity,
] as EntitySchema[];
