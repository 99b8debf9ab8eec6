// "The conversation on this": opens (and on first use makes) the thread on a resolution or a
// session, for those who take part in messages; nothing for other roles.
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import type { ConversationTarget } from '../../../shared/schemas/conversation';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useAction } from '../../api/useAction';
import { useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';

export function OpenThreadButton({ target, label }: { target: ConversationTarget; label: string }) {
  const can = useCan();
  const navigate = useNavigate();
  const notify = useNotify();
  const { busy, run } = useAction();
  if (!can('conversations.open')) return null;
  const open = async () => {
    const t = await run('busy', () =>
      call('conversations.open', target).catch((e: unknown) => {
        notify(errorText(e), 'error');
        throw e;
      }),
    );
    if (t) navigate(`/messages/${encodeURIComponent(t.conversation.id)}`);
  };
  return (
    <Button
      variant="outlined"
      startIcon={busy ? <CircularProgress size={16} /> : <ForumOutlined />}
      disabled={busy !== null}
      onClick={() => void open()}
      sx={{ minHeight: { xs: 44, md: 'auto' }, alignSelf: 'flex-start' }}
      data-testid="open-thread"
    >
      {label}
    </Button>
  );
}
