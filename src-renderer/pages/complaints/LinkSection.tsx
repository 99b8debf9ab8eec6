// The complaint's resolution: search the register and link one, or register the resolution from
// the complaint when it never arrived from the council.
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Complaint } from '../../../shared/schemas/complaint';
import type { ResolutionRow } from '../../../shared/schemas/resolution';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useAction } from '../../api/useAction';
import { complaintsMessages as m } from '../../messages/complaints';

interface Props {
  c: Complaint;
  editable: boolean;
  onChanged: () => void;
}

export function LinkSection({ c, editable, onChanged }: Props) {
  const navigate = useNavigate();
  const [q, setQ] = useState(c.resolutionNumber);
  const [picked, setPicked] = useState<ResolutionRow | null>(null);
  const found = useCall('resolutions.list', editable ? { pageSize: 20, filter: { q: q || undefined } } : null);
  const action = useAction<'link' | 'unlink'>();
  const link = async (resolutionId: string | null) => {
    const done = await action.run(resolutionId ? 'link' : 'unlink', () =>
      call('complaints.link', { id: c.id, resolutionId }),
    );
    if (done) onChanged();
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="complaint-link">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
        {m.linkedTo}
      </Typography>
      {c.resolution ? (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Link
            component={RouterLink}
            to={`/resolutions/${encodeURIComponent(c.resolution.id)}`}
            data-testid="complaint-resolution"
          >
            {c.resolution.incomingNumber} — {c.resolution.title}
          </Link>
          {editable && (
            <Button size="small" color="inherit" disabled={!!action.busy} onClick={() => void link(null)}>
              {m.unlink}
            </Button>
          )}
        </Box>
      ) : (
        <Typography color="text.secondary">{m.notLinked}</Typography>
      )}
      {editable && !c.resolution && (
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Autocomplete
            sx={{ flex: '1 1 320px' }}
            options={found.data?.rows ?? []}
            loading={found.loading}
            value={picked}
            onChange={(_e, v) => setPicked(v)}
            inputValue={q}
            onInputChange={(_e, v, reason) => reason !== 'reset' && setQ(v)}
            filterOptions={(x) => x}
            getOptionLabel={(r) =>
              `${r.incomingNumber} — ${r.title} (${r.councilDisplayName}، ${r.councilResolutionNumber})`
            }
            isOptionEqualToValue={(a, b) => a.id === b.id}
            renderInput={(p) => <TextField {...p} label={m.searchResolution} size="small" />}
            data-testid="complaint-search"
          />
          <Button
            variant="contained"
            disabled={!picked || !!action.busy}
            onClick={() => picked && void link(picked.id)}
            data-testid="complaint-link-button"
          >
            {m.link}
          </Button>
          <Button
            variant="outlined"
            onClick={() => navigate(`/complaints/${encodeURIComponent(c.id)}/register`)}
            data-testid="complaint-register"
          >
            {m.registerFrom}
          </Button>
        </Box>
      )}
      {action.error && <Alert severity="error">{action.error}</Alert>}
    </Box>
  );
}
