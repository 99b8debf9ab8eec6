// The secretary's agenda editor: the proposal (ripe resolutions, soonest deadline first, up to the
// office's limit) to pick from, and the agenda itself to reorder, trim and save. The parent keys
// it by the session's rev, so a saved change starts it afresh from the server's agenda.
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import PlaylistAddOutlined from '@mui/icons-material/PlaylistAddOutlined';
import TipsAndUpdatesOutlined from '@mui/icons-material/TipsAndUpdatesOutlined';
import type { AgendaProposal, SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { StatusChip } from '../../components/StatusChip';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { CountdownChip } from '../desk/CountdownChip';

/** What a row of the agenda shows, whether it came from the saved agenda or the proposal. */
interface Row {
  resolutionId: string;
  title: string;
  councilDisplayName: string;
  incomingNumber: string;
  status: SessionDetail['items'][number]['resolutionStatus'];
  objectionDeadline: string | null;
  ruled: boolean;
}

const rowsOf = (d: SessionDetail): Row[] =>
  d.items
    .filter((i) => i.state === 'pending' || i.state === 'ruled')
    .map((i) => ({
      resolutionId: i.resolutionId,
      title: i.title,
      councilDisplayName: i.councilDisplayName,
      incomingNumber: i.incomingNumber,
      status: i.resolutionStatus,
      objectionDeadline: i.objectionDeadline,
      ruled: i.state === 'ruled',
    }));

export function AgendaEditor({ detail, onChange }: { detail: SessionDetail; onChange: (d: SessionDetail) => void }) {
  const notify = useNotify();
  const saved = useMemo(() => rowsOf(detail), [detail]);
  const [rows, setRows] = useState<Row[]>(saved);
  const [proposal, setProposal] = useState<AgendaProposal | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [underReview, setUnderReview] = useState(false);
  const [busy, setBusy] = useState<'propose' | 'save' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const dirty = rows.map((r) => r.resolutionId).join() !== saved.map((r) => r.resolutionId).join();
  const onAgenda = new Set(rows.map((r) => r.resolutionId));

  const propose = async (includeUnderReview = underReview) => {
    setBusy('propose');
    setError(null);
    try {
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
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const addPicked = () => {
    if (!proposal) return;
    const adds = proposal.items.filter((i) => picked.has(i.resolutionId) && !onAgenda.has(i.resolutionId));
    setRows([
      ...rows,
      ...adds.map((i) => ({
        resolutionId: i.resolutionId,
        title: i.title,
        councilDisplayName: i.councilDisplayName,
        incomingNumber: i.incomingNumber,
        status: i.status,
        objectionDeadline: i.objectionDeadline,
        ruled: false,
      })),
    ]);
    setProposal(null);
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    setRows(next);
  };

  const save = async () => {
    setBusy('save');
    setError(null);
    try {
      const d = await call('sessions.setAgenda', {
        id: detail.session.id,
        rev: detail.session.rev,
        resolutionIds: rows.map((r) => r.resolutionId),
      });
      onChange(d);
      notify(m.agendaSaved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

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
        <Paper variant="outlined" sx={{ p: 1.5, mb: 2, bgcolor: '#f7fafc' }} data-testid="agenda-proposal">
          <Typography variant="subtitle2">{m.proposalTitle}</Typography>
          <Typography variant="caption" color="text.secondary" component="p">
            {m.proposalHint(proposal.items.length, proposal.available)}
          </Typography>
          {proposal.endingBefore > 0 && (
            <Alert severity="warning" sx={{ my: 1 }}>
              {m.endingBefore(proposal.endingBefore)}
            </Alert>
          )}
          {proposal.items.length === 0 ? (
            <Typography variant="body2" sx={{ py: 1 }}>
              {m.proposalEmpty}
            </Typography>
          ) : (
            <List dense disablePadding>
              {proposal.items.map((i) => {
                const already = onAgenda.has(i.resolutionId);
                return (
                  <ListItem key={i.resolutionId} disableGutters sx={{ gap: 1 }} data-testid="proposal-item">
                    <Checkbox
                      size="small"
                      checked={already || picked.has(i.resolutionId)}
                      disabled={already}
                      onChange={(e) => {
                        const next = new Set(picked);
                        if (e.target.checked) next.add(i.resolutionId);
                        else next.delete(i.resolutionId);
                        setPicked(next);
                      }}
                      slotProps={{ input: { 'aria-label': i.title } }}
                    />
                    <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                      <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                        {i.title}
                      </Typography>
                      <Typography variant="caption" color="text.secondary" noWrap component="p">
                        {i.councilDisplayName} · {toFa(i.incomingNumber)}
                      </Typography>
                    </Box>
                    {i.carriedFrom && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={m.carriedFrom(i.carriedFrom.number, i.carriedFrom.year)}
                      />
                    )}
                    {i.status !== 'awaiting_ruling' && <StatusChip status={i.status} />}
                    <CountdownChip
                      daysLeft={i.daysLeft}
                      text={i.countdownFa}
                      date={i.objectionDeadline}
                      label={m.deadline}
                    />
                  </ListItem>
                );
              })}
            </List>
          )}
          <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', mt: 1 }}>
            <Button color="inherit" onClick={() => setProposal(null)}>
              {m.discard}
            </Button>
            <Button
              variant="contained"
              startIcon={<PlaylistAddOutlined />}
              disabled={picked.size === 0}
              onClick={addPicked}
              data-testid="agenda-add-picked"
            >
              {m.addSelected(picked.size)}
            </Button>
          </Box>
        </Paper>
      )}

      {rows.length === 0 ? (
        <Box sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
          <Typography>{m.agendaEmpty}</Typography>
          <Typography variant="body2">{m.agendaEmptyAction}</Typography>
        </Box>
      ) : (
        <List dense disablePadding data-testid="agenda-list">
          {rows.map((r, index) => (
            <ListItem
              key={r.resolutionId}
              disableGutters
              divider={index < rows.length - 1}
              data-testid="agenda-row"
              data-resolution-id={r.resolutionId}
              sx={{ gap: 1, py: 1 }}
            >
              <Typography sx={{ width: 28, textAlign: 'center', fontWeight: 700, color: 'text.secondary' }}>
                {toFa(index + 1)}
              </Typography>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Link
                  component={RouterLink}
                  to={`/resolutions/${encodeURIComponent(r.resolutionId)}`}
                  underline="hover"
                  variant="body2"
                  sx={{ fontWeight: 600 }}
                >
                  {r.title}
                </Link>
                <Typography variant="caption" color="text.secondary" noWrap component="p">
                  {r.councilDisplayName} · {toFa(r.incomingNumber)}
                </Typography>
              </Box>
              {r.status !== 'awaiting_ruling' && <StatusChip status={r.status} />}
              <Tooltip title={m.moveUp}>
                <span>
                  <IconButton size="small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={m.moveUp}>
                    <ArrowUpward fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={m.moveDown}>
                <span>
                  <IconButton
                    size="small"
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={m.moveDown}
                  >
                    <ArrowDownward fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={m.remove}>
                <span>
                  <IconButton
                    size="small"
                    disabled={r.ruled}
                    onClick={() => setRows(rows.filter((x) => x.resolutionId !== r.resolutionId))}
                    aria-label={m.remove}
                    data-testid={`agenda-remove-${r.resolutionId}`}
                  >
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
            </ListItem>
          ))}
        </List>
      )}
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
