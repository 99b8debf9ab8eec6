// The headline figures of a report as a row of cards.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export interface Stat {
  key: string;
  label: string;
  value: string;
  tone?: 'good' | 'bad' | 'warn';
}

const COLORS = { good: 'success.main', bad: 'error.main', warn: 'warning.dark' } as const;

export function StatCards({ stats }: { stats: Stat[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        // on a phone two to a row, so no label is cut to a few letters
        gridTemplateColumns: {
          xs: 'repeat(2, minmax(0, 1fr))',
          sm: 'repeat(3, minmax(0, 1fr))',
          md: `repeat(${stats.length}, minmax(0, 1fr))`,
        },
      }}
    >
      {stats.map((s) => (
        <Paper key={s.key} variant="outlined" sx={{ p: 1.5 }} data-testid={`stat-${s.key}`}>
          <Typography variant="body2" color="text.secondary" noWrap>
            {s.label}
          </Typography>
          <Typography variant="h5" sx={{ fontWeight: 700, color: s.tone ? COLORS[s.tone] : 'text.primary' }}>
            {s.value}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
