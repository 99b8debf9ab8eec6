// The panel members' and the advisory experts' figures on the console (issue 13 item 3), from what
// offices pushed. Members: each office's rows are the office reports' own (shared/reports/people
// memberRows over the same attendance and findings), summed per unit. Experts: an office pushes
// an opinion once it is submitted, and a resolution carries its current expert and deadline; it
// does not push when an expert was given the resolution, so the console counts opinions submitted
// in the period (and how many days after the resolution's receipt), and assignments open now.
import { memberFindingDeadline } from '../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../shared/deadlines/policy';
import type { AttendanceFact, FindingFact, ResolutionFact } from '../../shared/reports/facts';
import { memberRows, tallyFindings } from '../../shared/reports/people';
import { inPeriod, type ResolvedPeriod } from '../../shared/reports/period';
import type { DaysStat, MemberRow } from '../../shared/reports/schema';
import { daysStat, rate } from '../../shared/reports/stats';
import { diffDays, type IsoDate } from '../../shared/dates/jalali';
import type { Dialect, Sql } from '../db/database';
import { selectIn } from '../db/sql';
import { field, tehranDay } from './facts';

type Doc = Record<string, unknown>;
type Range = Pick<ResolvedPeriod, 'from' | 'to'>;

/** The first instant of a Tehran day, and of the day after `to`: the period's bounds as instants. */
const dayStart = (d: IsoDate) => new Date(Date.parse(`${d}T00:00:00Z`) - 210 * 60_000).toISOString();
const dayAfter = (d: IsoDate) => new Date(Date.parse(`${d}T00:00:00Z`) + (24 * 60 - 210) * 60_000).toISOString();

export interface OfficePeople {
  members: MemberRow[];
  /** opinions submitted in the period, by expert id */
  opinions: { expertId: string; days: number | null }[];
  /** resolutions waiting for an expert's opinion now, and their deadline */
  waiting: { expertId: string; dueDate: IsoDate }[];
}

/** Each office's member rows and expert events in the period; `facts` are its resolutions by id. */
export async function readPeople(
  db: Sql,
  dialect: Dialect,
  officeIds: string[],
  period: Range,
  policy: DeadlinePolicy,
  factOf: (officeId: string, resolutionId: string) => ResolutionFact | undefined,
): Promise<Map<string, OfficePeople>> {
  const out = new Map<string, OfficePeople>(officeIds.map((id) => [id, { members: [], opinions: [], waiting: [] }]));
  if (!officeIds.length) return out;
  const date = field(dialect, 's', 'date');
  const sessions = await selectIn<{ office_id: string; data: string }>(
    db,
    officeIds,
    [period.from, period.to],
    (p) => `SELECT s.office_id, s.data FROM sync_record s
             WHERE s.entity = 'panel_session' AND ${date} >= $1 AND ${date} <= $2 AND s.office_id IN (${p})`,
  );
  const findings = await selectIn<{ office_id: string; data: string; status: string }>(
    db,
    officeIds,
    [period.from, period.to],
    (p) => `SELECT f.office_id, f.data, ${field(dialect, 's', 'status')} AS status FROM sync_record f
              JOIN sync_record s ON s.office_id = f.office_id AND s.entity = 'panel_session'
               AND s.id = ${field(dialect, 'f', 'sessionId')}
             WHERE f.entity = 'session_finding' AND ${date} >= $1 AND ${date} <= $2 AND s.office_id IN (${p})`,
  );
  const submitted = field(dialect, 'o', 'submittedAt');
  const opinions = await selectIn<{ office_id: string; resolution_id: string; expert_id: string; at: string }>(
    db,
    officeIds,
    [dayStart(period.from), dayAfter(period.to)],
    (p) => `SELECT o.office_id, ${field(dialect, 'o', 'resolutionId')} AS resolution_id,
                   ${field(dialect, 'o', 'expertId')} AS expert_id, ${submitted} AS at
              FROM sync_record o
             WHERE o.entity = 'expert_opinion' AND ${submitted} >= $1 AND ${submitted} < $2 AND o.office_id IN (${p})`,
  );
  const due = field(dialect, 'r', 'dueDate');
  const waiting = await selectIn<{ office_id: string; expert_id: string | null; due: string }>(
    db,
    officeIds,
    [],
    (p) => `SELECT r.office_id, ${field(dialect, 'r', 'assignedExpertId')} AS expert_id, ${due} AS due
              FROM sync_record r
             WHERE r.entity = 'resolution' AND ${due} IS NOT NULL
               AND ${field(dialect, 'r', 'dueKind')} = 'expert_opinion' AND r.office_id IN (${p})`,
  );

  const attendance = new Map<string, AttendanceFact[]>();
  const names = new Map<string, string>();
  for (const row of sessions) {
    const s = JSON.parse(row.data) as Doc;
    const list = (s.attendance as Doc[] | undefined) ?? [];
    for (const a of list) names.set(`${row.office_id}/${String(a.memberId)}`, String(a.fullName));
    if (s.status !== 'closed') continue;
    const mine = attendance.get(row.office_id) ?? [];
    for (const a of list)
      mine.push({
        sessionId: String(s.id),
        memberId: String(a.memberId),
        memberName: String(a.fullName),
        present: a.present === 1 || a.present === true,
      });
    attendance.set(row.office_id, mine);
  }
  const found = new Map<string, FindingFact[]>();
  for (const row of findings) {
    if (row.status === 'cancelled') continue;
    const f = JSON.parse(row.data) as Doc;
    const fact = factOf(row.office_id, String(f.resolutionId));
    if (!fact) continue;
    const memberId = String(f.memberId);
    const mine = found.get(row.office_id) ?? [];
    mine.push({
      memberId,
      memberName: names.get(`${row.office_id}/${memberId}`) ?? memberId,
      resolutionId: String(f.resolutionId),
      finding: f.finding as FindingFact['finding'],
      source: f.source as FindingFact['source'],
      recordedDate: tehranDay(String(f.recordedAt)),
      deadline: memberFindingDeadline(fact.receiptDate, policy),
      finalOutcome: fact.rulingOutcome,
    });
    found.set(row.office_id, mine);
  }
  for (const id of officeIds)
    out.get(id)!.members = memberRows([], attendance.get(id) ?? [], tallyFindings(found.get(id) ?? []));
  for (const o of opinions) {
    const day = tehranDay(o.at);
    if (!inPeriod(day, period)) continue;
    const fact = factOf(o.office_id, o.resolution_id);
    out.get(o.office_id)!.opinions.push({
      expertId: o.expert_id,
      days: fact ? diffDays(day, fact.receiptDate) : null,
    });
  }
  for (const w of waiting) out.get(w.office_id)!.waiting.push({ expertId: w.expert_id ?? '', dueDate: w.due });
  return out;
}

