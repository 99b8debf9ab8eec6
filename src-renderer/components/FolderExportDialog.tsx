// The dialog of an export the core writes into a folder the user chooses (a letter's Word copy,
// the register as Excel): what it makes, the folder, the refusal or the file made, and the
// export's own parts (progress) and buttons.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { FolderField } from '../pages/backup/FolderField';

export interface FolderExportTexts {
  title: string;
  intro: string;
  folder: string;
  done: string;
  inFolder: string;
}

export function FolderExportDialog({
  testId,
  texts,
  open,
  onClose,
  folder,
  onFolder,
  error,
  doneName,
  children,
  actions,
}: {
  /** prefix of the parts' test ids: `<testId>-dialog`, `-folder`, `-error`, `-done` */
  testId: string;
  texts: FolderExportTexts;
  open: boolean;
  onClose: () => void;
  folder: string;
  onFolder: (v: string) => void;
  error: string | null;
  /** the file made, once made */
  doneName: string | null;
  children?: ReactNode;
  actions: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={`${testId}-dialog`}>
      <DialogTitle>{texts.title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {texts.intro}
        </Typography>
        <Box sx={{ display: 'flex', mb: 2 }}>
          <FolderField label={texts.folder} value={folder} onChange={onFolder} testId={`${testId}-folder`} />
        </Box>
        {error && (
          <Alert severity="error" data-testid={`${testId}-error`}>
            {error}
          </Alert>
        )}
        {children}
        {doneName && (
          <Alert severity="success" data-testid={`${testId}-done`}>
            {texts.done} <bdi>{doneName}</bdi>
            <br />
            {texts.inFolder} <bdi dir="ltr">{folder.trim()}</bdi>
          </Alert>
        )}
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
}
