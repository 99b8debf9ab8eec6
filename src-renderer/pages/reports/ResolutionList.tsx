// Resolutions a report names (lapsed, nearest deadlines), each linked to its page. Up to 200 rows
// each, below the fold: they render after the figures are on screen (a deferred value), so the
// page's first paint does not wait for some 400 table rows.
import { useDeferredValue } from 'react';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import type { ComplianceReport } from '../../../shared/reports/schema';
import { dateFa, toFa } from '../../format/fa';
import { reportMessages as m } from '../../messages/reports';
import { ReportTable, type Column } from './ReportTable';

type Listed = ComplianceReport['pendingList'][number] | ComplianceReport['lapsedList'][number];
const NONE: Listed[] = [];

export function ResolutionList({
  rows,
  withDaysLeft,
  testId,
}: {
  rows: Listed[];
  withDaysLeft?: boolean;
  testId: string;
}) {
  const shown = useDeferredValue(rows, NONE);
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
  // while the rows wait for the deferred render, nothing rather than a table that says it is empty
  if (shown !== rows) return null;
  return <ReportTable columns={columns} rows={shown} rowKey={(r) => r.resolutionId} testId={testId} />;
}
