// The secretary's agenda editor: the proposal (ripe resolutions, soonest deadline first, up to the
// office's limit) to pick from, and the agenda itself to reorder, trim and save. The parent keys
// it by the session's rev, so a saved change starts it afresh from the server's agenda.
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import TipsAndUpdatesOutlined from '@mui/icons-material/TipsAndUpdatesOutlined';
import type { AgendaProposal, SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { AgendaProposalPanel } from './AgendaProposalPanel';
import { AgendaRows, agendaRowOfProposal, agendaRowsOf, type AgendaRow } from './AgendaRows';

export function AgendaEditor({ detail, onChange }: { detail: SessionDetail; onChange: (d: SessionDetail) => void }) {
  const notify = useNotify();
  const saved = useMemo(() => agendaRowsOf(detail), [detail]);
  const [rows, setRows] = useState<AgendaRow[]>(saved);
  const [proposal, setProposal] = useState<AgendaProposal | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [underReview, setUnderReview] = useState(false);
  const { busy, error, setError, run } = useAction<'propose' | 'save'>();

  const dirty = rows.map((r) => r.resolutionId).join() !== saved.map((r) => r.resolutionId).join();
  const onAgenda = new Set(rows.map((r) => r.resolutionId));

  const propose = (includeUnderReview = underReview) =>
    run('propose', async () => {
      const p = await call('sessions.proposeAgenda', { id: detail.session.id, includeUnderReview });
      setProposal(p);
      // everything not yet on the agenda is picked, up to the limit
      const room = Math.max(0, p.limit - rows.length);
      setPicked(
        new Set(
          p.items
            .filter((i) => !onAgenda.has(i.resolutionId))
            .slice(0, room)
            .map((i) => i.resolutionId),
        ),
      );
    });

  const addPicked = () => {
    if (!proposal) return;
    const adds = proposal.items.filter((i) => picked.has(i.resolutionId) && !onAgenda.has(i.resolutionId));
    setRows([...rows, ...adds.map(agendaRowOfProposal)]);
    setProposal(null);
  };

  const save = () =>
    run('save', async () => {
      const d = await call('sessions.setAgenda', {
        id: detail.session.id,
        rev: detail.session.rev,
        resolutionIds: rows.map((r) => r.resolutionId),
      });
      onChange(d);
      notify(m.agendaSaved);
    });

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="agenda-editor">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', flexGrow: 1 }}>
          {m.agenda} ({toFa(rows.length)}/{toFa(detail.agendaLimit)})
        </Typography>
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={underReview}
              onChange={(e) => {
                setUnderReview(e.target.checked);
                if (proposal) void propose(e.target.checked);
              }}
              data-testid="agenda-under-review"
            />
          }
          label={<Typography variant="body2">{m.includeUnderReview}</Typography>}
        />
        <Button
          variant="outlined"
          startIcon={busy === 'propose' ? <CircularProgress size={16} /> : <TipsAndUpdatesOutlined />}
          onClick={() => void propose()}
          disabled={busy !== null}
          data-testid="agenda-propose"
        >
          {m.propose}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {m.agendaHint(detail.agendaLimit)}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} data-testid="agenda-error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}

      {proposal && (
        <AgendaProposalPanel
          proposal={proposal}
          onAgenda={onAgenda}
          picked={picked}
          setPicked={setPicked}
          onDiscard={() => setProposal(null)}
          onAdd={addPicked}
        />
      )}

      <AgendaRows rows={rows} setRows={setRows} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 2 }}>
        {dirty && (
          <Typography variant="body2" color="warning.dark" sx={{ flexGrow: 1 }}>
            {m.agendaDirty}
          </Typography>
        )}
        <Box sx={{ flexGrow: dirty ? 0 : 1 }} />
        {dirty && (
          <Button color="inherit" onClick={() => setRows(saved)} disabled={busy !== null}>
            {m.discard}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={!dirty || busy !== null}
          startIcon={busy === 'save' ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="agenda-save"
        >
          {m.saveAgenda}
        </Button>
      </Box>
    </Paper>
  );
}
