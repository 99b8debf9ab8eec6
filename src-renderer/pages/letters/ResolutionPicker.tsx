// The resolution a new letter is about (NewLetterDialog.tsx): searched among those in a state that
// lets the letter go out, and the one the dialog was opened from, loaded as a row.
import { useEffect, useMemo, useRef, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { statusLabel, type StatusCode } from '../../../shared/domain/statuses';
import { resolutionRow, type ResolutionRow } from '../../../shared/schemas/resolution';
import { useCall } from '../../api/useCall';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';

const resolutionLabel = (r: Pick<ResolutionRow, 'councilResolutionNumber' | 'councilDisplayName' | 'title'>) =>
  `${toFa(r.councilResolutionNumber)} — ${r.councilDisplayName} — ${r.title}`;

/** The preset resolution, once loaded, as the row the picker shows. */
export function usePresetResolution(id: string | undefined, set: (r: ResolutionRow) => void) {
  const presetResolution = useCall('resolutions.get', id ? { id } : null);
  const setRef = useRef(set);
  setRef.current = set;
  useEffect(() => {
    const r = presetResolution.data;
    // the row's fields of the resolution (an object schema keeps only its own keys)
    if (r) setRef.current(resolutionRow.parse(r));
  }, [presetResolution.data]);
}

export function ResolutionPicker({
  statuses,
  value,
  onChange,
}: {
  statuses: StatusCode[];
  value: ResolutionRow | null;
  onChange: (r: ResolutionRow | null) => void;
}) {
  const [q, setQ] = useState('');
  const resolutions = useCall('resolutions.list', { pageSize: 30, filter: { status: statuses, q: q || undefined } });
  const options = useMemo(() => {
    const rows = resolutions.data?.rows ?? [];
    return value && !rows.some((r) => r.id === value.id) ? [value, ...rows] : rows;
  }, [resolutions.data, value]);

  return (
    <Autocomplete
      data-testid="new-letter-resolution"
      options={options}
      value={value}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, v, reason) => reason === 'input' && setQ(v)}
      filterOptions={(x) => x}
      getOptionLabel={resolutionLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={resolutions.loading}
      noOptionsText={m.newNoResolutions}
      renderInput={(params) => (
        <TextField
          {...params}
          label={m.newResolution}
          placeholder={m.searchResolutions}
          helperText={
            statuses.length ? m.newResolutionHint(statuses.map((s) => `«${statusLabel(s)}»`).join(' یا ')) : undefined
          }
        />
      )}
    />
  );
}
