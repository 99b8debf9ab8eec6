// The resolution's own words beside a form that judges them (an opinion, an objection), so the
// writer can quote a clause without closing the form (issue 11).
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { toFa } from '../../format/fa';
import { citationsMessages as m } from '../../messages/citations';

export function ResolutionTextAside({
  title,
  council,
  number,
  text,
}: {
  title: string;
  council: string;
  number: string;
  text: string;
}) {
  return (
    <Box data-testid="resolution-text-aside">
      <Typography variant="overline" color="text.secondary">
        {m.resolutionText}
      </Typography>
      <Typography variant="subtitle2" sx={{ fontWeight: 700 }}>
        {title}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {council} · {toFa(number)}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', lineHeight: 2, textAlign: 'justify' }}>
        {text}
      </Typography>
    </Box>
  );
}
