// The unread messages on the desk and the member's workspace: a line with the count and the way
// to the messages; nothing when all is read.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useUnread } from '../../app/UnreadContext';
import { conversationsMessages as m } from '../../messages/conversations';
import { MessagesBadgeIcon } from '../../app/panelNav';

export function UnreadAlert({ testId = 'unread-alert' }: { testId?: string }) {
  const { unread } = useUnread();
  if (!unread) return null;
  return (
    <Alert
      severity="info"
      icon={<MessagesBadgeIcon testId={`${testId}-badge`} />}
      data-testid={testId}
      sx={{ mb: 2, alignItems: 'center' }}
      action={
        <Button component={RouterLink} to="/messages" color="inherit" sx={{ minHeight: 44 }}>
          {m.deskOpen}
        </Button>
      }
    >
      {m.deskUnread(unread)}
    </Alert>
  );
}
