// What the register records about an issued letter: number, date, who issued it, how it was
// signed, its prints, and the hashes its QR code and file carry.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { letterKindLabel, letterStatusLabel } from '../../../shared/letters/kinds';
import type { Letter } from '../../../shared/schemas/letter';
import { dateFa, instantFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';

function Fact({ label, children, mono = false }: { label: string; children: React.ReactNode; mono?: boolean }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: '140px 1fr',
        gap: 1,
        py: 0.75,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="body2"
        component="div"
        sx={
          mono
            ? { fontFamily: 'monospace', direction: 'ltr', textAlign: 'left', wordBreak: 'break-all', fontSize: 12 }
            : undefined
        }
      >
        {children}
      </Typography>
    </Box>
  );
}

export function LetterFacts({ letter: l }: { letter: Letter }) {
  return (
    <Box data-testid="letter-facts">
      <Fact label={m.factNumber}>{l.number ? toFa(l.number) : '—'}</Fact>
      <Fact label={m.factDate}>{dateFa(l.date)}</Fact>
      <Fact label={m.factKind}>{letterKindLabel(l.kind)}</Fact>
      <Fact label={m.factStatus}>{letterStatusLabel(l.status)}</Fact>
      {l.voidReason && (
        <Fact label={m.factVoid}>{`${l.voidReason} — ${l.voidedByName ?? ''} ${instantFa(l.voidedAt)}`}</Fact>
      )}
      <Fact label={m.factIssuedBy}>{`${l.issuedByName ?? ''} ${instantFa(l.issuedAt)}`}</Fact>
      <Fact label={m.factCreatedBy}>{`${l.createdByName} ${instantFa(l.createdAt)}`}</Fact>
      <Fact label={m.factSigned}>{l.signed ? m.factSignedDigital(l.certificateSubject ?? '') : m.factSignedHand}</Fact>
      <Fact label={m.factPrints}>{toFa(l.printCount)}</Fact>
      {l.pdfPages !== null && <Fact label={m.factPages}>{toFa(l.pdfPages)}</Fact>}
      {l.resolutionId && (
        <Fact label={m.factResolution}>
          <Link component={RouterLink} to={`/resolutions/${encodeURIComponent(l.resolutionId)}`}>
            {m.openResolution}
          </Link>
        </Fact>
      )}
      {l.contentHash && (
        <Fact label={m.factHash} mono>
          {l.contentHash}
        </Fact>
      )}
      {l.pdfSha256 && (
        <Fact label={m.factPdf} mono>
          {l.pdfSha256}
        </Fact>
      )}
    </Box>
  );
}
