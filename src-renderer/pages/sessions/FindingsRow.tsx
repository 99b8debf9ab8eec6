// One agenda item in the findings grid: the resolution, each member's finding (the signed-in
// member votes in their own column while they still may), and the result with what may be done.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SessionDetail, SessionItem } from '../../../shared/schemas/session';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { CountdownChip } from '../desk/CountdownChip';
import { MyFindingCell } from './MyFindingCell';
import { OtherCell, ResultCell } from './findingCells';

/** The result column stays at the left edge (the row's end in RTL) however many members there are. */
export const STICKY_END = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

export interface FindingsRowProps {
  detail: SessionDetail;
  item: SessionItem;
  index: number;
  meId: string | null;
  voters: ReadonlySet<string>;
  mayRule: boolean;
  mayDraft: boolean;
  onChange: (d: SessionDetail) => void;
  onRule: (item: SessionItem) => void;
  onDraft: (item: SessionItem) => void;
}

export function FindingsRow(p: FindingsRowProps) {
  const { item, detail } = p;
  const open = detail.session.status === 'scheduled';
  return (
    <TableRow data-testid={`item-${item.id}`} data-state={item.state} hover>
      <TableCell sx={{ fontWeight: 700, color: 'text.secondary' }}>{toFa(p.index + 1)}</TableCell>
      <TableCell>
        <Link
          component={RouterLink}
          to={`/resolutions/${encodeURIComponent(item.resolutionId)}`}
          underline="hover"
          variant="body2"
          sx={{ fontWeight: 600 }}
        >
          {item.title}
        </Link>
        <Typography variant="caption" color="text.secondary" component="p">
          {item.councilDisplayName} · {toFa(item.councilResolutionNumber)}
        </Typography>
        {item.state === 'pending' && (
          <Box sx={{ mt: 0.5 }}>
            <CountdownChip
              daysLeft={item.daysLeft}
              text={item.countdownFa}
              date={item.findingDeadline}
              label={m.findingDeadline}
            />
          </Box>
        )}
      </TableCell>
      {detail.members.map((u) => (
        <TableCell key={u.id} align="center" sx={{ bgcolor: u.id === p.meId ? 'action.hover' : undefined }}>
          {/* the buttons only while the core takes the vote: present, before the deadline's end */}
          {u.id === p.meId && open && item.state === 'pending' && p.voters.has(u.id) && !item.silenceFinal ? (
            <MyFindingCell item={item} memberId={u.id} onChange={p.onChange} />
          ) : (
            <OtherCell item={item} memberId={u.id} counts={p.voters.has(u.id)} />
          )}
        </TableCell>
      ))}
      <TableCell sx={STICKY_END}>
        <ResultCell
          item={item}
          mayRule={p.mayRule && detail.quorum.met}
          mayDraft={p.mayDraft && open}
          onRule={() => p.onRule(item)}
          onDraft={() => p.onDraft(item)}
        />
      </TableCell>
    </TableRow>
  );
}
