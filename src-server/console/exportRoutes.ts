// Excel of the console's tables: the same data as the screens (through the same scoped reads),
// one sheet per table. A table is capped by its reader (overview lists, OVERDUE_LIMIT, REGISTER_LIMIT).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { body, type ConsoleContext } from './routes';
import { guard } from './guard';
import { monitorQuery, overdueNow, overview, type UnitFigures, type StaleOffice, type OverdueRow } from './monitor';
import { officeRegister, REGISTER_LIMIT } from './officeRegister';
import type { ExpertFigures, MemberFigures } from './people';
import { complaintsOverview, type ComplaintFigures } from './monitorComplaints';
import { categoryLabel, jalaliText, workbook, type SheetColumn } from './excel';

const UNIT_COLUMNS: SheetColumn<UnitFigures>[] = [
  { header: 'واحد', width: 32, value: (r) => r.name },
  { header: 'دبیرخانه‌ها', value: (r) => r.offices },
  { header: 'بی‌همگام‌سازی', value: (r) => r.staleOffices },
  { header: 'وصولی', value: (r) => r.received },
  { header: 'رسیدگی‌شده', value: (r) => r.ruled },
  { header: 'در مهلت', value: (r) => r.ruledInWindow },
  { header: 'با تأخیر', value: (r) => r.ruledLate },
  { header: 'انقضای مهلت', value: (r) => r.lapsed },
  { header: 'در انتظار', value: (r) => r.pending },
  { header: 'گذشته از مهلت', value: (r) => r.overdue },
  { header: 'اعتراض', value: (r) => r.objected },
  { header: 'نرخ اعتراض', rate: true, value: (r) => r.objectionRate },
  { header: 'سهم در مهلت', rate: true, value: (r) => r.inWindowRate },
];

const STALE_COLUMNS: SheetColumn<StaleOffice>[] = [
  { header: 'کد', value: (r) => r.code },
  { header: 'دبیرخانه', width: 32, value: (r) => r.name },
  { header: 'استان', value: (r) => r.province },
  { header: 'شهرستان', value: (r) => r.county },
  {
    header: 'آخرین همگام‌سازی',
    width: 20,
    value: (r) => (r.lastSyncAt ? jalaliText(r.lastSyncAt.slice(0, 10)) : 'هرگز'),
  },
  { header: 'روز', value: (r) => r.daysSince },
];

const OVERDUE_COLUMNS: SheetColumn<OverdueRow>[] = [
  { header: 'استان', value: (r) => r.province },
  { header: 'شهرستان', value: (r) => r.county },
  { header: 'دبیرخانه', width: 28, value: (r) => r.office },
  { header: 'شمارهٔ وارده', value: (r) => r.incomingNumber },
  { header: 'عنوان', width: 48, value: (r) => r.title },
  { header: 'مهلت', width: 24, value: (r) => r.dueLabel },
  { header: 'تاریخ مهلت', value: (r) => jalaliText(r.dueDate) },
  { header: 'روز گذشته', value: (r) => r.daysOver },
];

type RegisterRow = Awaited<ReturnType<typeof officeRegister>>['rows'][number];
const REGISTER_COLUMNS: SheetColumn<RegisterRow>[] = [
  { header: 'شمارهٔ وارده', value: (r) => r.incomingNumber },
  { header: 'عنوان', width: 48, value: (r) => r.title },
  { header: 'شورا', width: 32, value: (r) => r.councilName },
  { header: 'دسته', width: 20, value: (r) => categoryLabel(r.category) },
  { header: 'وضعیت', width: 24, value: (r) => r.statusLabel },
  { header: 'تاریخ وصول', value: (r) => jalaliText(r.receiptDate) },
  { header: 'مهلت رسیدگی', value: (r) => jalaliText(r.objectionDeadline) },
  { header: 'تاریخ رأی', value: (r) => jalaliText(r.rulingDate) },
];

const MEMBER_COLUMNS: SheetColumn<MemberFigures>[] = [
  { header: 'واحد', width: 32, value: (r) => r.name },
  { header: 'اعضا', value: (r) => r.members },
  { header: 'حضور', value: (r) => r.attended },
  { header: 'غیبت', value: (r) => r.missed },
  { header: 'سهم حضور', rate: true, value: (r) => r.attendanceRate },
  { header: 'نظر ثبت‌شده', value: (r) => r.findings },
  { header: 'در مهلت', value: (r) => r.onTime },
  { header: 'با تأخیر', value: (r) => r.late },
  { header: 'سهم در مهلت', rate: true, value: (r) => r.onTimeRate },
  { header: 'عدم مغایرت سیستمی', width: 20, value: (r) => r.silent },
  { header: 'همسو با رأی', value: (r) => r.agreed },
  { header: 'نرخ همسویی', rate: true, value: (r) => r.agreementRate },
];

