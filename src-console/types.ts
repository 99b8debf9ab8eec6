// What the console API answers: the server's own return types, imported as types only (nothing of
// the server's code is bundled into the page).
import type { ConsoleAccount } from '../src-server/console/accounts';
import type { overview, overdueNow, UnitFigures } from '../src-server/console/monitor';
import type { officeRegister, resolutionTimeline } from '../src-server/console/drill';
import type { VerifyAnswer } from '../src-server/public/verify';

export type { ConsoleAccount, UnitFigures, VerifyAnswer };
export type Overview = Awaited<ReturnType<typeof overview>>;
export type Overdue = Awaited<ReturnType<typeof overdueNow>>;
export type Register = Awaited<ReturnType<typeof officeRegister>>;
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
