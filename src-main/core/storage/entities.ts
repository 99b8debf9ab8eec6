// Entity definitions as schemas (no decorators: the build tools emit no decorator metadata), with
// every column typed explicitly. Hot read paths use SQL directly; these serve writes and lookups.
// These are the tables every capability reads (the office, its councils, the resolutions); each
// capability declares its own beside it, and the core's entry (index.ts) hands openDatabase the list.
import { EntitySchema } from 'typeorm';

export interface OfficeRow {
  id: string;
  name: string;
  organisation: string;
  ministry: string;
  province: string;
  county: string;
  code: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface CouncilRow {
  id: string;
  officeId: string;
  name: string;
  nameKey: string;
  kind: string;
  county: string;
  province: string;
  nationalCode: string;
  active: boolean;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResolutionRecord {
  id: string;
  officeId: string;
  councilId: string;
  councilResolutionNumber: string;
  numberKey: string;
  councilSessionNumber: string;
  councilSessionDate: string;
  approvalDate: string;
  approvalYear: number;
  receiptDate: string;
  receiptYear: number;
  incomingNumber: string;
  incomingKey: string;
  title: string;
  category: string;
  status: string;
  supersedesId: string | null;
  /** the panel's objection window, fixed at receipt by the policy in force */
  objectionDeadline: string | null;
  /** the next deadline of the current step and what it is (DueKind), for the desk */
  dueDate: string | null;
  dueKind: string | null;
  assignedExpertId: string | null;
  /** the objection window had already passed when it was registered (issue 11): kept for accountability */
  registeredLate: number;
  /** issue 12: the financial side, all null for a resolution that has none (resolutions/financial.ts) */
  financialKind?: string | null;
  amountRials?: number | null;
  budgetYear?: number | null;
  budgetLine?: string | null;
  projectDurationMonths?: number | null;
  projectCostRials?: number | null;
  projectScope?: string | null;
  createdBy: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

/** The full text of a resolution, kept out of the register's rows. */
export interface ResolutionBodyRow {
  resolutionId: string;
  text: string;
}

export interface AttachmentRow {
  id: string;
  resolutionId: string;
  sha256: string;
  name: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

const text = (name: string) => ({ type: 'text' as const, name });
const int = (name: string) => ({ type: 'integer' as const, name });
const common = {
  rev: int('rev'),
  createdAt: text('created_at'),
  updatedAt: text('updated_at'),
};

export const OfficeEntity = new EntitySchema<OfficeRow>({
  name: 'office',
  tableName: 'office',
  columns: {
    id: { type: 'text', primary: true },
    name: text('name'),
    organisation: text('organisation'),
    ministry: text('ministry'),
    province: text('province'),
    county: text('county'),
    code: text('code'),
    ...common,
  },
});

export const CouncilEntity = new EntitySchema<CouncilRow>({
  name: 'council',
  tableName: 'council',
  columns: {
    id: { type: 'text', primary: true },
    officeId: text('office_id'),
    name: text('name'),
    nameKey: text('name_key'),
    kind: text('kind'),
    county: text('county'),
    province: text('province'),
    nationalCode: text('national_code'),
    active: { type: 'boolean', name: 'active' },
    ...common,
  },
});

export const ResolutionEntity = new EntitySchema<ResolutionRecord>({
  name: 'resolution',
  tableName: 'resolution',
  columns: {
    id: { type: 'text', primary: true },
    officeId: text('office_id'),
    councilId: text('council_id'),
    councilResolutionNumber: text('council_resolution_number'),
    numberKey: text('number_key'),
    councilSessionNumber: text('council_session_number'),
    councilSessionDate: text('council_session_date'),
    approvalDate: text('approval_date'),
    approvalYear: int('approval_year'),
    receiptDate: text('receipt_date'),
    receiptYear: int('receipt_year'),
    incomingNumber: text('incoming_number'),
    incomingKey: text('incoming_key'),
    title: text('title'),
    category: text('category'),
    status: text('status'),
    supersedesId: { type: 'text', name: 'supersedes_id', nullable: true },
    objectionDeadline: { type: 'text', name: 'objection_deadline', nullable: true },
    dueDate: { type: 'text', name: 'due_date', nullable: true },
    dueKind: { type: 'text', name: 'due_kind', nullable: true },
    assignedExpertId: { type: 'text', name: 'assigned_expert_id', nullable: true },
    registeredLate: int('registered_late'),
    financialKind: { type: 'text', name: 'financial_kind', nullable: true },
    amountRials: { type: 'integer', name: 'amount_rials', nullable: true },
    budgetYear: { type: 'integer', name: 'budget_year', nullable: true },
    budgetLine: { type: 'text', name: 'budget_line', nullable: true },
    projectDurationMonths: { type: 'integer', name: 'project_duration_months', nullable: true },
    projectCostRials: { type: 'integer', name: 'project_cost_rials', nullable: true },
    projectScope: { type: 'text', name: 'project_scope', nullable: true },
    createdBy: text('created_by'),
    ...common,
  },
});

export const ResolutionBodyEntity = new EntitySchema<ResolutionBodyRow>({
  name: 'resolution_body',
  tableName: 'resolution_body',
  columns: {
    resolutionId: { type: 'text', primary: true, name: 'resolution_id' },
    text: text('text'),
  },
});

export const AttachmentEntity = new EntitySchema<AttachmentRow>({
  name: 'attachment',
  tableName: 'attachment',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    sha256: text('sha256'),
    name: text('name'),
    mimeType: text('mime_type'),
    size: int('size'),
    createdAt: text('created_at'),
  },
});

/** The tables declared here; the core's entry adds each capability's own. */
export const BASE_ENTITIES = [OfficeEntity, CouncilEntity, ResolutionEntity, ResolutionBodyEntity, AttachmentEntity];