const EXPERT_COLUMNS: SheetColumn<ExpertFigures>[] = [
  { header: 'واحد', width: 32, value: (r) => r.name },
  { header: 'کارشناسان', value: (r) => r.experts },
  { header: 'نظر ارائه‌شده', value: (r) => r.submitted },
  { header: 'میانگین روز از وصول', width: 20, value: (r) => r.days.average },
  { header: 'میانهٔ روز از وصول', width: 20, value: (r) => r.days.median },
  { header: 'در انتظار نظر', value: (r) => r.open },
  { header: 'گذشته از مهلت', value: (r) => r.overdue },
];

const COMPLAINT_COLUMNS: SheetColumn<ComplaintFigures>[] = [
  { header: 'واحد', width: 32, value: (r) => r.name },
  { header: 'دبیرخانه‌ها', value: (r) => r.offices },
  { header: 'شکایت رسیده', value: (r) => r.received },
  { header: 'پاسخ داده‌شده', value: (r) => r.answered },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const send = (reply: FastifyReply, name: string, data: Buffer) =>
  reply
    .type(XLSX)
    .header(
      'content-disposition',
      `attachment; filename="tatbiq.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`,
    )
    .send(data);

export function registerExportRoutes(app: FastifyInstance, ctx: ConsoleContext) {
  const { db, now } = ctx;
  app.get<{ Params: { table: string } }>('/console/api/export/:table', async (req, reply) => {
    const s = await guard(db, req, now());
    const q = body(monitorQuery, req.query);
    const at = new Date(now());
    switch (req.params.table) {
      case 'units.xlsx': {
        const o = await overview(db, s.account, q, at, ctx.rollups);
        return send(
          reply,
          `${o.unit.name} ${o.period.label}`,
          await workbook(o.unit.name, UNIT_COLUMNS, [...o.children, o.totals]),
        );
      }
      case 'members.xlsx': {
        const o = await overview(db, s.account, q, at, ctx.rollups);
        return send(
          reply,
          `اعضای هیأت ${o.unit.name} ${o.period.label}`,
          await workbook('اعضای هیأت', MEMBER_COLUMNS, [...o.members.children, o.members.totals]),
        );
      }
      case 'experts.xlsx': {
        const o = await overview(db, s.account, q, at, ctx.rollups);
        return send(
          reply,
          `کارشناسان ${o.unit.name} ${o.period.label}`,
          await workbook('کارشناسان', EXPERT_COLUMNS, [...o.experts.children, o.experts.totals]),
        );
      }
      case 'complaints.xlsx': {
        const o = await complaintsOverview(db, s.account, q);
        return send(
          reply,
          `شکایات شهروندان ${o.unit.name} ${o.period.label}`,
          await workbook('شکایات شهروندان', COMPLAINT_COLUMNS, [...o.children, o.totals]),
        );
      }
      case 'stale.xlsx': {
        const o = await overview(db, s.account, q, at, ctx.rollups);
        return send(
          reply,
          `دبیرخانه‌های بی‌همگام‌سازی ${o.unit.name}`,
          await workbook('بی‌همگام‌سازی', STALE_COLUMNS, o.stale),
        );
      }
      case 'overdue.xlsx': {
        const o = await overdueNow(db, s.account, q.unit, at);
        return send(reply, `گذشته از مهلت ${o.unit.name}`, await workbook('گذشته از مهلت', OVERDUE_COLUMNS, o.rows));
      }
      default: {
        const m = /^register-([0-9A-Za-z-]{1,64})\.xlsx$/.exec(req.params.table);
        if (!m) return reply.callNotFound();
        const r = await officeRegister(db, s.account, m[1], q, REGISTER_LIMIT);
        return send(
          reply,
          `دفتر ${r.office.name} ${r.period.label}`,
          await workbook('دفتر مصوبات', REGISTER_COLUMNS, r.rows),
        );
      }
    }
  });
}
