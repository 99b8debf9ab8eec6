// The calendar beside a typed date field: picking a day fills the field with that date.
import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Popover from '@mui/material/Popover';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar';
import { dateFromIso, isoFromDate } from '../../format/calendarDate';
import { dates } from '../../messages/dates';

export function CalendarButton(props: {
  value: string | null;
  minDate?: string;
  maxDate?: string;
  disabled?: boolean;
  onPick: (iso: string) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const min = dateFromIso(props.minDate);
  const max = dateFromIso(props.maxDate);
  return (
    <InputAdornment position="end">
      <IconButton
        size="small"
        edge="end"
        tabIndex={-1}
        aria-label={dates.openCalendar}
        disabled={props.disabled}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <CalendarMonthOutlined fontSize="small" />
      </IconButton>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <DateCalendar
          value={dateFromIso(props.value)}
          {...(min ? { minDate: min } : {})}
          {...(max ? { maxDate: max } : {})}
          onChange={(next, state) => {
            const iso = isoFromDate(next);
            if (!iso) return;
            props.onPick(iso);
            if (state === 'finish') setAnchor(null);
          }}
        />
      </Popover>
    </InputAdornment>
  );
}
