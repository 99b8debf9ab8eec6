// National monitoring (issue 13 item 3): the figures of the office reports (shared/reports, the
// same pure functions) for a unit and for each unit below it, over a Jalali period; offices that
// have not synced for N days (their figures are stale); and what is past its deadline right now.
import { z } from 'zod';
import { todayInTehran, diffDays, type IsoDate } from '../../shared/dates/jalali';
import { dueKindLabel } from '../../shared/lifecycle/due';
import { complianceReport } from '../../shared/reports/compliance';
import { outcomesReport } from '../../shared/reports/outcomes';
import { councilRows } from '../../shared/reports/councils';
import { periodSchema, resolvePeriod, type Period, type ResolvedPeriod } from '../../shared/reports/period';
import type { ResolutionFact } from '../../shared/reports/facts';
import type { ComplianceReport, OutcomesReport, CouncilRow } from '../../shared/reports/schema';
import type { ServerDb } from '../db/database';
import { selectIn } from '../db/sql';
import { HttpError, MESSAGES } from '../http/errors';
import type { ConsoleAccount } from './accounts';
import { field, policyOf, readPeriodFacts } from './facts';
import { officesIn, unitIn, type OfficeRow, type Unit, type UnitKind } from './scope';
import { expertFigures, memberFigures, readPeople } from './people';
import { inlineRollups, rolledUp, type Rollups } from './rollup';

export const DEFAULT_STALE_DAYS = 7;

export const monitorQuery = z.strictObject({
  unit: z.string().max(80).optional(),
  year: z.coerce.number().optional(),
  season: z.coerce.number().optional(),
  month: z.coerce.number().optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  staleDays: z.coerce
    .number()
    .int()
    .min(1, 'روزهای بی‌همگام‌سازی دست‌کم ۱ است.')
    .max(365, 'روزهای بی‌همگام‌سازی حداکثر ۳۶۵ است.')
    .optional(),
});
export type MonitorQuery = z.infer<typeof monitorQuery>;

/** The query's period, checked by the reports' own schema (years 1390–1430, ranges ≤ ten years). */
export function periodOf(q: MonitorQuery): Period {
  const raw =
    q.from || q.to
      ? { kind: 'range', from: q.from, to: q.to }
      : q.month !== undefined
        ? { kind: 'month', year: q.year, month: q.month }
        : q.season !== undefined
          ? { kind: 'season', year: q.year, season: q.season }
          : { kind: 'year', year: q.year };
  const r = periodSchema.safeParse(raw);
  if (!r.success) throw new HttpError(400, 'invalid', `${MESSAGES.invalid}: ${r.error.issues[0].message}`);
  return r.data;
}

export interface UnitFigures {
  kind: UnitKind;
  id: string | null;
  name: string;
  offices: number;
  staleOffices: number;
  received: number;
  ruled: number;
  ruledInWindow: number;
  ruledLate: number;
  lapsed: number;
  pending: number;
  overdue: number;
  objected: number;
  objectionRate: number | null;
  inWindowRate: number | null;
}

function figures(
  kind: UnitKind,
  id: string | null,
  name: string,
  offices: OfficeRow[],
  stale: Set<string>,
  facts: ResolutionFact[],
  c: ComplianceReport,
  o: OutcomesReport,
): UnitFigures {
  return {
    kind,
    id,
    name,
    offices: offices.length,
    staleOffices: offices.filter((x) => stale.has(x.id)).length,
    received: facts.length,
    ruled: c.ruled,
    ruledInWindow: c.ruledInWindow,
    ruledLate: c.ruledLate,
    lapsed: c.lapsed,
    pending: c.pending,
    overdue: c.pendingByBand.find((b) => b.band === 'overdue')?.count ?? 0,
    objected: o.objected,
    objectionRate: o.objectionRate,
    inWindowRate: c.ruled ? c.ruledInWindow / c.ruled : null,
  };
}

export const CHILD: Record<UnitKind, UnitKind | null> = {
  country: 'province',
  province: 'county',
  county: 'office',
  office: null,
};

