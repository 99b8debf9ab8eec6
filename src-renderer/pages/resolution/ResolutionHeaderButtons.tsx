// The resolution header's buttons: its conversation (issue 15 item 5) and, while it is only
// received, editing its registration.
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import EditOutlined from '@mui/icons-material/EditOutlined';
import type { Resolution } from '../../../shared/schemas/resolution';
import { useCan } from '../../app/AppInfoContext';
import { conversationsMessages as cm } from '../../messages/conversations';
import { resolutionMessages as m } from '../../messages/resolution';
import { OpenThreadButton } from '../messages/OpenThreadButton';

export function ResolutionHeaderButtons({ r }: { r: Resolution }) {
  const navigate = useNavigate();
  const can = useCan();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <OpenThreadButton target={{ kind: 'resolution', resolutionId: r.id }} label={cm.resolutionThread} />
      {r.status === 'received' && can('resolutions.update') && (
        <Button
          variant="outlined"
          startIcon={<EditOutlined />}
          onClick={() => navigate(`/resolutions/${encodeURIComponent(r.id)}/edit`)}
          data-testid="resolution-edit"
        >
          {m.edit}
        </Button>
      )}
    </Box>
  );
}
