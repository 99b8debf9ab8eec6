// The admin's enrollment form (syncEnrollInput): the ministry server's address and the one-time
// code. The core checks both with the server; a refusal lands on the field it is about.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import { syncEnrollInput, type SyncStatus } from '../../../shared/schemas/sync';
import { call } from '../../api/client';
import { useDialogForm } from '../../components/FormDialog';
import { enterMovesOn, NAV_FIELD } from '../../components/formKeys';
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
  const { form, submit, topError, formRef } = useDialogForm({
    schema: syncEnrollInput,
    defaults: { serverUrl: serverUrl ?? '', code: '' },
    fields: FIELDS,
    run: (v) => call('sync.enroll', v),
    success: null,
    onDone: (v, status) => {
      form.reset({ serverUrl: status.serverUrl ?? v.serverUrl, code: '' });
      onEnrolled(status);
    },
  });
  const { isSubmitting } = form.formState;

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
