// Adding a province (ministry), a county or an office: the choices are the places the admin's
// scope covers; the server checks the scope again and answers in Persian.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { api } from '../api';
import type { Places } from '../types';
import { FormDialog } from './FormDialog';
import { a } from './messages';
import { byName, SelectField } from './SelectField';

export type PlaceKind = 'province' | 'county' | 'office';

const TITLES: Record<PlaceKind, string> = {
  province: a.offices.addProvince,
  county: a.offices.addCounty,
  office: a.offices.addOffice,
};

export function PlaceDialog({
  kind,
  places,
  onClose,
  onDone,
}: {
  kind: PlaceKind | null;
  places: Places | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [v, setV] = useState({ province: '', county: '', name: '', code: '' });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value, ...(k === 'province' ? { county: '' } : {}) }));
  const provinces = places?.provinces ?? [];
  const counties = provinces.find((p) => p.name === v.province)?.counties ?? [];
  const submit = async () => {
    if (kind === 'province') await api('POST', '/console/api/admin/provinces', { name: v.name });
    if (kind === 'county') await api('POST', '/console/api/admin/counties', { province: v.province, name: v.name });
    if (kind === 'office')
      await api('POST', '/console/api/admin/offices', {
        code: v.code,
        name: v.name,
        province: v.province,
        county: v.county,
      });
    setV({ province: '', county: '', name: '', code: '' });
    onDone();
  };
  const ready =
    !!v.name.trim() && (kind === 'province' || !!v.province) && (kind !== 'office' || (!!v.county && !!v.code));
  return (
    <FormDialog
      title={kind ? TITLES[kind] : ''}
      open={kind !== null}
      onClose={onClose}
      onSubmit={submit}
      canSubmit={ready}
    >
      {kind !== 'province' && (
        <SelectField
          label={a.place.province}
          value={v.province}
          onChange={set('province')}
          choices={byName(provinces)}
          testId="place-province"
        />
      )}
      {kind === 'office' && (
        <SelectField
          label={a.place.county}
          value={v.county}
          onChange={set('county')}
          choices={byName(counties)}
          testId="place-county"
        />
      )}
      {kind === 'office' && (
        <TextField
          label={a.place.officeCode}
          helperText={a.place.officeCodeHelp}
          value={v.code}
          onChange={set('code')}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'place-code' } }}
        />
      )}
      <TextField
        label={kind === 'province' ? a.place.provinceName : kind === 'county' ? a.place.countyName : a.place.officeName}
        value={v.name}
        onChange={set('name')}
        slotProps={{ htmlInput: { 'data-testid': 'place-name' } }}
      />
    </FormDialog>
  );
}
