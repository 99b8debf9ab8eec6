// One complaint in the list: its code, status, council and resolution, the start of its grounds.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ComplaintSummary } from '../../../shared/schemas/complaint';
import { formatTrackingCode } from '../../../shared/complaints/input';
import { dateFa, instantFa } from '../../format/fa';
import { complaintsMessages as m } from '../../messages/complaints';

const COLOR = { new: 'warning', linked: 'info', answered: 'success' } as const;

export function ComplaintCard({ c, onOpen }: { c: ComplaintSummary; onOpen: () => void }) {
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, display: 'grid', gap: 1 }}
      data-testid="complaint-row"
      data-code={c.trackingCode}
    >
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={COLOR[c.status]} label={m.status[c.status]} data-testid="complaint-status" />
        <Typography sx={{ fontWeight: 700 }}>{c.councilName}</Typography>
        <Typography color="text.secondary">
          {c.resolutionNumber && `${m.resolutionNumber} ${c.resolutionNumber}`}
          {c.resolutionDate && ` — ${dateFa(c.resolutionDate)}`}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Typography variant="body2" color="text.secondary" dir="ltr">
          {formatTrackingCode(c.trackingCode)}
        </Typography>
      </Box>
      <Typography sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
        {c.grounds}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {m.submittedAt}: {instantFa(c.submittedAt)}
        </Typography>
        {c.resolution && (
          <Typography variant="body2" color="text.secondary">
            {m.linkedTo}: {c.resolution.incomingNumber} — {c.resolution.title}
          </Typography>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Button size="small" variant="outlined" onClick={onOpen} data-testid="complaint-open">
          {m.open}
        </Button>
      </Box>
    </Paper>
  );
}
