// One report figure: its title, the chart, and the same numbers as a table beside it (below it
// on a narrow window).
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function Figure({
  title,
  chart,
  table,
  note,
  wide = false,
  testId,
}: {
  title: string;
  chart?: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  /** a wide table goes under its chart, across the whole width */
  wide?: boolean;
  testId?: string;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2, breakInside: 'avoid' }} data-testid={testId}>
      <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', mb: 1 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: chart && !wide ? { xs: '1fr', lg: 'minmax(0, 5fr) minmax(0, 6fr)' } : '1fr',
        }}
      >
        <Box sx={{ overflowX: 'auto', order: wide ? 2 : 1 }}>{table}</Box>
        {chart && <Box sx={{ minWidth: 0, order: wide ? 1 : 2, maxWidth: wide ? 760 : undefined }}>{chart}</Box>}
      </Box>
      {note && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          {note}
        </Typography>
      )}
    </Paper>
  );
}
