// One private note (a session's or an agenda item's): loaded for its author, saved on demand;
// clearing the text removes it. Only its author ever reads it (the core filters by author).
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useNotify } from '../../app/Notifier';
import { membersMessages as m } from '../../messages/members';

export function NoteField({ sessionId, itemId, label }: { sessionId: string; itemId: string | null; label: string }) {
  const notify = useNotify();
  const loaded = useCall('notes.get', { sessionId, itemId });
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const t = loaded.data?.text ?? '';
    setText(t);
    setSaved(t);
  }, [loaded.data]);

  const save = async () => {
    setBusy(true);
    try {
      const note = await call('notes.save', { sessionId, itemId, text });
      setSaved(note?.text ?? '');
      setText(note?.text ?? '');
      notify(note ? m.noteSaved : m.noteRemoved);
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  const testId = `note-${itemId ?? sessionId}`;
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid={testId}>
      <TextField
        label={label}
        multiline
        minRows={2}
        fullWidth
        value={text}
        disabled={loaded.loading}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-text` } }}
      />
      <Box>
        <Button
          variant="outlined"
          startIcon={<LockOutlined />}
          disabled={busy || text === saved}
          onClick={() => void save()}
          sx={{ minHeight: 44 }}
          data-testid={`${testId}-save`}
        >
          {m.saveNote}
        </Button>
      </Box>
    </Box>
  );
}
