// «پیام‌ها»: the caller's threads with their unread counts, and the open thread. Side by side from
// 900 px; on a phone the list, or the thread with a way back.
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import AddCommentOutlined from '@mui/icons-material/AddCommentOutlined';
import { useCall } from '../../api/useCall';
import { useUnread } from '../../app/UnreadContext';
import { PageHeader } from '../../components/PageHeader';
import { conversationsMessages as m } from '../../messages/conversations';
import { NewDirectDialog } from './NewDirectDialog';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';

export function MessagesPage() {
  const { id } = useParams();
  const wide = useMediaQuery('(min-width: 900px)');
  const list = useCall('conversations.list', {});
  const { unread, latestSeq } = useUnread();
  const [picking, setPicking] = useState(false);
  const { reload } = list;
  // a new message anywhere, or a thread read: the list's counts and order follow (the first
  // load is useCall's own)
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [reload, unread, latestSeq]);

  return (
    <Box data-testid="messages-page" sx={{ maxWidth: 1200, mx: 'auto', width: '100%' }}>
      {(wide || !id) && (
        <PageHeader
          title={m.title}
          subtitle={m.subtitle}
          actions={
            <Button
              variant="contained"
              startIcon={<AddCommentOutlined />}
              onClick={() => setPicking(true)}
              sx={{ minHeight: 44 }}
              data-testid="new-direct"
            >
              {m.newDirect}
            </Button>
          }
        />
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: wide ? '340px minmax(0, 1fr)' : 'minmax(0, 1fr)', gap: 2 }}>
        {(wide || !id) && <ThreadList state={list} selected={id} />}
        {id ? (
          <ThreadView key={id} id={id} onChanged={reload} showBack={!wide} />
        ) : (
          wide && (
            <Paper variant="outlined" sx={{ p: 4, display: 'grid', placeItems: 'center', minHeight: 320 }}>
              <Typography color="text.secondary">{m.choose}</Typography>
            </Paper>
          )
        )}
      </Box>
      <NewDirectDialog open={picking} onClose={() => setPicking(false)} />
    </Box>
  );
}
