// The admin's enrollment form (syncEnrollInput): the ministry server's address and the one-time
// code. The core checks both with the server; a refusal lands on the field it is about.
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import { syncEnrollInput, type SyncEnrollInput, type SyncStatus } from '../../../shared/schemas/sync';
import { call } from '../../api/client';
import { applyServerErrors } from '../../components/serverErrors';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { ltrField } from '../../app/ltrField';
import { syncMessages as m } from '../../messages/sync';

const FIELDS = ['serverUrl', 'code'] as const;

export function EnrollForm({
  serverUrl,
  onEnrolled,
}: {
  serverUrl: string | null;
  onEnrolled: (s: SyncStatus) => void;
}) {
  const form = useForm<SyncEnrollInput>({
    resolver: zodResolver(syncEnrollInput),
    defaultValues: { serverUrl: serverUrl ?? '', code: '' },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    async (v) => {
      setTopError(null);
      try {
        const status = await call('sync.enroll', v);
        form.reset({ serverUrl: status.serverUrl ?? v.serverUrl, code: '' });
        onEnrolled(status);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, FIELDS));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      onKeyDown={enterMovesOn(() => void submit())}
      data-testid="enroll-form"
    >
      {topError && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
          {topError}
        </Alert>
      )}
      <Box
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr auto' }, gap: 2, alignItems: 'start' }}
      >
        <Box {...NAV_FIELD}>
          <TextField
            label={m.serverUrl}
            required
            fullWidth
            autoComplete="url"
            {...ltrField(rhfText(form, 'serverUrl', m.serverUrlHelp))}
          />
        </Box>
        <Box {...NAV_FIELD}>
          <TextField
            label={m.code}
            required
            fullWidth
            autoComplete="off"
            {...ltrField(rhfText(form, 'code', m.codeHelp))}
          />
        </Box>
        <Button
          type="submit"
          variant="contained"
          disabled={isSubmitting}
          data-testid="enroll-submit"
          sx={{ mt: 1 }}
          startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {m.enroll}
        </Button>
      </Box>
    </form>
  );
}
