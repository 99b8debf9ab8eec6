// The reports as an Excel workbook (issue 12, exports): one sheet per report, right to left,
// Persian headers in a frozen first row, numbers as numbers (rates formatted as percentages),
// dates twice: the Jalali text an official reads and a real date cell Excel can sort and filter.
import ExcelJS from 'exceljs';
import { categoryLabel } from '../../../shared/domain/categories';
import { councilKindLabel } from '../../../shared/domain/councils';
import { objectionGroundLabel } from '../../../shared/domain/objectionGrounds';
import { statusLabel } from '../../../shared/domain/statuses';
import { formatInstant } from '../../../shared/dates/jalali';
import type { ComplianceReport, ReportFilters, ReportResult } from '../../../shared/reports/schema';
import { excelMessages as x } from './messages';
import { writeFinancial } from './excelFinancial';
import { DATE_FMT, dateCell, jalali, sheet, type Col } from './excelSheet';

const RATE_FMT = '0.0%';

/** A two-column sheet of named figures; `rate` rows are formatted as percentages. */
function figures(wb: ExcelJS.Workbook, name: string, rows: [string, number | null, 'rate'?][]) {
  const ws = sheet(
    wb,
    name,
    [
      { header: x.figure, width: 48 },
      { header: x.value, width: 14 },
    ],
    rows.map(([l, v]) => [l, v]),
  );
  rows.forEach(([, , kind], i) => {
    if (kind === 'rate') ws.getCell(i + 2, 2).numFmt = RATE_FMT;
  });
}

function listSheet(wb: ExcelJS.Workbook, name: string, list: ComplianceReport['pendingList'], withDaysLeft: boolean) {
  const l = x.list;
  const cols: Col[] = [
    { header: l.incomingNumber, width: 16 },
    { header: l.title, width: 48 },
    { header: l.council, width: 32 },
    { header: l.receipt },
    { header: l.receiptDate, numFmt: DATE_FMT },
    { header: l.deadline },
    { header: l.deadlineDate, numFmt: DATE_FMT },
    ...(withDaysLeft ? [{ header: l.daysLeft }] : []),
  ];
  const rows = list.map((r) => [
    r.incomingNumber,
    r.title,
    r.councilName,
    jalali(r.receiptDate),
    dateCell(r.receiptDate),
    jalali(r.objectionDeadline),
    dateCell(r.objectionDeadline),
    ...(withDaysLeft ? [r.daysLeft] : []),
  ]);
  sheet(wb, name, cols, rows);
}

function filtersText(f: ReportFilters, councilName: string | null): string {
  const parts = [
    councilName,
    f.councilKind ? councilKindLabel(f.councilKind) : null,
    f.category ? categoryLabel(f.category) : null,
    f.status ? statusLabel(f.status) : null,
  ].filter(Boolean);
  return parts.length ? parts.join('، ') : x.about.none;
}

export interface WorkbookContext {
  officeName: string;
  filters: ReportFilters;
  councilName: string | null;
  producedAt: Date;
}

export async function reportWorkbook(r: ReportResult, ctx: WorkbookContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tatbiq';
  wb.created = ctx.producedAt;
  const a = x.about;
  sheet(
    wb,
    x.sheets.about,
    [
      { header: x.figure, width: 24 },
      { header: x.value, width: 60 },
    ],
    [
      [a.office, ctx.officeName],
      [a.period, r.period.label],
      [a.from, jalali(r.period.from)],
      [a.to, jalali(r.period.to)],
      [a.asOf, jalali(r.asOf)],
      [a.producedAt, formatInstant(ctx.producedAt.toISOString(), { digits: 'latin' })],
      [a.filters, filtersText(ctx.filters, ctx.councilName)],
    ],
  );
  const c = r.compliance;
  const k = x.compliance;
  figures(wb, x.sheets.compliance, [
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
  ]);
  listSheet(
    wb,
    x.sheets.lapsed,
    c.lapsedList.map((l) => ({ ...l, daysLeft: null })),
    false,
  );
  listSheet(wb, x.sheets.pending, c.pendingList, true);
  writeOutcomes(wb, r);
  writePeople(wb, r);
  writeFinancial(wb, r.financial);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeOutcomes(wb: ExcelJS.Workbook, r: ReportResult) {
  const o = r.outcomes;
  const k = x.outcomes;
  const after = o.afterObjection;
  figures(wb, x.sheets.outcomes, [
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
  ]);
  const t = x.rates;
  const rateCols = (first: string): Col[] => [
    { header: first, width: 32 },
    { header: t.ruled },
    { header: t.objected },
    { header: t.rate, numFmt: RATE_FMT },
  ];
  sheet(
    wb,
    x.sheets.categories,
    rateCols(t.category),
    o.byCategory.map((b) => [categoryLabel(b.category), b.ruled, b.objected, b.rate]),
  );
  sheet(
    wb,
    x.sheets.councilRates,
    rateCols(t.council),
    o.byCouncil.map((b) => [b.councilName, b.ruled, b.objected, b.rate]),
  );
}

function writePeople(wb: ExcelJS.Workbook, r: ReportResult) {
  const mm = x.members;
  sheet(
    wb,
    x.sheets.members,
    [
      { header: mm.name, width: 28 },
      { header: mm.attended },
      { header: mm.missed },
      { header: mm.findings },
      { header: mm.onTime },
      { header: mm.late },
      { header: mm.silent },
      { header: mm.comparable },
      { header: mm.agreed },
      { header: mm.agreementRate, numFmt: RATE_FMT },
    ],
    r.members.map((m) => [
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
  );
  const e = x.experts;
  sheet(
    wb,
    x.sheets.experts,
    [
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
    r.experts.map((p) => [
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
  );
  const k = x.councils;
  sheet(
    wb,
    x.sheets.councils,
    [
      { header: k.name, width: 32 },
      { header: k.kind },
      { header: k.sent },
      { header: k.avgSending },
      { header: k.lateSending },
      { header: k.ruled },
      { header: k.objected },
      { header: k.objectionRate, numFmt: RATE_FMT },
      { header: k.answersDue },
      { header: k.answersInTime },
      { header: k.answersLate },
      { header: k.answersMissing },
      { header: k.insisted },
      { header: k.insistenceRate, numFmt: RATE_FMT },
      { header: k.categories, width: 48 },
    ],
    r.councils.map((c) => [
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
      c.categories.map((g) => `${categoryLabel(g.category)} (${g.count})`).join('، '),
    ]),
  );
}
