// A new letter: its kind, and what it is about — a resolution in a state that lets the letter go
// out, a council, or a held session. The core fills the kind's template into a draft.
import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { KIND_ALLOWED_STATUSES, KIND_SUBJECT, LETTER_KINDS, type LetterKind } from '../../../shared/letters/kinds';
import type { StatusCode } from '../../../shared/domain/statuses';
import type { ResolutionRow } from '../../../shared/schemas/resolution';
import type { Letter } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useCall } from '../../api/useCall';
import { CouncilAutocomplete } from '../../components/CouncilAutocomplete';
import { dateFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { ResolutionPicker, usePresetResolution } from './ResolutionPicker';

export interface NewLetterPreset {
  kind?: LetterKind;
  resolutionId?: string;
  sessionId?: string;
}

export function NewLetterDialog({
  preset,
  onClose,
  onCreated,
}: {
  preset: NewLetterPreset;
  onClose: () => void;
  onCreated: (letter: Letter) => void;
}) {
  const [kind, setKind] = useState<LetterKind>(preset.kind ?? 'objection');
  const [resolution, setResolution] = useState<ResolutionRow | null>(null);
  const [reminderOf, setReminderOf] = useState<'resolution' | 'council'>('resolution');
  const [councilId, setCouncilId] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(preset.sessionId ?? null);
  const { busy: inFlight, error, run } = useAction();
  const busy = inFlight !== null;

  const about = KIND_SUBJECT[kind];
  const needsResolution = about === 'resolution' || (about === 'council' && reminderOf === 'resolution');
  const statuses = (KIND_ALLOWED_STATUSES[kind] ?? []) as StatusCode[];
  usePresetResolution(preset.resolutionId, setResolution);
  const councils = useCall('councils.list', about === 'council' ? {} : null);
  const sessions = useCall('sessions.list', about === 'session' ? { status: ['closed'] } : null);

  const ready =
    about === 'none' ||
    (needsResolution ? resolution !== null : about === 'council' ? councilId !== null : sessionId !== null);

  const create = () =>
    run('busy', async () => {
      const letter = await call('letters.createDraft', {
        kind,
        resolutionId: needsResolution ? resolution?.id : undefined,
        councilId: about === 'council' && reminderOf === 'council' ? (councilId ?? undefined) : undefined,
        sessionId: about === 'session' ? (sessionId ?? undefined) : undefined,
      });
      onCreated(letter);
    });

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" data-testid="new-letter-dialog">
      <DialogTitle>{m.newTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <TextField
            select
            label={m.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as LetterKind)}
            data-testid="new-letter-kind"
          >
            {LETTER_KINDS.map((k) => (
              <MenuItem key={k.code} value={k.code}>
                {k.label}
              </MenuItem>
            ))}
          </TextField>
          {about === 'council' && (
            <RadioGroup row value={reminderOf} onChange={(e) => setReminderOf(e.target.value as typeof reminderOf)}>
              <FormControlLabel value="resolution" control={<Radio />} label={m.reminderResolution} />
              <FormControlLabel value="council" control={<Radio />} label={m.reminderCouncil} />
            </RadioGroup>
          )}
          {needsResolution && <ResolutionPicker statuses={statuses} value={resolution} onChange={setResolution} />}
          {about === 'council' && reminderOf === 'council' && (
            <CouncilAutocomplete
              councils={councils.data ?? []}
              loading={councils.loading}
              value={councilId}
              onChange={setCouncilId}
              label={m.newCouncil}
            />
          )}
          {about === 'session' && (
            <TextField
              select
              label={m.newSession}
              value={sessionId ?? ''}
              onChange={(e) => setSessionId(e.target.value || null)}
              helperText={sessions.data && sessions.data.length === 0 ? m.newNoSessions : undefined}
            >
              {(sessions.data ?? []).map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {`جلسهٔ ${toFa(s.number)} سال ${toFa(s.year)} — ${dateFa(s.date)}`}
                </MenuItem>
              ))}
            </TextField>
          )}
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button color="inherit" onClick={onClose} disabled={busy}>
          {common.cancel}
        </Button>
        <Button
          variant="contained"
          onClick={create}
          disabled={!ready || busy}
          data-testid="new-letter-create"
          startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {m.create}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
