// The resolution page's header (ResolutionPage.tsx): the way back to the register, the title and
// status, the council and the receipt date, the resolution it replaces, and the header's buttons.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import type { Resolution } from '../../../shared/schemas/resolution';
import { BackCrumbs } from '../../components/BackCrumbs';
import { StatusChip } from '../../components/StatusChip';
import { useBack } from '../../components/useBack';
import { dateLongFa } from '../../format/fa';
import { registerMessages } from '../../messages/register';
import { resolutionMessages as m } from '../../messages/resolution';
import { ResolutionHeaderButtons } from './ResolutionHeaderButtons';

export function ResolutionHeader({ r }: { r: Resolution }) {
  const back = useBack('/register');
  return (
    <>
      <BackCrumbs label={registerMessages.title} onBack={back} testId="breadcrumb-register" current={r.title} noWrap />
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1" data-testid="resolution-title">
              {r.title}
            </Typography>
            <StatusChip status={r.status} size="medium" />
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, color: 'text.secondary' }}>
            <AccountBalanceOutlined fontSize="small" />
            <Typography data-testid="resolution-council">{r.councilDisplayName}</Typography>
            <Typography variant="body2">
              · {m.receiptDate} {dateLongFa(r.receiptDate)}
            </Typography>
          </Box>
          {r.supersedesId && (
            <Link
              component={RouterLink}
              to={`/resolutions/${encodeURIComponent(r.supersedesId)}`}
              variant="body2"
              sx={{ mt: 1, display: 'inline-block' }}
            >
              {m.supersedes} — {m.viewSupersedes}
            </Link>
          )}
        </Box>
        <ResolutionHeaderButtons r={r} />
      </Box>
    </>
  );
}
