// The small parts of the «بررسی و رأی» card (ReviewRecords.tsx): a titled section, a quoted clause,
// the grounds and legal references cited, and a labelled line.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { objectionGroundLabel } from '../../../../shared/domain/objectionGrounds';
import { useLifecycle } from './LifecycleContext';

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Box data-testid={testId} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function Quote({ children }: { children: ReactNode }) {
  return (
    <Typography
      component="blockquote"
      variant="body2"
      sx={{
        m: 0,
        px: 1.5,
        py: 0.75,
        borderInlineStart: 3,
        borderColor: 'divider',
        bgcolor: 'action.hover',
        whiteSpace: 'pre-wrap',
      }}
    >
      {children}
    </Typography>
  );
}

export function Citations({ grounds, referenceIds }: { grounds: readonly string[]; referenceIds: readonly string[] }) {
  const { references } = useLifecycle();
  return (
    <>
      {grounds.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
          {grounds.map((g) => (
            <Chip key={g} size="small" label={objectionGroundLabel(g)} color="error" variant="outlined" />
          ))}
        </Box>
      )}
      {referenceIds.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.25 }}>
          {referenceIds.map((id) => (
            <Typography component="li" variant="body2" key={id}>
              {references.find((x) => x.id === id)?.text ?? id}
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}:{' '}
      </Box>
      {children}
    </Typography>
  );
}
