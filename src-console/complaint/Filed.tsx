// The complaint was filed: its tracking code, large, to write down.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { formatTrackingCode } from '../../shared/complaints/input';

export function Filed({ code, onTrack }: { code: string; onTrack: () => void }) {
  return (
    <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }} data-testid="complaint-filed">
      <Alert severity="success" sx={{ width: '100%' }}>
        شکایت شما ثبت شد و در همگام‌سازی بعدی به دبیرخانهٔ هیأت تطبیق شهرستان می‌رسد.
      </Alert>
      <Typography>کد پیگیری شما:</Typography>
      <Typography
        dir="ltr"
        data-testid="tracking-code"
        data-code={code}
        sx={{
          fontSize: { xs: 26, sm: 34 },
          fontWeight: 700,
          letterSpacing: 2,
          bgcolor: 'grey.100',
          px: 2,
          borderRadius: 1,
        }}
      >
        {formatTrackingCode(code)}
      </Typography>
      <Typography color="text.secondary">
        این کد را یادداشت کنید؛ پاسخ هیأت را فقط با همین کد می‌توانید ببینید و راه دیگری برای یافتن شکایت نیست.
      </Typography>
      <Button variant="outlined" onClick={onTrack}>
        پیگیری شکایت
      </Button>
    </Box>
  );
}
