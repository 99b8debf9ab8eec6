// پشتیبان‌گیری: back up now (to a USB disk), the backups kept on this computer, and restore with
// a check first. For the admin and the secretariat; restoring is the admin's alone.
import { useState } from 'react';
import Box from '@mui/material/Box';
import type { BackupCheck } from '../../../shared/schemas/backup';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { backupMessages as m } from '../../messages/backup';
import { BackupList } from './BackupList';
import { BackupNow } from './BackupNow';
import { RestorePanel } from './RestorePanel';

export function BackupPage() {
  const list = useCall('backup.list', {});
  const [folder, setFolder] = useState('');
  const [check, setCheck] = useState<BackupCheck | null>(null);
  if (!list.data) {
    if (list.error !== null) return <LoadError error={list.error} onRetry={list.reload} sx={{}} />;
    return <PageSkeleton />;
  }
  return (
    <Box data-testid="backup-page">
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <BackupNow onTaken={list.reload} />
      <BackupList
        list={list.data}
        onCheck={(f) => {
          setFolder(f);
          setCheck(null);
          document.querySelector('[data-testid="backup-restore"]')?.scrollIntoView({ behavior: 'smooth' });
        }}
      />
      <RestorePanel folder={folder} onFolder={setFolder} check={check} onCheck={setCheck} />
    </Box>
  );
}
