// One agenda item waiting for the member's finding, as a card that reads on a phone: its deadline,
// the resolution's text on demand, three large finding buttons (the sessions' own action) and the
// member's private note.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import { FINDINGS, type FindingCode } from '../../../shared/schemas/session';
import type { WorkspaceItem } from '../../../shared/schemas/workspace';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useNotify } from '../../app/Notifier';
import { dateFa } from '../../format/fa';
import { membersMessages as m } from '../../messages/members';
import { CountdownChip } from '../desk/CountdownChip';
import { NoteField } from './NoteField';

const COLOR: Record<FindingCode, 'success' | 'error' | 'warning'> = {
  no_conflict: 'success',
  conflict: 'error',
  partial_conflict: 'warning',
};

function ResolutionText({ id }: { id: string }) {
  const { data } = useCall('resolutions.get', { id });
  return (
    <Typography
      variant="body2"
      sx={{ whiteSpace: 'pre-wrap', bgcolor: 'grey.50', p: 1.5, borderRadius: 1, lineHeight: 2 }}
      data-testid="resolution-text"
    >
      {data ? data.text : m.loadingText}
    </Typography>
  );
}

export function WaitingItemCard({ item, onRecorded }: { item: WorkspaceItem; onRecorded: () => void }) {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const record = async (finding: FindingCode) => {
    setBusy(true);
    try {
      await call('sessions.recordFinding', { itemId: item.itemId, finding });
      notify(m.findingSaved);
      onRecorded();
    } catch (e) {
      notify(errorText(e), 'error');
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} data-testid={`waiting-${item.itemId}`}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600, flex: '1 1 200px', minWidth: 0 }}>{item.title}</Typography>
        <CountdownChip daysLeft={item.daysLeft} text={item.countdownFa} date={item.deadline} label={m.deadline} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {item.councilDisplayName} · {m.incoming(item.incomingNumber)} ·{' '}
        {m.inSession(item.sessionNumber, item.sessionYear)} · {m.deadline}: {dateFa(item.deadline)}
      </Typography>
      <Box>
        <Button
          startIcon={<ArticleOutlined />}
          onClick={() => setOpen(!open)}
          sx={{ minHeight: 44 }}
          data-testid={`show-text-${item.itemId}`}
        >
          {open ? m.hideText : m.showText}
        </Button>
      </Box>
      <Collapse in={open} unmountOnExit>
        <ResolutionText id={item.resolutionId} />
      </Collapse>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1 }}>
        {FINDINGS.map((f) => (
          <Button
            key={f.code}
            variant="outlined"
            color={COLOR[f.code]}
            disabled={busy}
            onClick={() => void record(f.code)}
            sx={{ minHeight: 48, px: 0.5 }}
            data-testid={`ws-finding-${item.itemId}-${f.code}`}
          >
            {f.label}
          </Button>
        ))}
      </Box>
      <NoteField sessionId={item.sessionId} itemId={item.itemId} label={m.myNote} />
    </Paper>
  );
}
