// The panel's calendar: one Jalali month (weeks start on Saturday), each day with its sessions,
// and the sessions to come beneath it.
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import {
  JALALI_MONTHS,
  WEEKDAYS_FA,
  addDays,
  fromJalali,
  jalaliMonthLength,
  jalaliParts,
  weekdayOf,
} from '../../../shared/dates/jalali';
import type { DeskSession } from '../../../shared/schemas/desk';
import type { SessionSummary } from '../../../shared/schemas/session';
import { useCall } from '../../api/useCall';
import { toFa } from '../../format/fa';
import { deskMessages as m } from '../../messages/desk';
import { CalendarDay, FRIDAY } from './CalendarDay';
import { UpcomingSessions } from './UpcomingSessions';
import { TipButton } from '../../components/TipButton';

function monthDays(year: number, month: number) {
  const first = fromJalali(year, month, 1);
  const length = jalaliMonthLength(year, month);
  const lead = weekdayOf(first);
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 0; d < length; d++) cells.push(addDays(first, d));
  while (cells.length % 7) cells.push(null);
  return { first, last: addDays(first, length - 1), cells };
}

const step = ({ year, month }: { year: number; month: number }, by: 1 | -1) => {
  const m0 = month - 1 + by;
  return { year: year + Math.floor(m0 / 12), month: (((m0 % 12) + 12) % 12) + 1 };
};

export function SessionCalendar({ today, upcoming }: { today: string; upcoming: DeskSession[] }) {
  const [shown, setShown] = useState(() => {
    const p = jalaliParts(today);
    return { year: p.year, month: p.month };
  });
  const { first, last, cells } = useMemo(() => monthDays(shown.year, shown.month), [shown]);
  const sessions = useCall('sessions.list', { from: first, to: last, limit: 100 });
  const byDay = useMemo(() => {
    const map = new Map<string, SessionSummary[]>();
    for (const s of [...(sessions.data ?? [])].reverse()) map.set(s.date, [...(map.get(s.date) ?? []), s]);
    return map;
  }, [sessions.data]);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="session-calendar">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1, color: 'primary.dark' }}>
          {m.calendar}
        </Typography>
        <TipButton title={m.prevMonth} size="small" onClick={() => setShown(step(shown, -1))} testId="calendar-prev">
          <ChevronRight />
        </TipButton>
        <Typography sx={{ fontWeight: 700, minWidth: 96, textAlign: 'center' }} data-testid="calendar-month">
          {JALALI_MONTHS[shown.month - 1]} {toFa(shown.year)}
        </Typography>
        <TipButton title={m.nextMonth} size="small" onClick={() => setShown(step(shown, 1))} testId="calendar-next">
          <ChevronLeft />
        </TipButton>
        <Button
          size="small"
          onClick={() => setShown({ year: jalaliParts(today).year, month: jalaliParts(today).month })}
        >
          {m.thisMonth}
        </Button>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}>
        {WEEKDAYS_FA.map((w, i) => (
          <Typography
            key={w}
            variant="caption"
            sx={{ textAlign: 'center', fontWeight: 700, color: i === FRIDAY ? 'error.main' : 'text.secondary' }}
          >
            {w.slice(0, 1)}
          </Typography>
        ))}
        {cells.map((day, i) => {
          if (!day) return <Box key={`pad-${i}`} />;
          return <CalendarDay key={day} day={day} today={today} sessions={byDay.get(day) ?? []} />;
        })}
      </Box>

      <UpcomingSessions upcoming={upcoming} />
      <Link component={RouterLink} to="/sessions" variant="body2" sx={{ display: 'inline-block', mt: 1.5 }}>
        {m.allSessions}
      </Link>
    </Paper>
  );
}
