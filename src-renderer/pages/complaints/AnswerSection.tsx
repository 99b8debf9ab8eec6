// The office's answer to the complainant: a short text and, optionally, a letter already issued
// through the letters register. It goes to the ministry server on the next sync.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Complaint } from '../../../shared/schemas/complaint';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useAction } from '../../api/useAction';
import { useNotify } from '../../app/Notifier';
import { instantFa } from '../../format/fa';
import { complaintsMessages as m } from '../../messages/complaints';

interface Props {
  c: Complaint;
  editable: boolean;
  onChanged: () => void;
}

export function AnswerSection({ c, editable, onChanged }: Props) {
  const notify = useNotify();
  const [text, setText] = useState(c.answer?.text ?? '');
  const [letterId, setLetterId] = useState(c.answer?.letter?.id ?? '');
  const letters = useCall('letters.list', editable ? { pageSize: 100, filter: { status: ['issued'] } } : null);
  const action = useAction();
  const save = async () => {
    const done = await action.run('busy', () =>
      call('complaints.answer', { id: c.id, answer: text, letterId: letterId || null }),
    );
    if (done) {
      notify(m.answerSaved);
      onChanged();
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="complaint-answer">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
        {m.answer}
      </Typography>
      {c.answer && (
        <Typography variant="body2" color="text.secondary" data-testid="complaint-answered">
          {m.answeredBy(c.answer.answeredByName, instantFa(c.answer.answeredAt))}
          {c.answer.letter && ` — ${c.answer.letter.number ?? ''} ${c.answer.letter.subject}`}
        </Typography>
      )}
      {editable ? (
        <>
          <TextField
            label={m.answerText}
            value={text}
            onChange={(e) => setText(e.target.value)}
            multiline
            minRows={3}
            slotProps={{ htmlInput: { 'data-testid': 'complaint-answer-text', maxLength: 4000 } }}
          />
          <TextField select label={m.answerLetter} value={letterId} onChange={(e) => setLetterId(e.target.value)}>
            <MenuItem value="">{m.noLetter}</MenuItem>
            {(letters.data?.rows ?? []).map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {l.number} — {l.subject}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Button
              variant="contained"
              disabled={!!action.busy}
              onClick={() => void save()}
              data-testid="complaint-answer-save"
            >
              {m.sendAnswer}
            </Button>
          </Box>
        </>
      ) : (
        !c.answer && <Typography color="text.secondary">—</Typography>
      )}
      {action.error && <Alert severity="error">{action.error}</Alert>}
    </Box>
  );
}
