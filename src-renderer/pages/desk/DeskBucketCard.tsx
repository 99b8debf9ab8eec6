// One desk bucket: its count, the first items with their countdowns, and where to see the rest.
import { Link as RouterLink, useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import EventOutlined from '@mui/icons-material/EventOutlined';
import { DESK_BUCKETS, type DeskBucket, type DeskItem } from '../../../shared/schemas/desk';
import { dueKindLabel } from '../../../shared/lifecycle/due';
import { StatusChip } from '../../components/StatusChip';
import { numFa, toFa } from '../../format/fa';
import { deskMessages as m } from '../../messages/desk';
import { CountdownChip } from './CountdownChip';

/** The accent of each bucket: deadlines by urgency, waiting work in the app's colors. */
const ACCENT: Record<DeskBucket['key'], string> = {
  overdue: '#c62828',
  dueToday: '#ef6c00',
  dueSoon: '#f9a825',
  assigned: '#1f5f8b',
  findings: '#1f5f8b',
  toAssign: '#4f86ad',
  toRule: '#2e7d5b',
  objectionLetters: '#ad1457',
  councilAnswers: '#6a1b9a',
  boardOverdue: '#5d4037',
  lateRegistered: '#455a64',
};

function itemLink(item: DeskItem): string {
  return item.session
    ? `/sessions/${encodeURIComponent(item.session.id)}`
    : `/resolutions/${encodeURIComponent(item.resolutionId)}`;
}

export function DeskBucketCard({ bucket, soonDays }: { bucket: DeskBucket; soonDays: number }) {
  const navigate = useNavigate();
  const def = DESK_BUCKETS.find((b) => b.key === bucket.key)!;
  const rest = bucket.count - bucket.items.length;
  const registerLink = bucket.registerLate
    ? '/register?late=1'
    : bucket.registerStatus
      ? `/register?status=${bucket.registerStatus.join(',')}`
      : null;
  return (
    <Paper
      variant="outlined"
      data-testid={`desk-bucket-${bucket.key}`}
      data-count={bucket.count}
      sx={{ borderTop: 4, borderTopColor: ACCENT[bucket.key], display: 'flex', flexDirection: 'column', minWidth: 0 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, px: 2, pt: 1.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          {def.key === 'dueSoon' ? `${def.label} (${m.soonWindow(soonDays)})` : def.label}
        </Typography>
        <Typography
          sx={{ fontSize: 28, fontWeight: 800, color: bucket.count ? ACCENT[bucket.key] : 'text.disabled' }}
          data-testid="desk-count"
        >
          {numFa(bucket.count)}
        </Typography>
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2 }}>
        {def.hint}
      </Typography>
      {bucket.items.length === 0 ? (
        <Typography variant="body2" color="text.disabled" sx={{ px: 2, py: 2 }}>
          {m.empty}
        </Typography>
      ) : (
        <List dense sx={{ py: 0.5 }}>
          {bucket.items.map((item) => (
            <ListItemButton
              key={item.key}
              data-testid="desk-item"
              data-resolution-id={item.resolutionId}
              onClick={() => navigate(itemLink(item))}
              sx={{ gap: 1, alignItems: 'center', py: 0.75 }}
            >
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                  {item.title}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap component="p">
                  {item.councilDisplayName} · {toFa(item.incomingNumber)}
                  {item.dueKind && !item.session ? ` · ${dueKindLabel(item.dueKind)}` : ''}
                  {item.note ? ` · ${item.note}` : ''}
                </Typography>
              </Box>
              {item.session && (
                <Chip
                  size="small"
                  variant="outlined"
                  icon={<EventOutlined />}
                  label={m.sessionOf(item.session.number, item.session.year)}
                />
              )}
              {(bucket.key === 'objectionLetters' || bucket.key === 'toAssign') && !item.countdownFa && (
                <StatusChip status={item.status} />
              )}
              <CountdownChip
                daysLeft={item.daysLeft}
                text={item.countdownFa}
                date={item.dueDate}
                label={item.dueKind ? dueKindLabel(item.dueKind) : undefined}
                soonDays={soonDays}
              />
            </ListItemButton>
          ))}
        </List>
      )}
      <Box sx={{ flexGrow: 1 }} />
      {(rest > 0 || (registerLink && bucket.count > 0)) && (
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, pb: 1.25, pt: 0.5, gap: 1 }}>
          {rest > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }}>
              {m.more(rest)}
            </Typography>
          )}
          {registerLink && bucket.count > 0 && (
            <Button
              size="small"
              component={RouterLink}
              to={registerLink}
              sx={{ mr: 'auto' }}
              data-testid={`desk-register-${bucket.key}`}
            >
              {m.viewInRegister}
            </Button>
          )}
        </Box>
      )}
    </Paper>
  );
}