interface Named {
  kind: string;
  id: string | null;
  name: string;
}

export interface MemberFigures extends Named {
  members: number;
  attended: number;
  missed: number;
  /** personal findings, and how many by the member's deadline */
  findings: number;
  onTime: number;
  late: number;
  silent: number;
  comparable: number;
  agreed: number;
  attendanceRate: number | null;
  onTimeRate: number | null;
  agreementRate: number | null;
}

export interface ExpertFigures extends Named {
  /** experts with an opinion submitted in the period or one owed now */
  experts: number;
  submitted: number;
  /** days from the resolution's receipt to the opinion */
  days: DaysStat;
  /** opinions owed now, inside their deadline and past it */
  open: number;
  overdue: number;
}

export function memberFigures(unit: Named, offices: (OfficePeople | undefined)[]): MemberFigures {
  const rows = offices.flatMap((o) => o?.members ?? []);
  const sum = (k: keyof MemberRow) => rows.reduce((n, r) => n + (r[k] as number), 0);
  const [attended, missed, findings, onTime, late] = [
    sum('attended'),
    sum('missed'),
    sum('findings'),
    sum('onTime'),
    sum('late'),
  ];
  return {
    ...unit,
    members: rows.length,
    attended,
    missed,
    findings,
    onTime,
    late,
    silent: sum('silent'),
    comparable: sum('comparable'),
    agreed: sum('agreed'),
    attendanceRate: rate(attended, attended + missed),
    onTimeRate: rate(onTime, findings),
    agreementRate: rate(sum('agreed'), sum('comparable')),
  };
}

export function expertFigures(
  unit: Named,
  offices: { id: string; people: OfficePeople | undefined }[],
  asOf: IsoDate,
): ExpertFigures {
  const experts = new Set<string>();
  const days: number[] = [];
  let submitted = 0;
  let open = 0;
  let overdue = 0;
  for (const { id, people } of offices) {
    for (const o of people?.opinions ?? []) {
      experts.add(`${id}/${o.expertId}`);
      submitted += 1;
      if (o.days !== null) days.push(o.days);
    }
    for (const w of people?.waiting ?? []) {
      if (w.expertId) experts.add(`${id}/${w.expertId}`);
      if (w.dueDate < asOf) overdue += 1;
      else open += 1;
    }
  }
  return { ...unit, experts: experts.size, submitted, days: daysStat(days), open, overdue };
}
