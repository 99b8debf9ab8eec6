// The letters about one resolution or one session, newest first, each linking to its page: kind,
// number and Jalali date (a draft has neither yet) and its state in the register.
import { Link as RouterLink } from 'react-router';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { letterKindLabel, letterStatusLabel } from '../../../shared/letters/kinds';
import type { LetterListInput, LetterRow } from '../../../shared/schemas/letter';
import { useCall } from '../../api/useCall';
import { dateFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { LoadError } from '../../components/LoadError';

const STATUS_COLOR = { draft: 'default', issued: 'success', voided: 'error' } as const;

function Row({ letter: l }: { letter: LetterRow }) {
  const ref = l.number ? `${m.relatedNumber(toFa(l.number))} · ${dateFa(l.date)}` : m.relatedNoNumber;
  return (
    <ListItemButton
      component={RouterLink}
      to={`/letters/${encodeURIComponent(l.id)}`}
      divider
      data-testid="related-letter"
      data-letter-id={l.id}
      data-status={l.status}
      sx={{ gap: 1.5, px: 1 }}
    >
      <ListItemText
        primary={letterKindLabel(l.kind)}
        secondary={ref}
        slotProps={{ primary: { variant: 'body2', sx: { fontWeight: 600 } } }}
      />
      <Chip
        size="small"
        color={STATUS_COLOR[l.status]}
        variant={l.status === 'issued' ? 'filled' : 'outlined'}
        label={letterStatusLabel(l.status)}
        title={l.voidReason ?? undefined}
      />
    </ListItemButton>
  );
}

export function RelatedLetters({
  filter,
  reloadKey,
  empty,
  testId,
}: {
  filter: NonNullable<LetterListInput['filter']>;
  /** the list loads again when this changes (the subject's rev) */
  reloadKey: string;
  empty: string;
  testId: string;
}) {
  const list = useCall(
    'letters.list',
    { pageSize: 100, sort: { field: 'createdAt', dir: 'desc' }, filter },
    `${reloadKey}:${JSON.stringify(filter)}`,
  );
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} sx={{}} />;
  if (!list.data) return <Skeleton variant="rounded" height={56} />;
  if (list.data.rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid={`${testId}-empty`}>
        {empty}
      </Typography>
    );
  }
  return (
    <List dense disablePadding data-testid={testId}>
      {list.data.rows.map((l) => (
        <Row key={l.id} letter={l} />
      ))}
    </List>
  );
}
