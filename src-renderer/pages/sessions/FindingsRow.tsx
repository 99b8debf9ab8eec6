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

/** The item's resolution (a link to it), its council and number, and while pending its deadline. */
export function ItemHeading({ item }: { item: SessionItem }) {
  return (
    <>
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
    </>
  );
}

/** One member's finding on the item: the signed-in member's buttons while the core takes the vote. */
export function MemberFinding(p: FindingsRowProps & { memberId: string }) {
  const { item, memberId } = p;
  const open = p.detail.session.status === 'scheduled';
  return memberId === p.meId && open && item.state === 'pending' && p.voters.has(memberId) && !item.silenceFinal ? (
    <MyFindingCell item={item} memberId={memberId} onChange={p.onChange} />
  ) : (
    <OtherCell item={item} memberId={memberId} counts={p.voters.has(memberId)} />
  );
}

/** The item's result so far, or its ruling, with the buttons that act on it. */
export function ItemResult(p: FindingsRowProps) {
  const open = p.detail.session.status === 'scheduled';
  return (
    <ResultCell
      item={p.item}
      mayRule={p.mayRule && p.detail.quorum.met}
      mayDraft={p.mayDraft && open}
      onRule={() => p.onRule(p.item)}
      onDraft={() => p.onDraft(p.item)}
    />
  );
}

export function FindingsRow(p: FindingsRowProps) {
  const { item, detail } = p;
  return (
    <TableRow data-testid={`item-${item.id}`} data-state={item.state} hover>
      <TableCell sx={{ fontWeight: 700, color: 'text.secondary' }}>{toFa(p.index + 1)}</TableCell>
      <TableCell>
        <ItemHeading item={item} />
      </TableCell>
      {detail.members.map((u) => (
        <TableCell key={u.id} align="center" sx={{ bgcolor: u.id === p.meId ? 'action.hover' : undefined }}>
          <MemberFinding {...p} memberId={u.id} />
        </TableCell>
      ))}
      <TableCell sx={STICKY_END}>
        <ItemResult {...p} />
      </TableCell>
    </TableRow>
  );
}
