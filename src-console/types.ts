// What the console API answers: the server's own return types, imported as types only (nothing of
// the server's code is bundled into the page).
import type { ConsoleAccount } from '../src-server/console/accounts';
import type { overview, overdueNow, UnitFigures } from '../src-server/console/monitor';
import type { resolutionTimeline } from '../src-server/console/drill';
import type { officeRegister } from '../src-server/console/officeRegister';
import type { complaintsOverview } from '../src-server/console/monitorComplaints';
import type { VerifyAnswer } from '../src-server/public/verify';
import type { enrollmentCode, officeHealth, places, refusedChanges } from '../src-server/console/admin';
import type { Published } from '../src-server/admin/publish';
import type { AuditRow } from '../src-server/console/audit';

export type { AuditRow, ConsoleAccount, Published, UnitFigures, VerifyAnswer };
export type OfficeHealth = Awaited<ReturnType<typeof officeHealth>>['offices'][number];
export type Places = Awaited<ReturnType<typeof places>>;
export type EnrollmentCode = Awaited<ReturnType<typeof enrollmentCode>>;
export type Refused = Awaited<ReturnType<typeof refusedChanges>>['changes'];
export type Overview = Awaited<ReturnType<typeof overview>>;
export type Overdue = Awaited<ReturnType<typeof overdueNow>>;
export type Register = Awaited<ReturnType<typeof officeRegister>>;
export type Complaints = Awaited<ReturnType<typeof complaintsOverview>>;
export type Timeline = Awaited<ReturnType<typeof resolutionTimeline>>;
export interface Me {
  account: ConsoleAccount;
  csrf: string;
}

/** The period and unit every monitoring view reads. */
export interface View {
  unit?: string;
  year: number;
  season?: number;
  month?: number;
  staleDays: number;
}
