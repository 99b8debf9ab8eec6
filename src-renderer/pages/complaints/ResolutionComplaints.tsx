// Beside a resolution: the citizens' complaints linked to it, for the expert, the panel and the
// secretariat (nothing is shown when there are none).
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { instantFa } from '../../format/fa';
import { complaintsMessages as m } from '../../messages/complaints';

export function ResolutionComplaints({ resolutionId }: { resolutionId: string }) {
  const can = useCan();
  const list = useCall('complaints.ofResolution', { resolutionId });
  if (!list.data?.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 1.5 }} data-testid="resolution-complaints">
      <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark' }}>
        {m.beside} ({list.data.length.toLocaleString('fa-IR')})
      </Typography>
      {list.data.map((c) => (
        <Box key={c.id} sx={{ borderInlineStart: 3, borderColor: 'warning.light', ps: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {instantFa(c.submittedAt)} — {m.status[c.status]}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{c.grounds}</Typography>
          {c.answer && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {m.answer}: {c.answer.text}
            </Typography>
          )}
          {can('complaints.get') && (
            <Link component={RouterLink} to={`/complaints/${encodeURIComponent(c.id)}`} variant="body2">
              {m.openInList}
            </Link>
          )}
        </Box>
      ))}
    </Paper>
  );
}