function childOf(kind: UnitKind, o: OfficeRow): { id: string; name: string } {
  if (kind === 'province') return { id: o.provinceId, name: o.province };
  if (kind === 'county') return { id: o.countyId, name: o.county };
  return { id: o.id, name: `${o.name} (${o.code})` };
}

/** The offices grouped by the unit of `kind` they belong to, in the offices' order. */
export function groupByChild(
  kind: UnitKind,
  offices: OfficeRow[],
): Map<string, { name: string; offices: OfficeRow[] }> {
  const groups = new Map<string, { name: string; offices: OfficeRow[] }>();
  for (const o of offices) {
    const c = childOf(kind, o);
    const g = groups.get(c.id) ?? { name: c.name, offices: [] };
    g.offices.push(o);
    groups.set(c.id, g);
  }
  return groups;
}

export interface StaleOffice {
  id: string;
  code: string;
  name: string;
  county: string;
  province: string;
  lastSyncAt: string | null;
  daysSince: number | null;
}

const lastSync = (o: OfficeRow) =>
  [o.lastPushAt, o.lastPullAt]
    .filter((x): x is string => !!x)
    .sort()
    .at(-1) ?? null;

/** What an overview is computed from: its rollup's spec, all a worker thread needs to compute it. */
export interface OverviewSpec {
  unit: { kind: UnitKind; id: string | null; name: string };
  period: ResolvedPeriod;
  staleDays: number;
}

// a direct call (no server) computes here, still once for concurrent callers
const INLINE = inlineRollups();

/** The figures of a unit over a period: kept as a rollup when costly (rollup.ts). */
export async function overview(db: ServerDb, a: ConsoleAccount, q: MonitorQuery, now: Date, rollups: Rollups = INLINE) {
  const unit = await unitIn(db.read, a, q.unit);
  const period = resolvePeriod(periodOf(q));
  const today = todayInTehran(now);
  const staleDays = q.staleDays ?? DEFAULT_STALE_DAYS;
  // the unit is inside the account's scope, so its offices and figures are the same for every
  // account that may see it: one rollup per unit, period and settings
  const key = `overview|${unit.kind}:${unit.id ?? ''}|${period.from}|${period.to}|${staleDays}`;
  const spec: OverviewSpec = { unit: { kind: unit.kind, id: unit.id, name: unit.name }, period, staleDays };
  const figures = await rolledUp(db, rollups, key, spec, today, now, () => computeOverview(db, spec, today));
  return { unit, period, staleDays, ...figures };
}

// the offices of a unit are its own whoever asks (the asker's scope was checked by unitIn)
const WHOLE_COUNTRY = { scope: 'ministry' as const, provinceId: null, countyId: null };

