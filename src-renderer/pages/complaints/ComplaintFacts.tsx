// What the citizen sent: council, resolution, grounds, who and how to reach them, the attachment.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import type { Complaint } from '../../../shared/schemas/complaint';
import { formatTrackingCode } from '../../../shared/complaints/input';
import { call } from '../../api/client';
import { blobFromBase64, downloadBlob } from '../../api/files';
import { dateFa, instantFa, sizeFa, toFa } from '../../format/fa';
import { complaintsMessages as m } from '../../messages/complaints';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{children || '—'}</Typography>
    </Box>
  );
}

export function ComplaintFacts({ c }: { c: Complaint }) {
  const open = async () => {
    if (!c.file) return;
    const content = await call('complaints.file', { id: c.id });
    downloadBlob(blobFromBase64(content.dataBase64, c.file.mimeType), c.file.name);
  };
  return (
    <Box
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' } }}
      data-testid="complaint-facts"
    >
      <Fact label={m.code}>
        <span dir="ltr">{formatTrackingCode(c.trackingCode)}</span>
      </Fact>
      <Fact label={m.council}>{c.councilName}</Fact>
      <Fact label={m.submittedAt}>{instantFa(c.submittedAt)}</Fact>
      <Fact label={m.resolutionNumber}>{c.resolutionNumber}</Fact>
      <Fact label={m.resolutionDate}>{c.resolutionDate ? dateFa(c.resolutionDate) : ''}</Fact>
      <Fact label={m.resolutionText}>{c.resolutionText}</Fact>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Fact label={m.grounds}>{c.grounds}</Fact>
      </Box>
      <Fact label={m.complainant}>{c.complainantName}</Fact>
      <Fact label={m.contact}>
        <span dir="ltr">{c.contactKind === 'phone' ? toFa(c.contact) : c.contact}</span>
      </Fact>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {m.file}
        </Typography>
        {!c.file ? (
          <Typography>—</Typography>
        ) : c.file.held ? (
          <Button size="small" startIcon={<AttachFile />} onClick={() => void open()} data-testid="complaint-file">
            {c.file.name} ({sizeFa(c.file.size)})
          </Button>
        ) : (
          <Typography color="text.secondary">{m.fileNotHeld}</Typography>
        )}
      </Box>
    </Box>
  );
}
