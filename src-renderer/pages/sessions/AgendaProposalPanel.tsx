// The proposal to pick from: ripe resolutions, soonest deadline first, with what is already on
// the agenda ticked and fixed.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PlaylistAddOutlined from '@mui/icons-material/PlaylistAddOutlined';
import type { AgendaProposal } from '../../../shared/schemas/session';
import { StatusChip } from '../../components/StatusChip';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { CountdownChip } from '../desk/CountdownChip';

export function AgendaProposalPanel({
  proposal,
  onAgenda,
  picked,
  setPicked,
  onDiscard,
  onAdd,
}: {
  proposal: AgendaProposal;
  onAgenda: Set<string>;
  picked: Set<string>;
  setPicked: (picked: Set<string>) => void;
  onDiscard: () => void;
  onAdd: () => void;
}) {
  return (
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
        <Button color="inherit" onClick={onDiscard}>
          {m.discard}
        </Button>
        <Button
          variant="contained"
          startIcon={<PlaylistAddOutlined />}
          disabled={picked.size === 0}
          onClick={onAdd}
          data-testid="agenda-add-picked"
        >
          {m.addSelected(picked.size)}
        </Button>
      </Box>
    </Paper>
  );
}
