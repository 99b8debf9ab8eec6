// One message: the user's own on the start side (right, in RTL), others' on the end side; a
// notice to all of a session's members across the thread, marked as such.
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import { formatInstant } from '../../../shared/dates/jalali';
import type { ConversationMessage } from '../../../shared/schemas/conversation';
import { conversationsMessages as m } from '../../messages/conversations';

export const whenFa = (iso: string) => formatInstant(iso, { digits: 'fa', withTime: true });

export function MessageBubble({ message, mine }: { message: ConversationMessage; mine: boolean }) {
  const notice = message.kind === 'notice';
  return (
    <Box
      data-testid={`message-${message.seq}`}
      data-mine={mine ? '1' : '0'}
      sx={{
        alignSelf: notice ? 'stretch' : mine ? 'flex-start' : 'flex-end',
        maxWidth: notice ? '100%' : { xs: '88%', md: '75%' },
        bgcolor: (t) =>
          alpha(notice ? t.palette.warning.main : mine ? t.palette.primary.main : t.palette.grey[500], 0.08),
        border: 1,
        borderColor: (t) =>
          alpha(notice ? t.palette.warning.main : mine ? t.palette.primary.main : t.palette.grey[500], 0.35),
        borderRadius: 2,
        px: 1.5,
        py: 1,
      }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        {notice && <Chip size="small" color="warning" icon={<CampaignOutlined />} label={m.notice} />}
        <Typography variant="caption" sx={{ fontWeight: 700 }}>
          {mine ? m.me : message.authorName}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {whenFa(message.createdAt)}
        </Typography>
      </Box>
      <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.9 }}>{message.text}</Typography>
    </Box>
  );
}
