// Where the complaint goes: the province, the county's panel secretariat, and the council (one the
// server knows for that office, or one typed by name).
import { useEffect, useState } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Box from '@mui/material/Box';
import { api } from '../api';
import type { PlaceTree, PublicCouncil } from '../../src-server/public/complaintPlaces';
import type { FieldName, Fields } from './useComplaintForm';

const OTHER = '__other';

interface Props {
  f: Fields;
  set: (patch: Partial<Fields>) => void;
  errors: Partial<Record<FieldName, string>>;
}

export function PlaceFields({ f, set, errors }: Props) {
  const [tree, setTree] = useState<PlaceTree | null>(null);
  const [councils, setCouncils] = useState<PublicCouncil[]>([]);
  const [other, setOther] = useState(false);
  useEffect(() => {
    api<PlaceTree>('GET', '/public/api/complaints/places').then(setTree, () => setTree({ provinces: [] }));
  }, []);
  useEffect(() => {
    setCouncils([]);
    if (f.officeId)
      api<PublicCouncil[]>('GET', `/public/api/complaints/councils?office=${encodeURIComponent(f.officeId)}`).then(
        setCouncils,
        () => setCouncils([]),
      );
  }, [f.officeId]);

  const province = tree?.provinces.find((p) => p.name === f.province);
  const county = province?.counties.find((c) => c.name === f.county);
  const pickCounty = (name: string) => {
    const offices = province?.counties.find((c) => c.name === name)?.offices ?? [];
    set({ county: name, officeId: offices.length === 1 ? offices[0].id : '', councilId: '', councilName: '' });
  };
  const select = { select: true, fullWidth: true } as const;

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <TextField
        {...select}
        label="استان"
        value={f.province}
        onChange={(e) => set({ province: e.target.value, county: '', officeId: '', councilId: '' })}
        slotProps={{ htmlInput: { 'data-testid': 'province' } }}
      >
        {(tree?.provinces ?? []).map((p) => (
          <MenuItem key={p.name} value={p.name}>
            {p.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label="شهرستان"
        value={f.county}
        disabled={!province}
        onChange={(e) => pickCounty(e.target.value)}
        error={!!errors.officeId}
        helperText={errors.officeId}
      >
        {(province?.counties ?? []).map((c) => (
          <MenuItem key={c.name} value={c.name}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      {county && county.offices.length > 1 && (
        <TextField
          {...select}
          label="دبیرخانهٔ هیأت تطبیق"
          value={f.officeId}
          onChange={(e) => set({ officeId: e.target.value })}
        >
          {county.offices.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        {...select}
        label="شورا"
        value={other ? OTHER : f.councilId}
        disabled={!f.officeId}
        onChange={(e) => {
          const isOther = e.target.value === OTHER;
          setOther(isOther);
          set({ councilId: isOther ? '' : e.target.value, councilName: '' });
        }}
        error={!other && !!errors.councilName}
        helperText={!other ? errors.councilName : undefined}
      >
        {councils.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
        <MenuItem value={OTHER}>شورای دیگری (نام آن را بنویسید)</MenuItem>
      </TextField>
      {other && (
        <TextField
          label="نام شورا"
          value={f.councilName}
          onChange={(e) => set({ councilName: e.target.value })}
          error={!!errors.councilName}
          helperText={errors.councilName}
        />
      )}
    </Box>
  );
}
