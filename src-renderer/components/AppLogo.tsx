// The app's mark: a balance in a rounded tile, with «تطبیق» beside it.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import BalanceOutlined from '@mui/icons-material/BalanceOutlined';
import { common } from '../messages/common';

export function AppLogo({
  size = 40,
  withName = true,
  inverted = false,
}: {
  size?: number;
  withName?: boolean;
  inverted?: boolean;
}) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <Box
        sx={{
          width: size,
          height: size,
          borderRadius: size / 4,
          display: 'grid',
          placeItems: 'center',
          bgcolor: inverted ? 'rgba(255,255,255,0.16)' : 'primary.main',
          color: 'primary.contrastText',
          flexShrink: 0,
        }}
      >
        <BalanceOutlined sx={{ fontSize: size * 0.6 }} />
      </Box>
      {withName && (
        <Typography component="span" sx={{ fontWeight: 800, fontSize: size * 0.55, lineHeight: 1 }}>
          {common.appName}
        </Typography>
      )}
    </Box>
  );
}
