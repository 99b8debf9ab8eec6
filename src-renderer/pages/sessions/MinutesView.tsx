// صورتجلسه: the record of a held session as the letters issue will print it — who attended, and
// for each item the council, the resolution's number and title, the tally and the outcome.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { WEEKDAYS_FA, weekdayOf } from '../../../shared/dates/jalali';
import { itemStateLabel, outcomeLabel, sessionTitle, type MinutesItem } from '../../../shared/schemas/session';
import { useCall } from '../../api/useCall';
import { errorText } from '../../api/errorText';
import { dateLongFa, toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';

function Tally({ item }: { item: MinutesItem }) {
  const t = item.tally;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2">{m.tallyAgainst(t.conflict + t.partial)}</Typography>
      <Typography variant="body2">{m.tallyInFavour(t.noConflict + t.systemNoConflict, t.systemNoConflict)}</Typography>
    </Box>
  );
}

const outcomeColor = (i: MinutesItem) =>
  i.outcome === 'objected' ? 'error.main' : i.outcome === 'compliant' ? 'success.dark' : 'warning.dark';

export function MinutesView({ sessionId }: { sessionId: string }) {
  const { data, error } = useCall('sessions.minutes', { id: sessionId });
  if (error) return <Alert severity="error">{errorText(error)}</Alert>;
  if (!data) return <Skeleton variant="rounded" height={240} />;
  const { session, attendance, items, summary, quorum, office } = data;
  const names = (present: boolean) =>
    attendance
      .filter((a) => a.present === present)
      .map((a) => (a.title ? `${a.fullName} (${a.title})` : a.fullName))
      .join('، ') || m.minutesNone;
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 } }} data-testid="minutes">
      <Box sx={{ textAlign: 'center', mb: 3 }}>
        <Typography variant="body2" color="text.secondary">
          {office.organisation}
        </Typography>
        <Typography variant="h6" component="h2">
          {m.minutesOf(sessionTitle(session))}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {WEEKDAYS_FA[weekdayOf(session.date)]} {dateLongFa(session.date)} · {m.at(session.time)} · {session.place}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 0.75, mb: 3 }}>
        <Typography variant="body2">
          <b>{m.minutesPresent}:</b> {names(true)}
        </Typography>
        <Typography variant="body2">
          <b>{m.minutesAbsent}:</b> {names(false)}
        </Typography>
        <Typography variant="body2" color={quorum.met ? 'text.secondary' : 'warning.dark'}>
          {quorum.met ? m.minutesQuorum(quorum.present, quorum.required) : m.minutesNoQuorum}
        </Typography>
      </Box>
      <Table size="small" sx={{ '& th': { fontWeight: 700, bgcolor: 'action.hover' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{m.minutesRow}</TableCell>
            <TableCell>{m.minutesCouncil}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.minutesNumber}</TableCell>
            <TableCell>{m.minutesTitle}</TableCell>
            <TableCell>{m.minutesTally}</TableCell>
            <TableCell>{m.minutesOutcome}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((i) => (
            <TableRow key={i.resolutionId} data-testid="minutes-item">
              <TableCell>{toFa(i.position)}</TableCell>
              <TableCell sx={{ minWidth: 160 }}>{i.councilDisplayName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{toFa(i.councilResolutionNumber)}</TableCell>
              <TableCell sx={{ minWidth: 200 }}>{i.title}</TableCell>
              <TableCell>
                <Tally item={i} />
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 700, color: outcomeColor(i) }}>
                  {i.outcome ? outcomeLabel(i.outcome) : itemStateLabel(i.state)}
                </Typography>
                {i.note && (
                  <Typography variant="caption" color="text.secondary">
                    {i.note}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography sx={{ mt: 2 }} data-testid="minutes-summary">
        {m.minutesSummary(summary.ruled, summary.compliant, summary.objected, summary.carriedOver)}
      </Typography>
    </Paper>
  );
}
