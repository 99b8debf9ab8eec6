// Resolutions a report names (lapsed, nearest deadlines), each linked to its page.
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import type { ComplianceReport } from '../../../shared/reports/schema';
import { dateFa, toFa } from '../../format/fa';
import { reportMessages as m } from '../../messages/reports';
import { ReportTable, type Column } from './ReportTable';

type Listed = ComplianceReport['pendingList'][number] | ComplianceReport['lapsedList'][number];

export function ResolutionList({
  rows,
  withDaysLeft,
  testId,
}: {
  rows: Listed[];
  withDaysLeft?: boolean;
  testId: string;
}) {
  const columns: Column<Listed>[] = [
    { label: m.incomingNumber, value: (r) => toFa(r.incomingNumber), numeric: true },
    {
      label: m.resolution,
      value: (r) => (
        <Link component={RouterLink} to={`/resolutions/${r.resolutionId}`}>
          {r.title}
        </Link>
      ),
    },
    { label: m.council, value: (r) => r.councilName },
    { label: m.receiptDate, value: (r) => dateFa(r.receiptDate), numeric: true },
    { label: m.deadline, value: (r) => dateFa(r.objectionDeadline), numeric: true },
  ];
  if (withDaysLeft) {
    columns.push({
      label: m.daysLeft,
      value: (r) => ('daysLeft' in r && r.daysLeft !== null ? toFa(r.daysLeft) : '—'),
      numeric: true,
    });
  }
  return <ReportTable columns={columns} rows={rows} rowKey={(r) => r.resolutionId} testId={testId} />;
}