/** An overview's figures, read and counted (costly for a whole country: see rollup.ts). */
export async function computeOverview(db: ServerDb, spec: OverviewSpec, asOf: IsoDate) {
  const { unit, period, staleDays } = spec;
  const offices = await officesIn(db.read, WHOLE_COUNTRY, unit);
  const policy = await policyOf(db.read);
  const ids = offices.map((o) => o.id);
  const byOffice = await readPeriodFacts(db.read, db.dialect, ids, period, policy);
  const factIndex = new Map<string, ResolutionFact>();
  for (const [id, f] of byOffice) for (const r of f.all) factIndex.set(`${id}/${r.id}`, r);
  const people = await readPeople(db.read, db.dialect, ids, period, policy, (o, r) => factIndex.get(`${o}/${r}`));
  factIndex.clear();
  const staleList: StaleOffice[] = [];
  for (const o of offices) {
    const at = lastSync(o);
    const days = at ? diffDays(asOf, todayInTehran(new Date(at))) : null;
    if (days === null || days >= staleDays)
      staleList.push({
        id: o.id,
        code: o.code,
        name: o.name,
        county: o.county,
        province: o.province,
        lastSyncAt: at,
        daysSince: days,
      });
  }
  const stale = new Set(staleList.map((s) => s.id));
  const factsOf = (list: OfficeRow[]) => ({
    resolutions: list.flatMap((o) => byOffice.get(o.id)?.resolutions ?? []),
    objections: list.flatMap((o) => byOffice.get(o.id)?.objections ?? []),
  });
  const peopleOf = (named: { kind: UnitKind; id: string | null; name: string }, list: OfficeRow[]) => ({
    members: memberFigures(
      named,
      list.map((o) => people.get(o.id)),
    ),
    experts: expertFigures(
      named,
      list.map((o) => ({ id: o.id, people: people.get(o.id) })),
      asOf,
    ),
  });
  const { resolutions: all, objections } = factsOf(offices);
  const compliance = complianceReport(all, objections, policy, period, asOf);
  const outcomes = outcomesReport(all);
  const councils: CouncilRow[] = councilRows(all, objections, policy, period, asOf);
  const childKind = CHILD[unit.kind];
  const children: UnitFigures[] = [];
  const childPeople: ReturnType<typeof peopleOf>[] = [];
  if (childKind) {
    for (const [id, g] of groupByChild(childKind, offices)) {
      const f = factsOf(g.offices);
      children.push(
        figures(
          childKind,
          id,
          g.name,
          g.offices,
          stale,
          f.resolutions,
          complianceReport(f.resolutions, f.objections, policy, period, asOf),
          outcomesReport(f.resolutions),
        ),
      );
      childPeople.push(peopleOf({ kind: childKind, id, name: g.name }, g.offices));
    }
  }
  const own = peopleOf({ kind: unit.kind, id: unit.id, name: unit.name }, offices);
  return {
    totals: figures(unit.kind, unit.id, unit.name, offices, stale, all, compliance, outcomes),
    compliance,
    outcomes,
    councils: councils.slice(0, 500),
    children,
    members: { totals: own.members, children: childPeople.map((c) => c.members) },
    experts: { totals: own.experts, children: childPeople.map((c) => c.experts) },
    stale: staleList,
  };
}

export interface OverdueRow {
  officeId: string;
  office: string;
  county: string;
  province: string;
  resolutionId: string;
  title: string;
  incomingNumber: string;
  receiptDate: string;
  dueDate: string;
  dueKind: string;
  dueLabel: string;
  daysOver: number;
}

export const OVERDUE_LIMIT = 1000;

/** Resolutions whose current deadline (the due date each transition keeps) has passed, in the unit. */
export async function overdueNow(db: ServerDb, a: ConsoleAccount, unitRef: string | undefined, now: Date) {
  const unit: Unit = await unitIn(db.read, a, unitRef);
  const offices = await officesIn(db.read, a, unit);
  const asOf: IsoDate = todayInTehran(now);
  const byId = new Map(offices.map((o) => [o.id, o]));
  const due = field(db.dialect, 'r', 'dueDate');
  const rows = await selectIn<{ office_id: string; data: string }>(
    db.read,
    [...byId.keys()],
    [asOf],
    (p) => `SELECT r.office_id, r.data FROM sync_record r
             WHERE r.entity = 'resolution' AND ${due} IS NOT NULL AND ${due} < $1 AND r.office_id IN (${p})`,
  );
  const list: OverdueRow[] = rows.map((row) => {
    const d = JSON.parse(row.data) as Record<string, string>;
    const o = byId.get(row.office_id)!;
    return {
      officeId: o.id,
      office: o.name,
      county: o.county,
      province: o.province,
      resolutionId: d.id,
      title: d.title,
      incomingNumber: d.incomingNumber,
      receiptDate: d.receiptDate,
      dueDate: d.dueDate,
      dueKind: d.dueKind ?? '',
      dueLabel: dueKindLabel(d.dueKind ?? ''),
      daysOver: diffDays(asOf, d.dueDate),
    };
  });
  list.sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.office.localeCompare(y.office));
  return { unit, asOf, total: list.length, rows: list.slice(0, OVERDUE_LIMIT) };
}
