// One thread: its messages, oldest first, kept scrolled to the newest, and the composer. It redraws
// when the unread poll sees a new message and marks the thread read for the user as it shows it.
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useCurrentUser } from '../../app/AppInfoContext';
import { useUnread } from '../../app/UnreadContext';
import { LoadError } from '../../components/LoadError';
import { conversationsMessages as m } from '../../messages/conversations';
import { Composer } from './Composer';
import { MessageBubble } from './MessageBubble';

export function ThreadView({ id, onChanged, showBack }: { id: string; onChanged: () => void; showBack: boolean }) {
  const me = useCurrentUser();
  const { data, error, loading, reload } = useCall('conversations.get', { id });
  const { latestSeq, refresh } = useUnread();
  const scroller = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [latestSeq, reload]);

  const lastSeq = data?.messages.at(-1)?.seq ?? 0;
  const unread = data?.conversation.unread ?? 0;
  useEffect(() => {
    if (!unread) return;
    call('conversations.markRead', { id }).then(
      () => {
        refresh();
        onChanged();
      },
      () => undefined,
    );
  }, [id, lastSeq, unread, refresh, onChanged]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight });
  }, [lastSeq]);

  return (
    <Paper variant="outlined" sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }} data-testid="thread-view">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        {showBack && (
          <Button component={RouterLink} to="/messages" startIcon={<ArrowForwardOutlined />} sx={{ minHeight: 44 }}>
            {m.back}
          </Button>
        )}
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, minWidth: 0 }} data-testid="thread-title">
          {data?.conversation.title ?? ''}
        </Typography>
      </Box>
      <LoadError error={error} onRetry={reload} />
      {loading && !data && <Skeleton variant="rectangular" height={240} />}
      {data && (
        <>
          <Box
            ref={scroller}
            sx={{
              display: 'flex',
              flexDirection: 'column',
              gap: 1,
              p: 1.5,
              overflowY: 'auto',
              maxHeight: { md: 'max(240px, calc(100vh - 440px))' },
            }}
            data-testid="thread-messages"
          >
            {data.messages.length === 0 && <Typography color="text.secondary">{m.noMessages}</Typography>}
            {data.messages.map((msg) => (
              <MessageBubble key={msg.id} message={msg} mine={msg.authorId === me.id} />
            ))}
          </Box>
          <Composer
            conversation={data.conversation}
            onSent={() => {
              reload();
              onChanged();
            }}
          />
        </>
      )}
    </Paper>
  );
}
