// The details panel: every field of a resolution, dates in long Jalali form with the numeric one.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Resolution } from '../../../shared/schemas/resolution';
import { categoryLabel } from '../../../shared/domain/categories';
import { dateFa, dateLongFa, instantFa, toFa } from '../../format/fa';
import { resolutionMessages as m } from '../../messages/resolution';

function Item({ label, value, sub, testId }: { label: string; value: React.ReactNode; sub?: string; testId?: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 500 }} data-testid={testId}>
        {value}
        {sub && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            ({sub})
          </Typography>
        )}
      </Typography>
    </Box>
  );
}

function DateItem({ label, iso, testId }: { label: string; iso: string; testId: string }) {
  return <Item label={label} value={dateLongFa(iso)} sub={dateFa(iso)} testId={testId} />;
}

export function ResolutionDetails({ r }: { r: Resolution }) {
  return (
    <Box
      component="dl"
      data-testid="resolution-details"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
        rowGap: 2.25,
        columnGap: 3,
      }}
    >
      <Item label={m.incomingNumber} value={toFa(r.incomingNumber)} testId="detail-incomingNumber" />
      <DateItem label={m.receiptDate} iso={r.receiptDate} testId="detail-receiptDate" />
      <Item
        label={m.councilResolutionNumber}
        value={toFa(r.councilResolutionNumber)}
        testId="detail-councilResolutionNumber"
      />
      <Item label={m.councilSessionNumber} value={toFa(r.councilSessionNumber)} testId="detail-councilSessionNumber" />
      <DateItem label={m.councilSessionDate} iso={r.councilSessionDate} testId="detail-councilSessionDate" />
      <DateItem label={m.approvalDate} iso={r.approvalDate} testId="detail-approvalDate" />
      <Item label={m.category} value={categoryLabel(r.category)} testId="detail-category" />
      <Item label={m.council} value={r.councilDisplayName} testId="detail-council" />
      <Item label={m.registeredAt} value={instantFa(r.createdAt)} />
      <Item label={m.updatedAt} value={instantFa(r.updatedAt)} />
    </Box>
  );
}
