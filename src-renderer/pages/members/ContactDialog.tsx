// The secretary edits one person's phone and email; the core's Persian refusals show on the fields.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { Contact } from '../../../shared/schemas/contact';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { common } from '../../messages/common';
import { membersMessages as m } from '../../messages/members';

function fieldErrors(e: unknown): Record<string, string> {
  const fields = (e as { fields?: Record<string, string> } | null)?.fields;
  return fields ?? {};
}

export function ContactDialog({
  contact,
  onClose,
  onSaved,
}: {
  contact: Contact;
  onClose: () => void;
  onSaved: () => void;
}) {
  const notify = useNotify();
  const [phone, setPhone] = useState(contact.phone);
  const [email, setEmail] = useState(contact.email);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await call('contacts.update', { userId: contact.userId, phone, email });
      notify(m.contactSaved);
      onSaved();
    } catch (e) {
      setErrors(fieldErrors(e));
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" data-testid="contact-dialog">
      <DialogTitle>{contact.fullName}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
        <TextField
          label={m.phone}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={Boolean(errors.phone)}
          helperText={errors.phone}
          slotProps={{ htmlInput: { 'data-testid': 'contact-phone', inputMode: 'tel', dir: 'ltr' } }}
        />
        <TextField
          label={m.email}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={Boolean(errors.email)}
          helperText={errors.email}
          slotProps={{ htmlInput: { 'data-testid': 'contact-email', inputMode: 'email', dir: 'ltr' } }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button color="inherit" onClick={onClose} sx={{ minHeight: 44 }}>
          {common.cancel}
        </Button>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => void save()}
          sx={{ minHeight: 44 }}
          data-testid="contact-save"
        >
          {common.save}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
