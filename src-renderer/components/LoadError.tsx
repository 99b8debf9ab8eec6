// A screen's data did not load: the reason in Persian and «تلاش دوباره». Nothing while there is no error.
import type { SxProps, Theme } from '@mui/material/styles';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { errorText } from '../api/errorText';
import { common } from '../messages/common';

export function LoadError({
  error,
  onRetry,
  testId,
  sx = { mb: 2 },
}: {
  /** what the call threw (useCall's `error`); null or undefined: nothing to show */
  error: unknown;
  onRetry: () => void;
  testId?: string;
  sx?: SxProps<Theme>;
}) {
  if (error === null || error === undefined) return null;
  return (
    <Alert
      severity="error"
      sx={sx}
      data-testid={testId}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {common.retry}
        </Button>
      }
    >
      {errorText(error)}
    </Alert>
  );
}
