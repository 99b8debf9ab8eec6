// The way back above a record's page: the list it was opened from, as a link, and the record.
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';

export function BackCrumbs(p: {
  /** the list's name */
  label: string;
  onBack: () => void;
  testId: string;
  /** the record's title */
  current: string;
  /** a long title is cut to one line */
  noWrap?: boolean;
}) {
  return (
    <Breadcrumbs sx={{ mb: 1.5 }}>
      <Link
        component="button"
        underline="hover"
        color="inherit"
        onClick={p.onBack}
        variant="body2"
        data-testid={p.testId}
      >
        {p.label}
      </Link>
      <Typography variant="body2" color="text.primary" noWrap={p.noWrap} sx={p.noWrap ? { maxWidth: 420 } : undefined}>
        {p.current}
      </Typography>
    </Breadcrumbs>
  );
}
