// شبکهٔ دفتر (issue 15 item 1): the admin turns the office network on, shows members the address
// and its QR code with the fingerprints to match on first connection, and sees who is connected.
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { networkMessages as m } from '../../messages/network';
import { LanSwitch } from './LanSwitch';
import { LanAddresses } from './LanAddresses';
import { ConnectedSessions } from './ConnectedSessions';

export function NetworkPage() {
  const status = useCall('lan.status', {});
  if (!status.data) {
    if (status.error !== null) return <LoadError error={status.error} onRetry={status.reload} sx={{}} />;
    return <PageSkeleton />;
  }
  return (
    <Box data-testid="network-page">
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <Stack spacing={2}>
        <LanSwitch status={status.data} onChanged={status.reload} />
        {status.data.running && <LanAddresses status={status.data} />}
        <ConnectedSessions />
      </Stack>
    </Box>
  );
}
