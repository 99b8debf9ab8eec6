// Writing in a thread. On a session's thread the secretary may send it as a notice to all of the
// session's members instead of a plain message.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import { MESSAGE_MAX, type ConversationSummary } from '../../../shared/schemas/conversation';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useCan } from '../../app/AppInfoContext';
import { conversationsMessages as m } from '../../messages/conversations';

export function Composer({ conversation, onSent }: { conversation: ConversationSummary; onSent: () => void }) {
  const can = useCan();
  const [text, setText] = useState('');
  const [asNotice, setAsNotice] = useState(false);
  const { busy, error, run } = useAction();
  const canNotice = conversation.kind === 'session' && conversation.sessionId !== null && can('conversations.notice');

  const send = async () => {
    const sessionId = conversation.sessionId;
    const done = await run('busy', () =>
      asNotice && canNotice && sessionId
        ? call('conversations.notice', { sessionId, text })
        : call('conversations.post', { conversationId: conversation.id, text }),
    );
    if (!done) return;
    setText('');
    setAsNotice(false);
    onSent();
  };

  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      sx={{ display: 'grid', gap: 1, borderTop: 1, borderColor: 'divider', p: 1.5 }}
    >
      {error && <Alert severity="error">{error}</Alert>}
      <TextField
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter sends; Enter alone is a new line, as Persian messages are often several
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
        placeholder={m.compose}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        slotProps={{ htmlInput: { maxLength: MESSAGE_MAX, 'data-testid': 'compose-text', 'aria-label': m.compose } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {canNotice && (
          <FormControlLabel
            control={
              <Checkbox
                checked={asNotice}
                onChange={(e) => setAsNotice(e.target.checked)}
                slotProps={{ input: { 'data-testid': 'compose-notice' } as object }}
              />
            }
            label={m.asNotice}
          />
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button
          type="submit"
          variant="contained"
          endIcon={<SendOutlined sx={{ transform: 'scaleX(-1)' }} />}
          disabled={busy !== null || !text.trim()}
          sx={{ minHeight: 44, minWidth: 120 }}
          data-testid="compose-send"
        >
          {busy ? m.sending : m.send}
        </Button>
      </Box>
    </Box>
  );
}
