// When a dashboard's figures were computed, and how long ago: costly figures (a whole country) are
// kept and computed again in the background every few minutes (the server's rollups), so the page
// says how old they are, and that fresher ones are on their way when they are past ten minutes.
import Typography from '@mui/material/Typography';
import { t } from '../messages';
import { dateLongFa, instantFa } from '../../src-renderer/format/fa';
import { numFa } from './format';

/** Kept figures older than this are being computed again (the server's DEFAULT_ROLLUP.maxAgeMs). */
const LATE_MS = 10 * 60_000;

export function ageFa(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t.computed.justNow;
  if (minutes < 60) return t.computed.minutesAgo(numFa(minutes));
  return t.computed.hoursAgo(numFa(Math.floor(minutes / 60)));
}

export function ComputedNote({ period, asOf, computedAt }: { period: string; asOf: string; computedAt: string }) {
  const age = Math.max(0, Date.now() - Date.parse(computedAt));
  return (
    <Typography color="text.secondary" data-testid="computed-at">
      {t.computed.figures(period, dateLongFa(asOf))}، {t.computed.at(instantFa(computedAt), ageFa(age))}
      {age > LATE_MS && ` — ${t.computed.refreshing}`}
    </Typography>
  );
}
