// The reports as tables (issue 12, exports): one list of titled tables, written by the Excel
// export as sheets and by the PDF as printed tables, so the two files cannot disagree. Cells stay
// raw (numbers as numbers, rates as fractions, dates as ISO); each format decides how to show them.
import { categoryLabel } from '../../../shared/domain/categories';
import { councilKindLabel } from '../../../shared/domain/councils';
import { objectionGroundLabel } from '../../../shared/domain/objectionGrounds';
import { statusLabel } from '../../../shared/domain/statuses';
import type { ComplianceReport, ReportFilters, ReportResult } from '../../../shared/reports/schema';
import { excelMessages as x, LIST_SEPARATOR } from './messages';
import { jalali } from './excelSheet';
import { financialTables } from './tablesFinancial';
import { complaintTables } from './tablesComplaints';

export type Cell = string | number | null;
/** how a column's (or a cell's) value is shown: a fraction as a percentage, Rials grouped, an ISO date, a year ungrouped */
export type Fmt = 'rate' | 'rials' | 'date' | 'year';
export interface TableCol {
  header: string;
  width?: number;
  fmt?: Fmt;
}
export interface ReportTable {
  name: string;
  cols: TableCol[];
  /** an empty row is a gap between two parts of the table */
  rows: Cell[][];
  /** formats of single cells, keyed `${row},${col}` (0-based data rows) */
  cellFmt?: Record<string, Fmt>;
}

/** A two-column table of named figures; `rate` rows are percentages. */
function figures(name: string, rows: [string, number | null, 'rate'?][]): ReportTable {
  const cellFmt: Record<string, Fmt> = {};
  rows.forEach(([, , kind], i) => {
    if (kind) cellFmt[`${i},1`] = kind;
  });
  return {
    name,
    cols: [
      { header: x.figure, width: 48 },
      { header: x.value, width: 14 },
    ],
    rows: rows.map(([l, v]) => [l, v]),
    cellFmt,
  };
}

function listTable(name: string, list: ComplianceReport['pendingList'], withDaysLeft: boolean): ReportTable {
  const l = x.list;
  return {
    name,
    cols: [
      { header: l.incomingNumber, width: 16 },
      { header: l.title, width: 48 },
      { header: l.council, width: 32 },
      { header: l.receipt },
      { header: l.receiptDate, fmt: 'date' },
      { header: l.deadline },
      { header: l.deadlineDate, fmt: 'date' },
      ...(withDaysLeft ? [{ header: l.daysLeft }] : []),
    ],
    rows: list.map((r) => [
      r.incomingNumber,
      r.title,
      r.councilName,
      jalali(r.receiptDate),
      r.receiptDate,
      jalali(r.objectionDeadline),
      r.objectionDeadline,
      ...(withDaysLeft ? [r.daysLeft] : []),
    ]),
  };
}

