// Citizens' complaints in the monitoring (issue 14 item 8, "complaints count in the reports"): for
// a unit and each unit below it, the complaints filed on the public form in the period (the day,
// in Tehran, the server received them) and the answers the offices gave in it (their pushed
// `complaint_answer`), counted as the office's reports count them (core/complaints/read.ts).
// Read on each request, never kept as a rollup: complaints are few, and two indexed counts.
import { addDays } from '../../shared/dates/jalali';
import { resolvePeriod } from '../../shared/reports/period';
import type { ServerDb } from '../db/database';
import { selectIn } from '../db/sql';
import type { ConsoleAccount } from './accounts';
import { field, tehranDay } from './facts';
import { CHILD, groupByChild, periodOf, type MonitorQuery } from './monitor';
import { officesIn, unitIn, type OfficeRow, type UnitKind } from './scope';

export interface ComplaintFigures {
  kind: UnitKind;
  id: string | null;
  name: string;
  offices: number;
  received: number;
  answered: number;
}

/** How many instants of each office fall, as Tehran days, in [from, to]. */
async function perOffice(
  db: ServerDb,
  ids: string[],
  period: { from: string; to: string },
  sql: (placeholders: string) => string,
): Promise<Map<string, number>> {
  // a day's margin each side in SQL (any ISO instant starts with its UTC day), the exact Tehran day here
  const rows = await selectIn<{ office_id: string; at: string }>(
    db.read,
    ids,
    [addDays(period.from, -1), addDays(period.to, 2)],
    sql,
  );
  const out = new Map<string, number>();
  for (const r of rows) {
    const day = tehranDay(r.at);
    if (day >= period.from && day <= period.to) out.set(r.office_id, (out.get(r.office_id) ?? 0) + 1);
  }
  return out;
}

export async function complaintsOverview(db: ServerDb, a: ConsoleAccount, q: MonitorQuery) {
  const unit = await unitIn(db.read, a, q.unit);
  const period = resolvePeriod(periodOf(q));
  const offices = await officesIn(db.read, a, unit);
  const ids = offices.map((o) => o.id);
  const received = await perOffice(
    db,
    ids,
    period,
    (p) => `SELECT office_id, created_at AS at FROM complaint
             WHERE created_at >= $1 AND created_at < $2 AND office_id IN (${p})`,
  );
  const answeredAt = field(db.dialect, 'a', 'answeredAt');
  const answered = await perOffice(
    db,
    ids,
    period,
    (p) => `SELECT a.office_id, ${answeredAt} AS at FROM sync_record a
             WHERE a.entity = 'complaint_answer' AND ${answeredAt} >= $1 AND ${answeredAt} < $2 AND a.office_id IN (${p})`,
  );
  const figures = (kind: UnitKind, id: string | null, name: string, list: OfficeRow[]): ComplaintFigures => ({
    kind,
    id,
    name,
    offices: list.length,
    received: list.reduce((n, o) => n + (received.get(o.id) ?? 0), 0),
    answered: list.reduce((n, o) => n + (answered.get(o.id) ?? 0), 0),
  });
  const childKind = CHILD[unit.kind];
  const groups = childKind ? groupByChild(childKind, offices) : new Map<string, never>();
  return {
    unit,
    period,
    totals: figures(unit.kind, unit.id, unit.name, offices),
    children: [...groups].map(([id, g]) => figures(childKind!, id, g.name, g.offices)),
  };
}
