// «نامه‌ها» on a resolution's page: a button per letter kind its current state lets go out (for
// those who draft letters), each opening the letters page's new-letter dialog already filled, and
// the letters about it in the register.
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { KIND_ALLOWED_STATUSES, LETTER_KIND_CODES, letterKindLabel } from '../../../shared/letters/kinds';
import type { Resolution } from '../../../shared/schemas/resolution';
import { useCan } from '../../app/AppInfoContext';
import { lettersMessages as m } from '../../messages/letters';
import { RelatedLetters } from '../letters/RelatedLetters';

export function ResolutionLetters({ r }: { r: Resolution }) {
  const navigate = useNavigate();
  const can = useCan();
  // the core refuses to issue any other kind in this state: do not offer it
  const kinds = can('letters.createDraft')
    ? LETTER_KIND_CODES.filter((k) => KIND_ALLOWED_STATUSES[k]?.includes(r.status))
    : [];
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {kinds.length > 0 && (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            {kinds.map((k) => (
              <Button
                key={k}
                variant="outlined"
                startIcon={<PostAddOutlined />}
                onClick={() => navigate(`/letters?${new URLSearchParams({ new: k, resolution: r.id })}`)}
                data-testid={`new-letter-${k}`}
              >
                {m.issueOfKind[k] ?? letterKindLabel(k)}
              </Button>
            ))}
          </Box>
          <Typography variant="caption" color="text.secondary">
            {m.issueHint}
          </Typography>
        </Box>
      )}
      <RelatedLetters
        filter={{ resolutionId: r.id }}
        reloadKey={`${r.id}:${r.rev}`}
        empty={m.relatedEmpty}
        testId="resolution-letter-list"
      />
    </Box>
  );
}