export function filtersText(f: ReportFilters, councilName: string | null): string {
  const parts = [
    councilName,
    f.councilKind ? councilKindLabel(f.councilKind) : null,
    f.category ? categoryLabel(f.category) : null,
    f.status ? statusLabel(f.status) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(LIST_SEPARATOR) : x.about.none;
}

/** Every report of the result as tables, in the order of the Excel sheets. */
export function reportTables(r: ReportResult): ReportTable[] {
  const c = r.compliance;
  const k = x.compliance;
  return [
    figures(x.sheets.compliance, [
      [k.received, c.received],
      [k.ruled, c.ruled],
      [k.ruledInWindow, c.ruledInWindow],
      [k.ruledLate, c.ruledLate],
      [k.lapsed, c.lapsed],
      [k.pending, c.pending],
      ...c.pendingByBand.map((b): [string, number] => [x.bands[b.band], b.count]),
      [k.avgRuling, c.daysToRuling.average],
      [k.medianRuling, c.daysToRuling.median],
      [k.answersDue, c.councilAnswers.due],
      [k.answersInTime, c.councilAnswers.inTime],
      [k.answersLate, c.councilAnswers.late],
      [k.answersMissing, c.councilAnswers.missing],
      [k.answersWaiting, c.councilAnswers.waiting],
      [k.avgAnswer, c.councilAnswers.days.average],
      [k.referred, c.referrals.referred],
      [k.decided, c.referrals.decided],
      [k.boardInTime, c.referrals.inTime],
      [k.boardOverdue, c.referrals.overdue],
      [k.avgBoard, c.referrals.days.average],
    ]),
    ...complaintTables(r.complaints),
    listTable(
      x.sheets.lapsed,
      c.lapsedList.map((l) => ({ ...l, daysLeft: null })),
      false,
    ),
    listTable(x.sheets.pending, c.pendingList, true),
    ...outcomeTables(r),
    ...peopleTables(r),
    ...financialTables(r.financial),
  ];
}

function outcomeTables(r: ReportResult): ReportTable[] {
  const o = r.outcomes;
  const k = x.outcomes;
  const after = o.afterObjection;
  const t = x.rates;
  const rateCols = (first: string): TableCol[] => [
    { header: first, width: 32 },
    { header: t.ruled },
    { header: t.objected },
    { header: t.rate, fmt: 'rate' },
  ];
  return [
    figures(x.sheets.outcomes, [
      [k.ruled, o.ruled],
      [k.compliant, o.compliant],
      [k.objected, o.objected],
      [k.lapsed, o.lapsed],
      [k.objectionRate, o.objectionRate, 'rate'],
      [k.amended, after.amended],
      [k.withdrawn, after.withdrawn],
      [k.insisted, after.insisted],
      [k.awaitingAnswer, after.awaitingAnswer],
      [k.referred, after.referred],
      [k.upheld, after.upheld],
      [k.annulled, after.annulled],
      [k.awaitingBoard, after.awaitingBoard],
      ...o.grounds.map((g): [string, number] => [k.ground(objectionGroundLabel(g.ground)), g.count]),
    ]),
    {
      name: x.sheets.categories,
      cols: rateCols(t.category),
      rows: o.byCategory.map((b) => [categoryLabel(b.category), b.ruled, b.objected, b.rate]),
    },
    {
      name: x.sheets.councilRates,
      cols: rateCols(t.council),
      rows: o.byCouncil.map((b) => [b.councilName, b.ruled, b.objected, b.rate]),
    },
  ];
}

function peopleTables(r: ReportResult): ReportTable[] {
  const mm = x.members;
  const e = x.experts;
  const k = x.councils;
  return [
    {
      name: x.sheets.members,
      cols: [
        { header: mm.name, width: 28 },
        { header: mm.attended },
        { header: mm.missed },
        { header: mm.findings },
        { header: mm.onTime },
        { header: mm.late },
        { header: mm.silent },
        { header: mm.comparable },
        { header: mm.agreed },
        { header: mm.agreementRate, fmt: 'rate' },
      ],
      rows: r.members.map((m) => [
        m.name,
        m.attended,
        m.missed,
        m.findings,
        m.onTime,
        m.late,
        m.silent,
        m.comparable,
        m.agreed,
        m.agreementRate,
      ]),
    },
    {
      name: x.sheets.experts,
      cols: [
        { header: e.name, width: 28 },
        { header: e.assigned },
        { header: e.submitted },
        { header: e.onTime },
        { header: e.late },
        { header: e.overdue },
        { header: e.open },
        { header: e.average },
        { header: e.median },
      ],
      rows: r.experts.map((p) => [
        p.name,
        p.assigned,
        p.submitted,
        p.onTime,
        p.late,
        p.overdue,
        p.open,
        p.days.average,
        p.days.median,
      ]),
    },
    {
      name: x.sheets.councils,
      cols: [
        { header: k.name, width: 32 },
        { header: k.kind },
        { header: k.sent },
        { header: k.avgSending },
        { header: k.lateSending },
        { header: k.ruled },
        { header: k.objected },
        { header: k.objectionRate, fmt: 'rate' },
        { header: k.answersDue },
        { header: k.answersInTime },
        { header: k.answersLate },
        { header: k.answersMissing },
        { header: k.insisted },
        { header: k.insistenceRate, fmt: 'rate' },
        { header: k.categories, width: 48 },
      ],
      rows: r.councils.map((c) => [
        c.councilName,
        councilKindLabel(c.councilKind),
        c.sent,
        c.sendingDays.average,
        c.lateSending,
        c.ruled,
        c.objected,
        c.objectionRate,
        c.answersDue,
        c.answersInTime,
        c.answersLate,
        c.answersMissing,
        c.insisted,
        c.insistenceRate,
        c.categories.map((g) => `${categoryLabel(g.category)} (${g.count})`).join(LIST_SEPARATOR),
      ]),
    },
  ];
}
