// Citizens' complaints in the reports' files (issue 14 item 8): the figures the reports screen shows
// under compliance (filed on the public form in the period, answered by the office in it), as one
// table the Excel export writes as a sheet and the PDF prints, like every other report table.
import type { ReportResult } from '../../../shared/reports/schema';
import { complaintReportMessages as m } from '../complaints/messages';
import { excelMessages as x } from './messages';
import type { ReportTable } from './tables';

/** The complaints table, or none when the result has no complaint figures. */
export function complaintTables(c: ReportResult['complaints']): ReportTable[] {
  if (!c) return [];
  return [
    {
      name: m.sheet,
      cols: [
        { header: x.figure, width: 48 },
        { header: x.value, width: 14 },
      ],
      rows: [
        [m.received, c.received],
        [m.answered, c.answered],
      ],
    },
  ];
}
