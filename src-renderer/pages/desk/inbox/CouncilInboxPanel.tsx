// «مصوبات الکترونیکی رسیده» on the desk (issue 14): what councils submitted in their portal and the
// office's sync brought, each with its deadline counting from the server's receipt; the secretary
// registers one with one confirmation, or links it to the same resolution typed by hand.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import type { InboxItem } from '../../../../shared/schemas/councilInbox';
import { countdownFa } from '../../../../shared/deadlines/calculator';
import { call } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { useCan } from '../../../app/AppInfoContext';
import { dateFa } from '../../../format/fa';
import { inboxMessages as m } from '../../../messages/councilInbox';
import { CountdownChip } from '../CountdownChip';
import { InboxRegisterDialog } from './InboxRegisterDialog';

export function CouncilInboxPanel({ onChanged, onCount }: { onChanged: () => void; onCount: (n: number) => void }) {
  const { data, reload } = useCall('councilInbox.list', {});
  const can = useCan();
  const navigate = useNavigate();
  const [open, setOpen] = useState<InboxItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => onCount(data?.length ?? 0), [data, onCount]);
  if (!data?.length) return null;
  const done = (id: string) => {
    setOpen(null);
    reload();
    onChanged();
    navigate(`/resolutions/${id}`);
  };
  const link = (item: InboxItem) =>
    void call('councilInbox.link', { id: item.id, resolutionId: item.sameAs!.id }).then(
      (r) => done(r.id),
      (e: Error) => setError(e.message),
    );

  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: 'primary.main' }} data-testid="council-inbox">
      <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', fontWeight: 700 }}>
        {m.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {m.intro(data.length)}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 1 }}>
        {data.map((item) => (
          <Box
            key={item.id}
            data-testid="inbox-item"
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) auto auto' },
              gap: 1.5,
              alignItems: 'center',
              p: 1,
              borderRadius: 1,
              bgcolor: 'grey.50',
            }}
          >
            <Box sx={{ minWidth: 0 }}>
              <Typography sx={{ fontWeight: 700 }}>{item.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {item.councilDisplayName} — {m.number(item.councilResolutionNumber)} —{' '}
                {m.receipt(item.receiptNumber, dateFa(item.receiptDate))}
              </Typography>
              {item.sameAs && (
                <Typography variant="body2" color="warning.dark">
                  {m.sameAs(item.sameAs.incomingNumber)}
                </Typography>
              )}
              {!item.pdfReady && (
                <Typography variant="body2" color="error">
                  {m.pdfMissing}
                </Typography>
              )}
            </Box>
            <CountdownChip
              daysLeft={item.daysLeft}
              text={countdownFa(item.objectionDeadline, new Date())}
              date={item.objectionDeadline}
              label={m.deadline}
            />
            {can('councilInbox.register') &&
              (item.sameAs ? (
                <Button variant="outlined" onClick={() => link(item)} data-testid="inbox-link">
                  {m.link}
                </Button>
              ) : (
                <Button
                  variant="contained"
                  onClick={() => setOpen(item)}
                  disabled={!item.pdfReady}
                  data-testid="inbox-register"
                >
                  {m.register}
                </Button>
              ))}
          </Box>
        ))}
      </Box>
      {open && <InboxRegisterDialog item={open} onClose={() => setOpen(null)} onDone={(r) => done(r.id)} />}
    </Paper>
  );
}
