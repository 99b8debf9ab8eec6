// A quiet placeholder in the shape of a form or a details page while it loads.
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';

export function PageSkeleton({ sections = 3, testId = 'page-loading' }: { sections?: number; testId?: string }) {
  return (
    <Box data-testid={testId} aria-busy="true">
      <Skeleton variant="text" width={260} height={44} />
      <Skeleton variant="text" width={420} sx={{ mb: 2 }} />
      {Array.from({ length: sections }, (_, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 2.5, mb: 2 }}>
          <Skeleton variant="text" width={140} sx={{ mb: 1.5 }} />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 2 }}>
            {Array.from({ length: 4 }, (__, j) => (
              <Skeleton key={j} variant="rounded" height={40} />
            ))}
          </Box>
        </Paper>
      ))}
    </Box>
  );
}
