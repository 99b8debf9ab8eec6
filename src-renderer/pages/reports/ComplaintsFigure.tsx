// Citizens' complaints in the period: how many the ministry's public form brought, and how many the
// office answered (issue 14).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { numFa } from '../../format/fa';
import { complaintsMessages as m } from '../../messages/complaints';
import { StatCards } from './StatCards';

export function ComplaintsFigure({ c }: { c: { received: number; answered: number } }) {
  return (
    <Box sx={{ mt: 2 }} data-testid="report-complaints">
      <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', mb: 1 }}>
        {m.reportTitle}
      </Typography>
      <StatCards
        stats={[
          { key: 'complaints-received', label: m.reportReceived, value: numFa(c.received) },
          { key: 'complaints-answered', label: m.reportAnswered, value: numFa(c.answered) },
        ]}
      />
    </Box>
  );
}
