// The frame of a form dialog: the dialog around a form whose server errors land on its fields
// (dialogForm.ts), and a grid of cells (FormCells.tsx). Its parts are exported here too.
import { type ReactNode } from 'react';

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { common } from '../messages/common';
import { enterMovesOn } from './formKeys';

import type { FormFrame } from './dialogForm';

export { useDialogForm, useDialogSubmit, type DialogSubmitOptions, type FormFrame } from './dialogForm';
export { Cell, DateCell, TextCell } from './FormCells';
export { SelectCell, SwitchCell } from './FormChoiceCells';

export interface FormDialogProps extends FormFrame {
  title: string;
  testId: string;
  submitTestId: string;
  submitLabel?: string;
  onClose: () => void;
  /** shown under the top error, above the intro (e.g. an info Alert) */
  notice?: ReactNode;
  intro?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** the grid's columns; two equal ones unless told */
  columns?: string;
  /** a long form: Escape does not close it either, only «انصراف» */
  guarded?: boolean;
  /** more buttons before the submit button (e.g. «ذخیرهٔ پیش‌نویس») */
  extraActions?: ReactNode;
  /** shown beside the form and kept in view while it scrolls (e.g. the text being judged) */
  aside?: ReactNode;
  children: ReactNode;
}

/** The text beside the form, and the form; on a phone the text comes first, above the form. */
const ASIDE_COLUMNS = 'minmax(0, 2fr) minmax(0, 3fr)';

export function FormDialog(p: FormDialogProps) {
  return (
    <Dialog
      open
      // a stray click beside the dialog, or Escape in a long form, must not throw away what was typed
      onClose={(_, reason) => {
        if (p.busy || reason === 'backdropClick' || (p.guarded && reason === 'escapeKeyDown')) return;
        p.onClose();
      }}
      fullWidth
      maxWidth={p.maxWidth ?? 'sm'}
      data-testid={p.testId}
    >
      {/* a column that shrinks, so a long form scrolls inside its content and the buttons stay in view;
          on a phone's full screen it grows, so the buttons sit at the bottom */}
      <form
        ref={p.formRef}
        noValidate
        style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 }}
        onSubmit={(e) => {
          e.preventDefault();
          p.submit();
        }}
        onKeyDown={enterMovesOn(p.submit)}
      >
        <DialogTitle>{p.title}</DialogTitle>
        <DialogContent>
          {p.topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {p.topError}
            </Alert>
          )}
          {p.notice}
          {p.intro && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {p.intro}
            </Typography>
          )}
          <Box
            sx={
              p.aside
                ? { display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: ASIDE_COLUMNS }, gap: 3 }
                : {}
            }
          >
            {p.aside && (
              <Box
                component="aside"
                sx={{
                  position: { xs: 'static', sm: 'sticky' },
                  top: 0,
                  alignSelf: 'start',
                  maxHeight: '62vh',
                  overflowY: 'auto',
                  bgcolor: 'grey.50',
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 2,
                  p: 2,
                  mt: 1,
                }}
              >
                {p.aside}
              </Box>
            )}
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: p.columns ?? 'repeat(2, minmax(0, 1fr))',
                gap: 2,
                pt: 1,
                alignContent: 'start',
              }}
            >
              {p.children}
            </Box>
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {/* no focus change on press: a field's blur would show its error, move this button and
              swallow the click */}
          <Button onClick={p.onClose} onMouseDown={(e) => e.preventDefault()} color="inherit" disabled={p.busy}>
            {common.cancel}
          </Button>
          {p.extraActions}
          <Button
            type="submit"
            variant="contained"
            disabled={p.busy}
            data-testid={p.submitTestId}
            startIcon={p.busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {p.submitLabel ?? common.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
