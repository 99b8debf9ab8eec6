// «تاریخچه»: the resolution's audit events (audit.history) as a timeline, newest first. Events one
// action wrote together (the ruling, then the state change it caused) are one entry: the state
// change names it, the records it wrote are listed under it. Drafts of an opinion stay out.
import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useCall } from '../../api/useCall';
import { errorText } from '../../api/errorText';
import { instantFa } from '../../format/fa';
import { lifecycleMessages as m } from '../../messages/lifecycle';
import { groupEvents } from './timelineEntries';

export function Timeline({ resolutionId, rev }: { resolutionId: string; rev: number }) {
  const history = useCall('audit.history', { resolutionId }, `${resolutionId}:${rev}`);
  const entries = useMemo(() => groupEvents(history.data ?? []), [history.data]);
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="timeline">
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {m.timeline}
      </Typography>
      {history.error ? (
        <Alert severity="error">{errorText(history.error)}</Alert>
      ) : !history.data ? (
        <Skeleton variant="rounded" height={96} />
      ) : entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {m.timelineEmpty}
        </Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {entries.map((e, i) => (
            <Box
              component="li"
              key={e.id}
              data-testid="timeline-event"
              sx={{ position: 'relative', pl: 3, pb: i === entries.length - 1 ? 0 : 2 }}
            >
              {/* the rail and its dot */}
              <Box
                sx={{
                  position: 'absolute',
                  insetInlineStart: 5,
                  top: 6,
                  bottom: i === entries.length - 1 ? 'auto' : -6,
                  height: i === entries.length - 1 ? 0 : 'auto',
                  borderInlineStart: 2,
                  borderColor: 'divider',
                }}
              />
              <Box
                sx={{
                  position: 'absolute',
                  insetInlineStart: 0,
                  top: 5,
                  width: 12,
                  height: 12,
                  borderRadius: '50%',
                  bgcolor: e.system ? 'warning.main' : i === 0 ? 'primary.main' : 'grey.400',
                }}
              />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {e.title}
              </Typography>
              {e.details.length > 0 && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {e.details.join('، ')}
                </Typography>
              )}
              {e.changes.map((c) => (
                <Typography key={c} variant="caption" component="div" data-testid="timeline-change">
                  {c}
                </Typography>
              ))}
              <Typography variant="caption" color="text.secondary" component="div">
                {e.actorName} · {instantFa(e.at)}
              </Typography>
              {e.reason && (
                <Typography variant="body2" sx={{ mt: 0.5 }} color="text.secondary">
                  {m.reason}: {e.reason}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
