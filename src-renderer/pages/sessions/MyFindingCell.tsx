// The signed-in member's own finding on one agenda item: three choices, saved at once, and an
// optional note. The member may change it until the item is ruled.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import { FINDINGS, type FindingCode, type SessionDetail, type SessionItem } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';

const SELECTED: Record<FindingCode, string> = {
  no_conflict: 'success.main',
  conflict: 'error.main',
  partial_conflict: 'warning.main',
};

export function MyFindingCell({
  item,
  memberId,
  onChange,
}: {
  item: SessionItem;
  memberId: string;
  onChange: (d: SessionDetail) => void;
}) {
  const notify = useNotify();
  const mine = item.findings.find((f) => f.memberId === memberId && f.source === 'member');
  const [busy, setBusy] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(mine?.note ?? '');

  const record = async (finding: FindingCode, withNote: string) => {
    setBusy(true);
    try {
      onChange(await call('sessions.recordFinding', { itemId: item.id, finding, note: withNote }));
      notify(m.findingSaved);
      setNoteOpen(false);
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} data-testid={`my-finding-${item.id}`}>
      <ToggleButtonGroup
        size="small"
        orientation="vertical"
        exclusive
        value={mine?.finding ?? null}
        disabled={busy}
        onChange={(_, value: FindingCode | null) => {
          if (value && value !== mine?.finding) void record(value, mine?.note ?? '');
        }}
      >
        {FINDINGS.map((f) => (
          <ToggleButton
            key={f.code}
            value={f.code}
            data-testid={`finding-${item.id}-${f.code}`}
            sx={{
              px: 1,
              py: 0.1,
              lineHeight: 1.6,
              fontSize: 12,
              whiteSpace: 'nowrap',
              '&.Mui-selected, &.Mui-selected:hover': { bgcolor: SELECTED[f.code], color: '#fff' },
            }}
          >
            {f.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Tooltip title={mine?.note || m.findingNote}>
        <span>
          <IconButton
            size="small"
            disabled={!mine || busy}
            onClick={() => setNoteOpen(true)}
            aria-label={m.findingNote}
          >
            <EditNoteOutlined fontSize="small" color={mine?.note ? 'primary' : 'inherit'} />
          </IconButton>
        </span>
      </Tooltip>
      {noteOpen && mine && (
        <Dialog open onClose={() => setNoteOpen(false)} fullWidth maxWidth="sm">
          <DialogTitle>{item.title}</DialogTitle>
          <DialogContent>
            <TextField
              label={m.findingNote}
              multiline
              minRows={3}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              autoFocus
              sx={{ mt: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'finding-note' } }}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button color="inherit" onClick={() => setNoteOpen(false)}>
              {common.cancel}
            </Button>
            <Button
              variant="contained"
              disabled={busy}
              onClick={() => void record(mine.finding, note)}
              data-testid="finding-note-save"
            >
              {common.save}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
