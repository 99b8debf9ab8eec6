// «بررسی و رأی»: the submitted expert opinions, the panel's rulings (a correction shown with the
// ruling it corrects) and what passed between the secretariat, the council, the dispute board
// and the court.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { Correspondence } from './Correspondence';
import { useLifecycle } from './LifecycleContext';
import { OpinionView, RulingView } from './RecordViews';
import { Section } from './recordParts';

/** The «بررسی و رأی» card; nothing until there is something to show. */
export function ReviewRecords() {
  const { review, records } = useLifecycle();
  const opinions = review?.opinions.filter((o) => o.status === 'submitted') ?? [];
  const rulings = records?.rulings ?? [];
  const corresponded = Boolean(
    records &&
    (records.letters.length || records.answers.length || records.referrals.length || records.courtRulings.length),
  );
  const parts: ReactNode[] = [];
  if (opinions.length)
    parts.push(
      <Section key="opinions" title={m.opinions} testId="opinions">
        {opinions.map((o) => (
          <OpinionView key={o.id} o={o} />
        ))}
      </Section>,
    );
  if (rulings.length)
    parts.push(
      <Section key="rulings" title={m.rulings} testId="rulings">
        {rulings.map((x) => (
          <RulingView key={x.id} x={x} />
        ))}
      </Section>,
    );
  if (corresponded) parts.push(<Correspondence key="correspondence" />);
  if (!parts.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="review-records">
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {m.reviewAndRulings}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2.5 }}>
        {parts.map((p, i) => (
          <Box key={i} sx={{ display: 'grid', gap: 2.5 }}>
            {i > 0 && <Divider />}
            {p}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
