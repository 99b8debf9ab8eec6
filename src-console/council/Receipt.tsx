// The receipt of a submission, as a printable page (the browser prints it or saves it as PDF, with
// the page's own Persian font and shaping): receipt number, the server's instant and the legal
// receipt date it makes, the resolution, and the minutes' fingerprint.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { categoryLabel } from '../../shared/domain/categories';
import { formatInstant, formatJalali } from '../../shared/dates/jalali';
import { toPersianDigits } from '../../shared/text/persian';
import { cm } from './messages';
import type { CouncilMe, Submission } from './types';

const PRINT_CSS = '@media print { .no-print { display: none !important; } body { background: #fff; } }';

export function Receipt({ submission: s, me, onBack }: { submission: Submission; me: CouncilMe; onBack: () => void }) {
  const rows: [string, string][] = [
    [cm.receiptNumber, toPersianDigits(s.receiptNumber)],
    [cm.receivedAt, formatInstant(s.receivedAt, { digits: 'fa' })],
    [cm.receiptDate, formatJalali(s.receiptDate)],
    [cm.council, me.account.councilName],
    [cm.number, toPersianDigits(s.record.councilResolutionNumber)],
    [cm.sessionNumber, toPersianDigits(s.record.councilSessionNumber)],
    [cm.sessionDate, formatJalali(s.record.councilSessionDate)],
    [cm.approvalDate, formatJalali(s.record.approvalDate)],
    [cm.titleField, s.record.title],
    [cm.category, categoryLabel(s.record.category)],
    [cm.secretary, s.record.submittedBy],
    [cm.state, s.registered ? cm.registeredShort : cm.received],
  ];
  return (
    <Box>
      <style>{PRINT_CSS}</style>
      <Stack direction="row" className="no-print" sx={{ gap: 1, mb: 2 }}>
        <Button variant="contained" onClick={() => window.print()} data-testid="print-receipt">
          {cm.print}
        </Button>
        <Button onClick={onBack}>{cm.back}</Button>
      </Stack>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 }, maxWidth: 800, mx: 'auto' }} data-testid="receipt">
        <Typography variant="h5" sx={{ fontWeight: 700, textAlign: 'center', mb: 1 }}>
          {cm.receiptTitle}
        </Typography>
        <Typography sx={{ textAlign: 'center', mb: 3 }} color="text.secondary">
          {me.account.officeName}
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'minmax(8rem, auto) 1fr' },
            columnGap: 2,
            rowGap: { xs: 0.25, sm: 1 },
            m: 0,
            '& dt': { mt: { xs: 1, sm: 0 } },
          }}
        >
          {rows.map(([k, v]) => (
            <Box key={k} sx={{ display: 'contents' }}>
              <Typography component="dt" sx={{ fontWeight: 700 }}>
                {k}
              </Typography>
              <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                {v}
              </Typography>
            </Box>
          ))}
          <Typography component="dt" sx={{ fontWeight: 700 }}>
            {cm.fileHash}
          </Typography>
          <Typography
            component="dd"
            dir="ltr"
            sx={{ m: 0, fontFamily: 'monospace', fontSize: 12, overflowWrap: 'anywhere' }}
          >
            {s.record.pdfSha256}
          </Typography>
        </Box>
        <Typography sx={{ mt: 3 }} variant="body2">
          {cm.receiptNote}
        </Typography>
      </Paper>
    </Box>
  );
}
