// One complaint: what the citizen wrote and attached, its link to a resolution of the register,
// and the office's answer. Linking and answering are the secretary's; the admin only reads.
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { PageSkeleton } from '../../components/PageSkeleton';
import { LoadError } from '../../components/LoadError';
import { complaintsMessages as m } from '../../messages/complaints';
import { ComplaintFacts } from './ComplaintFacts';
import { LinkSection } from './LinkSection';
import { AnswerSection } from './AnswerSection';

interface Props {
  id: string;
  onClose: () => void;
  onChanged: () => void;
}

export function ComplaintDialog({ id, onClose, onChanged }: Props) {
  const can = useCan();
  const c = useCall('complaints.get', { id });
  const changed = () => {
    c.reload();
    onChanged();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="complaint-dialog">
      <DialogTitle>{m.dialogTitle}</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
        {c.error ? (
          <LoadError error={c.error} onRetry={c.reload} testId="complaint-error" sx={{}} />
        ) : !c.data ? (
          <PageSkeleton />
        ) : (
          <>
            <ComplaintFacts c={c.data} />
            <Divider />
            <LinkSection c={c.data} editable={can('complaints.link')} onChanged={changed} />
            <Divider />
            <AnswerSection c={c.data} editable={can('complaints.answer')} onChanged={changed} />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{m.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
