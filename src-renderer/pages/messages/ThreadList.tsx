// The caller's threads, the latest first, each with its kind, last message and unread count.
import { Link as RouterLink } from 'react-router';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import type { ConversationSummary } from '../../../shared/schemas/conversation';
import type { CallState } from '../../api/useCall';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { instantFa, toFa } from '../../format/fa';
import { conversationsMessages as m } from '../../messages/conversations';

function ThreadRow({ t, selected }: { t: ConversationSummary; selected: boolean }) {
  return (
    <ListItemButton
      component={RouterLink}
      to={`/messages/${encodeURIComponent(t.id)}`}
      selected={selected}
      data-testid={`thread-${t.id}`}
      sx={{ alignItems: 'flex-start', gap: 1, minHeight: 56, borderBottom: 1, borderColor: 'divider' }}
    >
      <ListItemText
        primary={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Chip size="small" variant="outlined" label={m.kind[t.kind]} />
            <Typography sx={{ fontWeight: t.unread ? 700 : 500, minWidth: 0 }} noWrap>
              {t.title}
            </Typography>
          </Box>
        }
        secondary={
          <>
            <Typography variant="body2" color="text.secondary" noWrap component="span" sx={{ display: 'block' }}>
              {t.lastAuthor ? `${t.lastAuthor}: ${t.lastText ?? ''}` : ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="span">
              {instantFa(t.lastAt)}
            </Typography>
          </>
        }
        sx={{ minWidth: 0, m: 0 }}
      />
      {t.unread > 0 && (
        <Chip
          color="error"
          size="small"
          label={toFa(t.unread)}
          aria-label={m.unreadBadge(t.unread)}
          data-testid={`thread-unread-${t.id}`}
        />
      )}
    </ListItemButton>
  );
}

export function ThreadList({ state, selected }: { state: CallState<'conversations.list'>; selected?: string }) {
  const { data, error, loading, reload } = state;
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden', alignSelf: 'start' }} data-testid="thread-list">
      <LoadError error={error} onRetry={reload} />
      {loading && !data && <Skeleton variant="rectangular" height={240} />}
      {data && data.threads.length === 0 && (
        <EmptyState icon={<ForumOutlined />} title={m.empty} body={m.emptyBody} testId="no-threads" />
      )}
      {data && data.threads.length > 0 && (
        <List disablePadding>
          {data.threads.map((t) => (
            <ThreadRow key={t.id} t={t} selected={t.id === selected} />
          ))}
        </List>
      )}
    </Paper>
  );
}
