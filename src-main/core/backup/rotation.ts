// Which backups the office keeps (pure): the newest daily backup of each of the last 7 days that
// have one, the newest of each of the last 4 weeks (Saturday to Friday, Tehran's calendar), and a
// few of each kind taken before an update or a migration. Backups of a replaced database
// (before-restore) are never removed automatically: they are what a wrong restore is undone from.
import type { BackupKind } from '../../../shared/schemas/backup';
import { todayInTehran } from '../../../shared/dates/jalali';

export interface RotationPolicy {
  daily: number;
  weekly: number;
  /** kept of each of before-update, before-migration and manual (in the office's own folder) */
  others: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, others: 5 };

export interface Rotated {
  folder: string;
  kind: BackupKind;
  createdAt: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the instant's date in Tehran. */
function tehranDay(instant: string): number {
  return Math.floor(Date.parse(`${todayInTehran(new Date(instant))}T00:00:00Z`) / DAY_MS);
}

/** 1970-01-01 was a Thursday, so day 2 is the first Saturday: weeks start on Saturday in Iran. */
function tehranWeek(instant: string): number {
  return Math.floor((tehranDay(instant) - 2) / 7);
}

function newestPer(list: readonly Rotated[], key: (b: Rotated) => number, howMany: number): Set<Rotated> {
  const keep = new Set<Rotated>();
  const seen = new Set<number>();
  for (const b of list) {
    const k = key(b);
    if (seen.has(k)) continue;
    if (seen.size === howMany) break;
    seen.add(k);
    keep.add(b);
  }
  return keep;
}

/** The backups to delete, given all the office's backups (any order). */
export function backupsToPrune<T extends Rotated>(backups: readonly T[], policy = DEFAULT_ROTATION): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const daily = newestFirst.filter((b) => b.kind === 'daily');
  const keep = new Set<Rotated>([
    ...newestPer(daily, (b) => tehranDay(b.createdAt), policy.daily),
    ...newestPer(daily, (b) => tehranWeek(b.createdAt), policy.weekly),
  ]);
  for (const kind of ['before-update', 'before-migration', 'manual'] as const) {
    for (const b of newestFirst.filter((x) => x.kind === kind).slice(0, policy.others)) keep.add(b);
  }
  return newestFirst.filter((b) => b.kind !== 'before-restore' && !keep.has(b));
}
