// The panel's contacts as cards (they read on a phone): each member and the secretariat, with a
// phone to call and an email to write to; the secretary edits them.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CallOutlined from '@mui/icons-material/CallOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import { roleLabel } from '../../../shared/lifecycle/roles';
import type { Contact } from '../../../shared/schemas/contact';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { LoadError } from '../../components/LoadError';
import { toFa } from '../../format/fa';
import { membersMessages as m } from '../../messages/members';
import { ContactDialog } from './ContactDialog';

function Line({ icon, href, text }: { icon: React.ReactNode; href: string | null; text: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 44 }}>
      {icon}
      {href ? (
        <Link href={href} dir="ltr" underline="hover">
          {text}
        </Link>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {m.notRecorded}
        </Typography>
      )}
    </Box>
  );
}

export function ContactsPage() {
  const can = useCan();
  const { data, error, reload } = useCall('contacts.list', {});
  const [editing, setEditing] = useState<Contact | null>(null);
  return (
    <Box sx={{ maxWidth: 760, mx: 'auto', width: '100%', display: 'grid', gap: 1.5 }} data-testid="contacts-page">
      <Typography variant="h5" component="h1">
        {m.contactsTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {m.contactsHint}
      </Typography>
      <LoadError error={error} onRetry={reload} />
      {data?.map((c) => (
        <Paper key={c.userId} variant="outlined" sx={{ p: 2 }} data-testid={`contact-${c.userId}`}>
          <Typography sx={{ fontWeight: 600 }}>{c.fullName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {c.title || roleLabel(c.role, c.isChair)}
          </Typography>
          <Line
            icon={<CallOutlined fontSize="small" />}
            href={c.phone ? `tel:${c.phone.replace(/\s|-/g, '')}` : null}
            text={toFa(c.phone)}
          />
          <Line icon={<MailOutlined fontSize="small" />} href={c.email ? `mailto:${c.email}` : null} text={c.email} />
          {can('contacts.update') && (
            <Button onClick={() => setEditing(c)} sx={{ minHeight: 44 }} data-testid={`contact-edit-${c.userId}`}>
              {m.editContact}
            </Button>
          )}
        </Paper>
      ))}
      {editing && (
        <ContactDialog
          contact={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Box>
  );
}
