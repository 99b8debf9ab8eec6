// What the reports page asks for: the period as the user picks it and the filters, turned into
// the contract's input (null while a custom range is incomplete).
import { jalaliParts, type IsoDate } from '../../../shared/dates/jalali';
import type { Period } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';
import { INVALID_DATE } from '../../components/JalaliDateField';

export type PeriodKind = Period['kind'];

export interface ReportQuery {
  kind: PeriodKind;
  year: number;
  season: number;
  month: number;
  from?: string;
  to?: string;
  filters: ReportFilters;
}

/** The current Jalali season: what a governorate asks its secretariat for. */
export function initialQuery(today: IsoDate): ReportQuery {
  const { year, month } = jalaliParts(today);
  return { kind: 'season', year, season: Math.ceil(month / 3), month, filters: {} };
}

export function periodOf(q: ReportQuery): Period | null {
  switch (q.kind) {
    case 'year':
      return { kind: 'year', year: q.year };
    case 'season':
      return { kind: 'season', year: q.year, season: q.season };
    case 'month':
      return { kind: 'month', year: q.year, month: q.month };
    case 'range':
      if (!q.from || !q.to || q.from === INVALID_DATE || q.to === INVALID_DATE) return null;
      return { kind: 'range', from: q.from, to: q.to };
  }
}
