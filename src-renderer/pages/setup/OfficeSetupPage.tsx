// First run: the office's identity and its first admin (officeSetupInput) → office.setup, which
// also signs the admin in; then into the app.
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircle from '@mui/icons-material/CheckCircle';
import type { Office } from '../../../shared/schemas/office';
import { call } from '../../api/client';
import { AppLogo } from '../../components/AppLogo';
import { applyServerErrors } from '../../components/serverErrors';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD, useSubmitShortcut } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { startupMessages as m } from '../../messages/startup';
import { FIELDS, formSchema, type FormInput } from './setupForm';
import { AdminFields, OrganisationFields } from './SetupFields';

export function OfficeSetupPage({ onDone }: { onDone: (office: Office) => void }) {
  const form = useForm<FormInput, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: '',
      organisation: '',
      ministry: 'وزارت کشور',
      province: '',
      county: '',
      code: '',
      admin: { fullName: '', username: '', password: '' },
      adminConfirm: '',
    },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  // a value put in by setValue is not seen by the (uncontrolled) MUI input: keep its label up
  const [suggested, setSuggested] = useState({ organisation: false, name: false });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    async ({ adminConfirm: _, ...values }) => {
      setTopError(null);
      try {
        onDone(await call('office.setup', values));
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, FIELDS));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );
  useSubmitShortcut(() => void submit());

  // Suggest the usual names from the county until the user writes their own.
  const onCountyBlur = () => {
    const county = form.getValues('county').trim();
    if (!county) return;
    const suggest = (field: 'organisation' | 'name', value: string) => {
      if (form.getFieldState(field).isDirty) return;
      form.setValue(field, value, { shouldValidate: form.formState.isSubmitted });
      setSuggested((s) => ({ ...s, [field]: true }));
    };
    suggest('organisation', `فرمانداری شهرستان ${county}`);
    suggest('name', `دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان ${county}`);
  };
  const county = rhfText(form, 'county');

  return (
    <Box
      data-testid="office-setup"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 3,
        background: 'linear-gradient(160deg, #eef3f8 0%, #f7f9fb 55%, #e9f1ee 100%)',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 720 }}>
        <Box sx={{ px: 4, pt: 4, pb: 3, bgcolor: 'primary.main', color: 'primary.contrastText' }}>
          <AppLogo size={44} inverted />
          <Typography variant="h5" component="h1" sx={{ mt: 2.5 }}>
            {m.setupTitle}
          </Typography>
          <Typography sx={{ mt: 1, opacity: 0.9, lineHeight: 1.9 }}>{m.setupIntro}</Typography>
        </Box>
        <CardContent sx={{ p: 4 }}>
          <form ref={formRef} noValidate onSubmit={submit} onKeyDown={enterMovesOn(() => void submit())}>
            {topError && (
              <Alert severity="error" sx={{ mb: 3 }} data-testid="form-error">
                {topError}
              </Alert>
            )}
            <Typography variant="subtitle1" sx={{ mb: 2 }}>
              {m.stepPlace}
            </Typography>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 4 }} {...NAV_FIELD}>
                <TextField label={m.province} required autoFocus {...rhfText(form, 'province')} />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }} {...NAV_FIELD}>
                <TextField
                  label={m.county}
                  required
                  {...county}
                  onBlur={(e) => {
                    void county.onBlur(e);
                    onCountyBlur();
                  }}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }} {...NAV_FIELD}>
                <TextField label={m.code} required {...rhfText(form, 'code', m.codeHelp)} />
              </Grid>
            </Grid>
            <OrganisationFields form={form} suggested={suggested} />
            <AdminFields form={form} />
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 4 }}>
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={isSubmitting}
                data-testid="office-setup-submit"
                startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : <CheckCircle />}
              >
                {isSubmitting ? m.saving : m.submit}
              </Button>
            </Box>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
