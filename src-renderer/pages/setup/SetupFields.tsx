// The office's organisation and its first admin, two steps of the first-run form (OfficeSetupPage.tsx).
import type { UseFormReturn } from 'react-hook-form';
import Divider from '@mui/material/Divider';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ltrField } from '../../app/ltrField';
import { NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { startupMessages as m } from '../../messages/startup';
import { withShrink, type FormInput } from './setupForm';

type SetupForm = UseFormReturn<FormInput, unknown, unknown>;

export function OrganisationFields({
  form,
  suggested,
}: {
  form: SetupForm;
  /** the names suggested from the county, whose labels stay up */
  suggested: { organisation: boolean; name: boolean };
}) {
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Typography variant="subtitle1" sx={{ mb: 2 }}>
        {m.stepOrganisation}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={12} {...NAV_FIELD}>
          <TextField label={m.name} required {...withShrink(rhfText(form, 'name', m.nameHelp), suggested.name)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }} {...NAV_FIELD}>
          <TextField
            label={m.organisation}
            required
            {...withShrink(rhfText(form, 'organisation', m.organisationHelp), suggested.organisation)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }} {...NAV_FIELD}>
          <TextField label={m.ministry} {...rhfText(form, 'ministry')} />
        </Grid>
      </Grid>
    </>
  );
}

export function AdminFields({ form }: { form: SetupForm }) {
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Typography variant="subtitle1" sx={{ mb: 0.5 }}>
        {m.stepAdmin}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, lineHeight: 1.9 }}>
        {m.adminIntro}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }} {...NAV_FIELD}>
          <TextField label={m.adminFullName} required {...rhfText(form, 'admin.fullName')} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }} {...NAV_FIELD}>
          <TextField
            label={m.adminUsername}
            required
            autoComplete="username"
            {...ltrField(rhfText(form, 'admin.username', m.adminUsernameHelp))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }} {...NAV_FIELD}>
          <TextField
            label={m.adminPassword}
            type="password"
            required
            autoComplete="new-password"
            {...ltrField(rhfText(form, 'admin.password', m.adminPasswordHelp))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }} {...NAV_FIELD}>
          <TextField
            label={m.adminConfirm}
            type="password"
            required
            autoComplete="new-password"
            {...ltrField(rhfText(form, 'adminConfirm'))}
          />
        </Grid>
      </Grid>
    </>
  );
}
