// The public complaint page (issue 14 item 7): file a complaint about a council's resolution, or
// follow one by its tracking code. No account; the server counts what each address does.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { ComplaintForm } from './ComplaintForm';
import { TrackPanel } from './TrackPanel';

export function ComplaintPage() {
  const [tab, setTab] = useState<'file' | 'track'>(() => (location.hash === '#track' ? 'track' : 'file'));
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 4 }, px: { xs: 1, sm: 2 } }}>
      <Stack spacing={2} sx={{ maxWidth: 820, mx: 'auto' }}>
        <Box>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            شکایت از مصوبات شوراهای اسلامی
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 0.5 }}>
            اگر مصوبه‌ای از شورای شهر یا روستا را مغایر قانون می‌دانید، شکایت خود را برای هیأت تطبیق مصوبات شهرستان
            بفرستید و پاسخ را با کد پیگیری ببینید.
          </Typography>
        </Box>
        <Paper sx={{ px: { xs: 1.5, sm: 3 }, pb: 3 }}>
          <Tabs value={tab} onChange={(_e, v: 'file' | 'track') => setTab(v)} sx={{ mb: 2 }}>
            <Tab value="file" label="ثبت شکایت" data-testid="tab-file" />
            <Tab value="track" label="پیگیری با کد" data-testid="tab-track" />
          </Tabs>
          {tab === 'file' ? <ComplaintForm onTrack={() => setTab('track')} /> : <TrackPanel />}
        </Paper>
      </Stack>
    </Box>
  );
}
