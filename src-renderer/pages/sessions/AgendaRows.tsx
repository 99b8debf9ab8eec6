// The agenda itself, in order: each row moves up or down, and leaves unless already ruled.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import type { AgendaProposal, SessionDetail } from '../../../shared/schemas/session';
import { StatusChip } from '../../components/StatusChip';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { TipButton } from '../../components/TipButton';

/** What a row of the agenda shows, whether it came from the saved agenda or the proposal. */
export interface AgendaRow {
  resolutionId: string;
  title: string;
  councilDisplayName: string;
  incomingNumber: string;
  status: SessionDetail['items'][number]['resolutionStatus'];
  objectionDeadline: string | null;
  ruled: boolean;
}

export const agendaRowsOf = (d: SessionDetail): AgendaRow[] =>
  d.items
    .filter((i) => i.state === 'pending' || i.state === 'ruled')
    .map((i) => ({
      resolutionId: i.resolutionId,
      title: i.title,
      councilDisplayName: i.councilDisplayName,
      incomingNumber: i.incomingNumber,
      status: i.resolutionStatus,
      objectionDeadline: i.objectionDeadline,
      ruled: i.state === 'ruled',
    }));

/** A proposed resolution as a new (unruled) row of the agenda. */
export const agendaRowOfProposal = (i: AgendaProposal['items'][number]): AgendaRow => ({
  resolutionId: i.resolutionId,
  title: i.title,
  councilDisplayName: i.councilDisplayName,
  incomingNumber: i.incomingNumber,
  status: i.status,
  objectionDeadline: i.objectionDeadline,
  ruled: false,
});

export function AgendaRows({ rows, setRows }: { rows: AgendaRow[]; setRows: (rows: AgendaRow[]) => void }) {
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    setRows(next);
  };
  return rows.length === 0 ? (
    <Box sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
      <Typography>{m.agendaEmpty}</Typography>
      <Typography variant="body2">{m.agendaEmptyAction}</Typography>
    </Box>
  ) : (
    <List dense disablePadding data-testid="agenda-list">
      {rows.map((r, index) => (
        <ListItem
          key={r.resolutionId}
          disableGutters
          divider={index < rows.length - 1}
          data-testid="agenda-row"
          data-resolution-id={r.resolutionId}
          sx={{ gap: 1, py: 1 }}
        >
          <Typography sx={{ width: 28, textAlign: 'center', fontWeight: 700, color: 'text.secondary' }}>
            {toFa(index + 1)}
          </Typography>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Link
              component={RouterLink}
              to={`/resolutions/${encodeURIComponent(r.resolutionId)}`}
              underline="hover"
              variant="body2"
              sx={{ fontWeight: 600 }}
            >
              {r.title}
            </Link>
            <Typography variant="caption" color="text.secondary" noWrap component="p">
              {r.councilDisplayName} · {toFa(r.incomingNumber)}
            </Typography>
          </Box>
          {r.status !== 'awaiting_ruling' && <StatusChip status={r.status} />}
          <TipButton title={m.moveUp} size="small" disabled={index === 0} onClick={() => move(index, -1)}>
            <ArrowUpward fontSize="small" />
          </TipButton>
          <TipButton
            title={m.moveDown}
            size="small"
            disabled={index === rows.length - 1}
            onClick={() => move(index, 1)}
          >
            <ArrowDownward fontSize="small" />
          </TipButton>
          <TipButton
            title={m.remove}
            size="small"
            disabled={r.ruled}
            onClick={() => setRows(rows.filter((x) => x.resolutionId !== r.resolutionId))}
            testId={`agenda-remove-${r.resolutionId}`}
          >
            <DeleteOutline fontSize="small" />
          </TipButton>
        </ListItem>
      ))}
    </List>
  );
}
